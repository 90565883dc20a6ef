using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Decides whether a value is hard-coded: a compile-time constant (literal, <c>const</c>, constant concatenation or
/// interpolation), a conditional whose every branch is hard-coded, or a local, field or property whose every write
/// (found by <see cref="WriteSites"/>) is hard-coded. Parameters, calls, configuration and environment reads are not.
/// One instance per compilation: what a field or property holds is computed once and cached.
/// </summary>
internal sealed class HardCodedValues
{
    private const int MaxDepth = 8;

    private readonly WriteSites _writes;

    /// <summary>What each field or property read so far holds; null when it is not hard-coded or never written.</summary>
    // A member's value and how many levels below the member its evaluation went. A cached value is used only where a fresh
    // evaluation would have had those levels too, so what is reported never depends on the order members are met in; and a value
    // is cached only when the depth limit cut nothing short while computing it (a member first met deep in a chain may be short
    // enough when met directly).
    private readonly ConcurrentDictionary<ISymbol, (string? Value, int Levels)> _memberValues = new(SymbolEqualityComparer.Default);

    // Per thread (an evaluation runs on one thread, several may run at once): the deepest level reached, and the cuts so far.
    [System.ThreadStatic]
    private static int t_deepest;

    [System.ThreadStatic]
    private static int t_cuts;

    public HardCodedValues(WriteSites writes) => _writes = writes;

    /// <summary>
    /// The hard-coded text of <paramref name="value"/> (for a conditional, one non-blank branch), or null when the value
    /// is not hard-coded or is empty or blank.
    /// </summary>
    public string? Evaluate(IOperation value, CancellationToken cancellationToken)
    {
        var text = Evaluate(value, 0, cancellationToken);
        return IsReportable(text) ? text : null;
    }

    /// <summary>What a local holds when every write to it in its method is hard-coded.</summary>
    public string? EvaluateLocal(ILocalSymbol local, IOperation anyOperationInMethod, CancellationToken cancellationToken)
    {
        var text = EvaluateLocal(local, anyOperationInMethod, 0, cancellationToken);
        return IsReportable(text) ? text : null;
    }

    /// <summary>
    /// A cheap first test, before any sink is looked up: whether <paramref name="value"/> is of a kind that can be
    /// hard-coded at all (a constant, a read of a local, field or property, or an expression built from those). Calls,
    /// parameters, object creations and the like are ruled out here, which is most arguments in any program.
    /// </summary>
    public static bool MayBeHardCoded(IOperation value)
    {
        // Tested by kind, not by interface: this runs for every argument and assignment in the compilation.
        var unwrapped = Unwrap(value);
        switch (unwrapped.Kind)
        {
            case OperationKind.Literal:
            case OperationKind.LocalReference:
            case OperationKind.FieldReference:
            case OperationKind.Binary:
            case OperationKind.InterpolatedString:
            case OperationKind.Conditional:
            case OperationKind.SwitchExpression:
            case OperationKind.Coalesce:
                return true;
            case OperationKind.PropertyReference:
                return ((IPropertyReferenceOperation)unwrapped).Arguments.IsEmpty;
            default:
                return false;
        }
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation.Kind == OperationKind.Conversion)
        {
            operation = ((IConversionOperation)operation).Operand;
        }

        return operation;
    }

    private static bool IsReportable(string? text) =>
        text is not null && !string.IsNullOrWhiteSpace(text) && !CredentialHeuristics.IsConfigurationKeyName(text);

    private string? Evaluate(IOperation? operation, int depth, CancellationToken cancellationToken)
    {
        if (operation is null)
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            return CutShort();
        }

        t_deepest = System.Math.Max(t_deepest, depth);
        operation = Unwrap(operation);
        switch (operation)
        {
            case INameOfOperation:
                return null;
            case ILiteralOperation:
                return ConstantText(operation);
            case IFieldReferenceOperation field:
                return field.Field.HasConstantValue ? ConstantText(operation) : EvaluateMember(field.Field, depth + 1, cancellationToken);
            case ILocalReferenceOperation local:
                return local.Local.HasConstantValue ? ConstantText(operation) : EvaluateLocal(local.Local, operation, depth + 1, cancellationToken);
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                return EvaluateMember(property.Property, depth + 1, cancellationToken);
            case IBinaryOperation binary when IsConcatenation(binary):
                return EvaluateConcatenation(binary, depth, cancellationToken);

            case IInterpolatedStringOperation interpolated:
                return EvaluateInterpolation(interpolated, depth, cancellationToken);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Either(Evaluate(conditional.WhenTrue, depth + 1, cancellationToken), whenFalse, depth, cancellationToken);
            case ISwitchExpressionOperation switchExpression:
                {
                    string? any = string.Empty;
                    foreach (var arm in switchExpression.Arms)
                    {
                        any = Either(any, arm.Value, depth, cancellationToken);
                        if (any is null)
                        {
                            return null;
                        }
                    }

                    return switchExpression.Arms.IsEmpty ? null : any;
                }

            case ICoalesceOperation coalesce:
                return Either(Evaluate(coalesce.Value, depth + 1, cancellationToken), coalesce.WhenNull, depth, cancellationToken);
            default:
                // A non-string constant (a number in a concatenation) is as hard-coded as a literal.
                return operation.ConstantValue.HasValue && operation.Type?.SpecialType != SpecialType.System_String
                    ? ConstantText(operation)
                    : null;
        }
    }

    private static bool IsConcatenation(IOperation operation)
        => operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary && binary.Type?.SpecialType == SpecialType.System_String;

    /// <summary>
    /// A string concatenation of any length, as one level of nesting. C# nests <c>a + b + c + …</c> to the left, one binary
    /// operation per part, so following it by recursion would hit the depth limit after a few parts (and the call stack after a
    /// few thousand): the parts are walked with an explicit stack instead, left to right, each evaluated one level down.
    /// </summary>
    private string? EvaluateConcatenation(IBinaryOperation concatenation, int depth, CancellationToken cancellationToken)
    {
        // No shortcut through the whole concatenation's ConstantValue: nameof(…) parts are constants that are not hard-coded values.
        var builder = new System.Text.StringBuilder();
        var pending = new Stack<IOperation>();
        pending.Push(concatenation);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var part = Unwrap(pending.Pop());
            if (IsConcatenation(part))
            {
                var inner = (IBinaryOperation)part;
                pending.Push(inner.RightOperand);
                pending.Push(inner.LeftOperand);
                continue;
            }

            var text = Evaluate(part, depth + 1, cancellationToken);
            if (text is null)
            {
                return null;
            }

            builder.Append(text);
        }

        return builder.ToString();
    }

    /// <summary>Both sides hard-coded: the first non-blank one; otherwise null.</summary>
    private string? Either(string? first, IOperation second, int depth, CancellationToken cancellationToken)
    {
        if (first is null)
        {
            return null;
        }

        var other = Evaluate(second, depth + 1, cancellationToken);
        if (other is null)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(first) ? other : first;
    }

    private string? EvaluateInterpolation(IInterpolatedStringOperation interpolated, int depth, CancellationToken cancellationToken)
    {
        if (interpolated.ConstantValue is { HasValue: true, Value: string constant })
        {
            return constant;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    builder.Append(ConstantText(text.Text));
                    break;
                case IInterpolationOperation hole:
                    var value = Evaluate(hole.Expression, depth + 1, cancellationToken);
                    if (value is null)
                    {
                        return null;
                    }

                    builder.Append(value);
                    break;
                default:
                    return null;
            }
        }

        return builder.ToString();
    }

    private static string? ConstantText(IOperation operation) => operation.ConstantValue switch
    {
        { HasValue: true, Value: string text } => text,
        { HasValue: true, Value: char c } => c.ToString(),
        { HasValue: true, Value: System.IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    private string? EvaluateLocal(ILocalSymbol local, IOperation anyOperationInMethod, int depth, CancellationToken cancellationToken)
    {
        if (local.HasConstantValue)
        {
            return local.ConstantValue as string;
        }

        if (depth > MaxDepth)
        {
            return CutShort();
        }

        return local.IsRef ? null : EveryWrite(WriteSites.OfLocal(local, anyOperationInMethod, cancellationToken), depth, cancellationToken);
    }

    private string? EvaluateMember(ISymbol member, int depth, CancellationToken cancellationToken)
    {
        if (member is IFieldSymbol { HasConstantValue: true } constant)
        {
            return constant.ConstantValue as string;
        }

        if (member is not (IFieldSymbol or IPropertySymbol { IsIndexer: false }) || member.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        if (depth > MaxDepth)
        {
            return CutShort();
        }

        if (_memberValues.TryGetValue(member, out var cached))
        {
            if (depth + cached.Levels > MaxDepth)
            {
                return CutShort();
            }

            t_deepest = System.Math.Max(t_deepest, depth + cached.Levels);
            return cached.Value;
        }

        var outerDeepest = t_deepest;
        var cutsBefore = t_cuts;
        t_deepest = depth;
        var computed = EveryWrite(_writes.OfMember(member, cancellationToken), depth, cancellationToken);
        if (t_cuts == cutsBefore)
        {
            _memberValues.TryAdd(member, (computed, t_deepest - depth));
        }

        t_deepest = System.Math.Max(outerDeepest, t_deepest);
        return computed;
    }

    private static string? CutShort()
    {
        t_cuts++;
        return null;
    }

    /// <summary>
    /// When every one of <paramref name="writes"/> is hard-coded, the first non-blank value written; otherwise null.
    /// Stops at the first write that is not, so the search for further writes is not paid for.
    /// </summary>
    private string? EveryWrite(IEnumerable<IOperation?> writes, int depth, CancellationToken cancellationToken)
    {
        string? result = null;
        foreach (var written in writes)
        {
            var value = Evaluate(written, depth + 1, cancellationToken);
            if (value is null)
            {
                return null;
            }

            result = result is null || string.IsNullOrWhiteSpace(result) ? value : result;
        }

        return result;
    }
}
