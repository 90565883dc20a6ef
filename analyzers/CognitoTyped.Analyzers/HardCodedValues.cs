using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Decides whether a value is hard-coded: a compile-time constant (literal, <c>const</c>, constant concatenation or
/// interpolation), a conditional whose every branch is hard-coded, or a local, field or property whose every
/// assignment is hard-coded. Parameters, calls, configuration and environment reads are not.
/// One instance per compilation: what a field or property holds is computed once and cached.
/// </summary>
internal sealed class HardCodedValues
{
    private const int MaxDepth = 8;

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<ISymbol, MemberValue> _symbolValues = new(SymbolEqualityComparer.Default);

    public HardCodedValues(Compilation compilation) => _compilation = compilation;

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

    /// <summary>What a source property's getter returns: its expression body, or the expression of a single return.</summary>
    public System.Collections.Generic.IEnumerable<IOperation> GetterResults(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not PropertyDeclarationSyntax declaration)
            {
                continue;
            }

            ExpressionSyntax? returned = declaration.ExpressionBody?.Expression;
            if (returned is null && declaration.AccessorList is { } accessors)
            {
                foreach (var accessor in accessors.Accessors)
                {
                    if (accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                    {
                        returned = accessor.ExpressionBody?.Expression
                            ?? (accessor.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } expression } ? expression : null);
                    }
                }
            }

            if (returned is not null && Operation(returned, cancellationToken) is { } operation)
            {
                yield return operation;
            }
        }
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
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

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
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                {
                    var left = Evaluate(binary.LeftOperand, depth + 1, cancellationToken);
                    var right = left is null ? null : Evaluate(binary.RightOperand, depth + 1, cancellationToken);
                    return right is null ? null : left + right;
                }

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

        if (local.IsRef || depth > MaxDepth)
        {
            return null;
        }

        var root = anyOperationInMethod;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        string? result = null;
        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            IOperation? written;
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    written = declarator.GetVariableInitializer()?.Value;
                    if (written is null)
                    {
                        continue;
                    }

                    break;
                case ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local):
                    written = assignment.Value;
                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsOtherWrite(reference):
                    return null;
                default:
                    continue;
            }

            var value = Evaluate(written, depth + 1, cancellationToken);
            if (value is null)
            {
                return null;
            }

            result = result is null || string.IsNullOrWhiteSpace(result) ? value : result;
        }

        return result;
    }

    private static bool IsLocal(IOperation target, ILocalSymbol local) =>
        target is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

    /// <summary>A write that is not a plain assignment: ref/out argument, compound assignment, ++, deconstruction, out var.</summary>
    private static bool IsOtherWrite(IOperation reference)
    {
        var parent = reference.Parent;
        if (parent is IDeclarationExpressionOperation)
        {
            return true;
        }

        return parent switch
        {
            IArgumentOperation argument => argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
            ICompoundAssignmentOperation compound => compound.Target == reference,
            ICoalesceAssignmentOperation coalesce => coalesce.Target == reference,
            IIncrementOrDecrementOperation => true,
            IDeconstructionAssignmentOperation => true,
            ITupleOperation { Parent: IDeconstructionAssignmentOperation } => true,
            ISimpleAssignmentOperation { IsRef: true } assignment => assignment.Target == reference,
            _ => false,
        };
    }

    private string? EvaluateMember(ISymbol member, int depth, CancellationToken cancellationToken)
    {
        if (member is IFieldSymbol { HasConstantValue: true } constant)
        {
            return constant.ConstantValue as string;
        }

        if (member is not (IFieldSymbol or IPropertySymbol { IsIndexer: false }) || member.DeclaringSyntaxReferences.IsEmpty || depth > MaxDepth)
        {
            return null;
        }

        var memberValue = MemberValueOf(member, depth, cancellationToken);
        return memberValue.HasNonConstantWrite ? null : memberValue.Text;
    }

    private MemberValue MemberValueOf(ISymbol member, int depth, CancellationToken cancellationToken)
    {
        if (_symbolValues.TryGetValue(member, out var cached))
        {
            return cached;
        }

        var computed = ComputeMember(member, depth, cancellationToken);
        _symbolValues.TryAdd(member, computed);
        return computed;
    }

    private MemberValue ComputeMember(ISymbol member, int depth, CancellationToken cancellationToken)
    {
        string? result = null;
        var sawWrite = false;

        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax(cancellationToken);
            IOperation? written = null;
            switch (syntax)
            {
                case VariableDeclaratorSyntax { Initializer.Value: var initializer }:
                    written = Operation(initializer, cancellationToken);
                    break;
                case VariableDeclaratorSyntax:
                    continue;
                case PropertyDeclarationSyntax { ExpressionBody.Expression: var body }:
                    written = Operation(body, cancellationToken);
                    break;
                case PropertyDeclarationSyntax property:
                    if (property.AccessorList is { } accessors)
                    {
                        foreach (var accessor in accessors.Accessors)
                        {
                            if (!accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
                            {
                                continue;
                            }

                            if (accessor.ExpressionBody is { } getterBody)
                            {
                                written = Operation(getterBody.Expression, cancellationToken);
                            }
                            else if (accessor.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned })
                            {
                                written = Operation(returned, cancellationToken);
                            }
                            else if (accessor.Body is not null)
                            {
                                // A getter with logic computes its value: not hard-coded.
                                return MemberValue.NonConstant;
                            }
                        }
                    }

                    if (written is null && property.Initializer is { Value: var propertyInitializer })
                    {
                        written = Operation(propertyInitializer, cancellationToken);
                    }

                    if (written is null)
                    {
                        continue;
                    }

                    break;
                default:
                    return MemberValue.NonConstant;
            }

            sawWrite = true;
            var value = Evaluate(written, depth + 1, cancellationToken);
            if (value is null)
            {
                return MemberValue.NonConstant;
            }

            result ??= value;
        }

        // Every other assignment must be hard-coded too: in the declaring type, and anywhere in the compilation for a
        // member that code outside its type can write (options bound or overridden from configuration elsewhere).
        if (member.ContainingType is { } type)
        {
            var typeSyntaxes = new System.Collections.Generic.List<SyntaxNode>();
            foreach (var typeReference in type.DeclaringSyntaxReferences)
            {
                typeSyntaxes.Add(typeReference.GetSyntax(cancellationToken));
            }

            var writableOutside = member.DeclaredAccessibility != Accessibility.Private
                && member is not IFieldSymbol { IsReadOnly: true } and not IPropertySymbol { SetMethod: null };
            var roots = writableOutside ? OtherTreesMentioning(member.Name, cancellationToken) : System.Linq.Enumerable.Empty<SyntaxNode>();
            foreach (var root in System.Linq.Enumerable.Concat(typeSyntaxes, roots))
            {
                foreach (var node in root.DescendantNodes())
                {
                    if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != member.Name)
                    {
                        continue;
                    }

                    var write = WriteOf(identifier);
                    if (write is null || (!typeSyntaxes.Contains(root) && IsInside(identifier, typeSyntaxes)))
                    {
                        continue;
                    }

                    var model = SemanticModelFor(identifier.SyntaxTree);
                    if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
                    {
                        continue;
                    }

                    if (write is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment)
                    {
                        return MemberValue.NonConstant;
                    }

                    sawWrite = true;
                    var value = Evaluate(model.GetOperation(assignment.Right, cancellationToken), depth + 1, cancellationToken);
                    if (value is null)
                    {
                        return MemberValue.NonConstant;
                    }

                    result = result is null || string.IsNullOrWhiteSpace(result) ? value : result;
                }
            }
        }

        return new MemberValue(sawWrite ? result : null, hasNonConstantWrite: false);
    }

    /// <summary>
    /// The roots of the compilation's trees whose text contains <paramref name="name"/>: the only places that can write
    /// the member from outside its type. This runs once per member that feeds a sink (the result is cached).
    /// </summary>
    private System.Collections.Generic.IEnumerable<SyntaxNode> OtherTreesMentioning(string name, CancellationToken cancellationToken)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (!tree.TryGetText(out var text))
            {
                text = tree.GetText(cancellationToken);
            }

            if (Contains(text, name))
            {
                yield return tree.GetRoot(cancellationToken);
            }
        }
    }

    private static bool Contains(SourceText text, string value)
    {
        var buffer = new char[Math.Min(text.Length, 4096)];
        var overlap = value.Length - 1;
        for (var start = 0; start < text.Length; start += buffer.Length - overlap)
        {
            var count = Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (buffer.AsSpan(0, count).IndexOf(value.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }

            if (start + count >= text.Length)
            {
                break;
            }
        }

        return false;
    }

    private static bool IsInside(SyntaxNode node, System.Collections.Generic.List<SyntaxNode> containers)
    {
        foreach (var container in containers)
        {
            if (container.SyntaxTree == node.SyntaxTree && container.Span.Contains(node.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The syntax that writes through <paramref name="identifier"/>, or null when it only reads.</summary>
    internal static SyntaxNode? WriteOf(IdentifierNameSyntax identifier)
    {
        SyntaxNode node = identifier;
        if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
        {
            node = access;
        }

        if (node.Parent is MemberBindingExpressionSyntax)
        {
            return null;
        }

        return node.Parent switch
        {
            AssignmentExpressionSyntax assignment when assignment.Left == node => assignment,
            ArgumentSyntax argument when !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword) => argument,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } unary => unary,
            PostfixUnaryExpressionSyntax unary => unary,
            _ => null,
        };
    }

    private IOperation? Operation(SyntaxNode syntax, CancellationToken cancellationToken) =>
        SemanticModelFor(syntax.SyntaxTree).GetOperation(syntax, cancellationToken);

    // Reading another member's initializer needs the model of the tree that declares it. This runs only for a field or
    // property that feeds a sink, once per member per compilation (cached above).
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    private SemanticModel SemanticModelFor(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    private readonly struct MemberValue
    {
        public static readonly MemberValue NonConstant = new(null, hasNonConstantWrite: true);

        public MemberValue(string? text, bool hasNonConstantWrite)
        {
            Text = text;
            HasNonConstantWrite = hasNonConstantWrite;
        }

        public string? Text { get; }

        public bool HasNonConstantWrite { get; }
    }
}
