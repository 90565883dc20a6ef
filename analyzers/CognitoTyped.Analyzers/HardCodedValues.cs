using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Decides whether a value is hard-coded: a compile-time constant (literal, <c>const</c>, constant concatenation or
/// interpolation), or a local, field, property or tuple element whose every write (found by <see cref="WriteSites"/>)
/// is hard-coded. A non-blank constant that reaches the value on <em>some</em> path counts too (DESIGN's "may-reach"):
/// one branch of a conditional or switch, the fallback of <c>??</c> and <c>??=</c>, the default of an optional
/// parameter or of a record's positional parameter. Parameters without a default, calls, configuration and
/// environment reads are not hard-coded.
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
            case OperationKind.ParameterReference:
                // Only an optional parameter can carry a constant (its default); the rest are ruled out here.
                return ((IParameterReferenceOperation)unwrapped).Parameter.HasExplicitDefaultValue;
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
            case IFieldReferenceOperation { Field.CorrespondingTupleField: { } tupleField, Instance: { } tuple } when tuple.Type?.IsTupleType == true:
                return EvaluateTupleElement(tuple, TupleIndex(tupleField), depth + 1, cancellationToken);
            case IFieldReferenceOperation field:
                return field.Field.HasConstantValue ? ConstantText(operation) : EvaluateMember(field.Field, depth + 1, cancellationToken);
            case ILocalReferenceOperation local:
                return local.Local.HasConstantValue ? ConstantText(operation) : EvaluateLocal(local.Local, operation, depth + 1, cancellationToken);
            case IParameterReferenceOperation { Parameter: { HasExplicitDefaultValue: true, ExplicitDefaultValue: string defaultValue } }:
                // The default reaches here whenever a caller leaves the argument out.
                return IsReportable(defaultValue) ? defaultValue : null;
            case IPropertyReferenceOperation { Instance: { } instance } property when property.Arguments.IsEmpty && IsPositional(property.Property):
                // A record's positional property read from an instance whose creation is in sight: the argument it was given.
                return EvaluatePositional(instance, property.Property, depth + 1, cancellationToken, out var determined) is var positional && determined
                    ? positional
                    : EvaluateMember(property.Property, depth + 1, cancellationToken);
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                return EvaluateMember(property.Property, depth + 1, cancellationToken);
            case IBinaryOperation binary when IsConcatenation(binary):
                return EvaluateConcatenation(binary, depth, cancellationToken);

            case IInterpolatedStringOperation interpolated:
                return EvaluateInterpolation(interpolated, depth, cancellationToken);
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                return Any(Evaluate(conditional.WhenTrue, depth + 1, cancellationToken), whenFalse, depth, cancellationToken);
            case ISwitchExpressionOperation switchExpression:
                {
                    string? any = null;
                    foreach (var arm in switchExpression.Arms)
                    {
                        any = Any(any, arm.Value, depth, cancellationToken);
                        if (IsReportable(any))
                        {
                            return any;
                        }
                    }

                    return any;
                }

            case ICoalesceOperation coalesce:
                return Any(Evaluate(coalesce.Value, depth + 1, cancellationToken), coalesce.WhenNull, depth, cancellationToken);
            case ICoalesceAssignmentOperation fallback:
                return Evaluate(fallback.Value, depth + 1, cancellationToken);
            case IParameterInitializerOperation initializer:
                return Evaluate(initializer.Value, depth + 1, cancellationToken);
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

    /// <summary>
    /// A value that may come from either side: the first non-blank hard-coded one (a constant on some path is in the
    /// source either way); a blank one when that is all there is; otherwise null.
    /// </summary>
    private string? Any(string? first, IOperation second, int depth, CancellationToken cancellationToken)
    {
        if (IsReportable(first))
        {
            return first;
        }

        var other = Evaluate(second, depth + 1, cancellationToken);
        if (IsReportable(other))
        {
            return other;
        }

        // Only blank constants: hard-coded (and blank) when both sides are, else not hard-coded at all.
        return first is not null && other is not null ? first : null;
    }

    /// <summary>A record's positional property: declared by a primary constructor parameter.</summary>
    private static bool IsPositional(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a positional <paramref name="property"/> holds on <paramref name="instance"/> when every way the instance is
    /// made is in sight (a creation, a <c>with</c>, or a local, field or property whose every write is one):
    /// <paramref name="determined"/> is then true and the result is the hard-coded text or null.
    /// </summary>
    private string? EvaluatePositional(IOperation instance, IPropertySymbol property, int depth, CancellationToken cancellationToken, out bool determined)
    {
        determined = false;
        if (depth > MaxDepth)
        {
            return CutShort();
        }

        instance = Unwrap(instance);
        switch (instance)
        {
            case IObjectCreationOperation creation:
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter?.Name == property.Name)
                    {
                        determined = true;
                        return Evaluate(argument.Value, depth + 1, cancellationToken);
                    }
                }

                return null;
            case IWithOperation with:
                if (with.Initializer is { } initializer)
                {
                    foreach (var assignment in initializer.Initializers)
                    {
                        if (assignment is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var assigned } } set
                            && SymbolEqualityComparer.Default.Equals(assigned.OriginalDefinition, property.OriginalDefinition))
                        {
                            determined = true;
                            return Evaluate(set.Value, depth + 1, cancellationToken);
                        }
                    }
                }

                return EvaluatePositional(with.Operand, property, depth + 1, cancellationToken, out determined);
            case ILocalReferenceOperation { Local: { IsRef: false } local }:
                return Positionals(WriteSites.OfLocal(local, instance, cancellationToken), property, depth, cancellationToken, out determined);
            case IFieldReferenceOperation { Field: var field } when !field.DeclaringSyntaxReferences.IsEmpty:
                return Positionals(_writes.OfMember(field, cancellationToken), property, depth, cancellationToken, out determined);
            default:
                return null;
        }
    }

    private string? Positionals(IEnumerable<IOperation?> writes, IPropertySymbol property, int depth, CancellationToken cancellationToken, out bool determined)
    {
        determined = false;
        string? result = null;
        var any = false;
        foreach (var written in writes)
        {
            if (written is null)
            {
                return null;
            }

            var value = EvaluatePositional(written, property, depth + 1, cancellationToken, out var known);
            if (!known)
            {
                return null;
            }

            any = true;
            if (IsReportable(value))
            {
                // A constant given on one of the ways the instance is made reaches the read.
                determined = true;
                return value;
            }

            result ??= value;
        }

        determined = any;
        return null;
    }

    /// <summary>Item1 is 0, Item2 is 1, …; -1 for anything else.</summary>
    private static int TupleIndex(IFieldSymbol tupleField) =>
        tupleField.Name.StartsWith("Item", System.StringComparison.Ordinal)
        && int.TryParse(tupleField.Name.Substring(4), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? position - 1
            : -1;

    /// <summary>Element <paramref name="index"/> of a tuple value: a tuple literal, or a local or member that holds one.</summary>
    private string? EvaluateTupleElement(IOperation tuple, int index, int depth, CancellationToken cancellationToken)
    {
        if (index < 0 || depth > MaxDepth)
        {
            return depth > MaxDepth ? CutShort() : null;
        }

        tuple = Unwrap(tuple);
        switch (tuple)
        {
            case ITupleOperation literal:
                return index < literal.Elements.Length ? Evaluate(literal.Elements[index], depth + 1, cancellationToken) : null;
            case ILocalReferenceOperation { Local: var local } when !local.IsRef:
                {
                    string? result = null;
                    foreach (var written in WriteSites.OfLocal(local, tuple, cancellationToken))
                    {
                        var value = written is null ? null : EvaluateTupleElement(written, index, depth + 1, cancellationToken);
                        if (value is null)
                        {
                            return null;
                        }

                        result = IsReportable(result) ? result : value;
                    }

                    return result;
                }

            case IFieldReferenceOperation or IPropertyReferenceOperation:
                {
                    var member = tuple is IFieldReferenceOperation f ? (ISymbol)f.Field : ((IPropertyReferenceOperation)tuple).Property;
                    if (member.DeclaringSyntaxReferences.IsEmpty)
                    {
                        return null;
                    }

                    string? result = null;
                    foreach (var written in _writes.OfMember(member, cancellationToken))
                    {
                        var value = written is null ? null : EvaluateTupleElement(written, index, depth + 1, cancellationToken);
                        if (value is null)
                        {
                            return null;
                        }

                        result = IsReportable(result) ? result : value;
                    }

                    return result;
                }

            default:
                return null;
        }
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

        return local.IsRef ? null : EveryWrite(WriteSites.OfLocal(local, anyOperationInMethod, cancellationToken), depth, cancellationToken, fallbacksAfterFirstMiss: true);
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
    /// <param name="writes">The values written, as <see cref="WriteSites"/> finds them.</param>
    /// <param name="depth">How deep the evaluation is.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <param name="fallbacksAfterFirstMiss">
    /// Whether to go on past a write that is not hard-coded, looking only for a fallback that is: cheap for a local
    /// (one method), not paid for a member (other files).
    /// </param>
    private string? EveryWrite(IEnumerable<IOperation?> writes, int depth, CancellationToken cancellationToken, bool fallbacksAfterFirstMiss = false)
    {
        string? result = null;
        var missed = false;
        foreach (var written in writes)
        {
            if (missed && written is not (ICoalesceAssignmentOperation or ISimpleAssignmentOperation))
            {
                continue;
            }

            if (written is ICoalesceAssignmentOperation or IParameterInitializerOperation or ISimpleAssignmentOperation)
            {
                // A fallback (??=, or an assignment guarded by a test of the target), or a positional default: the
                // constant reaches the value on some path, so it decides alone; one that is not hard-coded leaves the
                // other writes to decide.
                var fallback = Evaluate(written is ISimpleAssignmentOperation guarded ? guarded.Value : written, depth + 1, cancellationToken);
                if (IsReportable(fallback))
                {
                    return fallback;
                }

                continue;
            }

            var value = Evaluate(written, depth + 1, cancellationToken);
            if (value is null)
            {
                if (!fallbacksAfterFirstMiss)
                {
                    return null;
                }

                missed = true;
                continue;
            }

            result = result is null || string.IsNullOrWhiteSpace(result) ? value : result;
        }

        return missed ? null : result;
    }
}
