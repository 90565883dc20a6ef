using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Finds every write to a local, field or property: the declaration's initializer, what a getter returns, and each
/// assignment, in the method (a local), the declaring type, and, for a member that code outside its type can write,
/// every other file that mentions its name. Whether the written values are hard-coded is
/// <see cref="HardCodedValues"/>' question; this class only finds them.
/// </summary>
/// <remarks>
/// The writes come lazily, so the caller stops the search at the first value that is not hard-coded. A write whose
/// value cannot be read (a ref or out argument, a compound assignment, <c>++</c>, a deconstruction, a getter with
/// logic) comes as null.
/// </remarks>
internal sealed class WriteSites
{
    private readonly Compilation _compilation;

    public WriteSites(Compilation compilation) => _compilation = compilation;

    /// <summary>The values written to <paramref name="local"/> in the method that contains <paramref name="anyOperationInMethod"/>.</summary>
    public static IEnumerable<IOperation?> OfLocal(ILocalSymbol local, IOperation anyOperationInMethod, CancellationToken cancellationToken)
    {
        var root = anyOperationInMethod;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.GetVariableInitializer()?.Value is { } initial)
                    {
                        yield return initial;
                    }

                    break;
                case ISimpleAssignmentOperation assignment when IsLocal(assignment.Target, local):
                    // if (string.IsNullOrEmpty(id)) id = "…"; is a fallback like ??=: HardCodedValues reads it as one.
                    yield return IsGuardedByTestOf(assignment, local) ? assignment : assignment.Value;
                    break;
                case ICoalesceAssignmentOperation fallback when IsLocal(fallback.Target, local):
                    // Read by HardCodedValues as a fallback: a constant here reaches the local on some path.
                    yield return fallback;
                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsOtherWrite(reference):
                    yield return DeconstructedValue(reference);
                    break;
            }
        }
    }

    /// <summary>
    /// The values written to a field or property declared in source: its initializer or getter first, then every
    /// assignment in its type and, when code outside the type can write it, in every other file that names it.
    /// </summary>
    public IEnumerable<IOperation?> OfMember(ISymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax(cancellationToken))
            {
                case VariableDeclaratorSyntax { Initializer.Value: var initializer }:
                    yield return Operation(initializer, cancellationToken);
                    break;
                case VariableDeclaratorSyntax:
                    break;
                case PropertyDeclarationSyntax property:
                    var returned = GetterReturn(property, out var computed);
                    if (computed)
                    {
                        yield return null;
                        yield break;
                    }

                    if ((returned ?? property.Initializer?.Value) is { } written)
                    {
                        yield return Operation(written, cancellationToken);
                    }

                    break;
                case ParameterSyntax { Default.Value: { } positionalDefault }:
                    // A record's positional parameter: its default reaches the property whenever a caller leaves it out.
                    yield return Operation(positionalDefault, cancellationToken)?.Parent as IParameterInitializerOperation;
                    break;
                default:
                    yield return null;
                    yield break;
            }
        }

        if (member.ContainingType is not { } type)
        {
            yield break;
        }

        var typeSyntaxes = new List<SyntaxNode>();
        foreach (var typeReference in type.DeclaringSyntaxReferences)
        {
            typeSyntaxes.Add(typeReference.GetSyntax(cancellationToken));
        }

        foreach (var assigned in AssignmentsIn(typeSyntaxes, member, typeSyntaxes, cancellationToken))
        {
            yield return assigned;
        }

        // Options bound or overridden from configuration elsewhere: any file that names the member may write it.
        var writableOutside = member.DeclaredAccessibility != Accessibility.Private
            && member is not IFieldSymbol { IsReadOnly: true } and not IPropertySymbol { SetMethod: null };
        if (writableOutside)
        {
            foreach (var assigned in AssignmentsIn(OtherTreesMentioning(member.Name, cancellationToken), member, typeSyntaxes, cancellationToken))
            {
                yield return assigned;
            }
        }
    }

    /// <summary>What a source property's getter returns: its expression body, or the expression of a single return.</summary>
    public IEnumerable<IOperation> GetterResults(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is PropertyDeclarationSyntax declaration
                && GetterReturn(declaration, out _) is { } returned
                && Operation(returned, cancellationToken) is { } operation)
            {
                yield return operation;
            }
        }
    }

    /// <summary>The syntax that writes through <paramref name="identifier"/>, or null when it only reads.</summary>
    public static SyntaxNode? WriteOf(IdentifierNameSyntax identifier)
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
            ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument when IsDeconstructionTarget(tuple) => argument,
            PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } unary => unary,
            PostfixUnaryExpressionSyntax unary => unary,
            _ => null,
        };
    }

    /// <summary>
    /// The expression a property's getter returns: its expression body, or the one expression of a getter whose body is
    /// a single return. <paramref name="computed"/> is true for a getter whose body does more.
    /// </summary>
    private static ExpressionSyntax? GetterReturn(PropertyDeclarationSyntax property, out bool computed)
    {
        computed = false;
        if (property.ExpressionBody is { } body)
        {
            return body.Expression;
        }

        ExpressionSyntax? returned = null;
        foreach (var accessor in property.AccessorList?.Accessors ?? default)
        {
            if (!accessor.IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                continue;
            }

            if (accessor.ExpressionBody is { } getterBody)
            {
                returned = getterBody.Expression;
            }
            else if (accessor.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } expression })
            {
                returned = expression;
            }
            else if (accessor.Body is not null)
            {
                computed = true;
            }
        }

        return returned;
    }

    /// <summary>
    /// The assignments to <paramref name="member"/> under <paramref name="roots"/>, skipping those inside
    /// <paramref name="typeSyntaxes"/> when the roots are other files' (they were searched already).
    /// </summary>
    private IEnumerable<IOperation?> AssignmentsIn(
        IEnumerable<SyntaxNode> roots, ISymbol member, List<SyntaxNode> typeSyntaxes, CancellationToken cancellationToken)
    {
        foreach (var root in roots)
        {
            var isTypeSyntax = typeSyntaxes.Contains(root);
            foreach (var node in root.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != member.Name)
                {
                    continue;
                }

                var write = WriteOf(identifier);
                if (write is null || (!isTypeSyntax && IsInside(identifier, typeSyntaxes)))
                {
                    continue;
                }

                var model = SemanticModelFor(identifier.SyntaxTree);
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol?.OriginalDefinition, member.OriginalDefinition))
                {
                    continue;
                }

                yield return write switch
                {
                    AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment => model.GetOperation(assignment.Right, cancellationToken),
                    AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression } fallback => model.GetOperation(fallback, cancellationToken),
                    _ when identifier.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax } || identifier.Parent?.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax }
                        => model.GetOperation(identifier, cancellationToken) is { } reference ? DeconstructedValue(reference) : null,
                    _ => null,
                };
            }
        }
    }

    /// <summary>
    /// The roots of the compilation's trees whose text contains <paramref name="name"/>: the only places that can write
    /// the member from outside its type. This runs once per member that feeds a sink (its value is cached).
    /// </summary>
    private IEnumerable<SyntaxNode> OtherTreesMentioning(string name, CancellationToken cancellationToken)
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (SourceTextChunks.Contains(tree, name, cancellationToken))
            {
                yield return tree.GetRoot(cancellationToken);
            }
        }
    }

    private static bool IsInside(SyntaxNode node, List<SyntaxNode> containers)
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

    /// <summary>
    /// Whether <paramref name="assignment"/> runs only when an <c>if</c> around it tested <paramref name="local"/>
    /// itself (<c>if (string.IsNullOrEmpty(id))</c>, <c>if (id is null)</c>): a fallback for a missing value.
    /// </summary>
    private static bool IsGuardedByTestOf(IOperation assignment, ILocalSymbol local)
    {
        for (var current = assignment.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalOperation { Condition: var condition, WhenTrue: var whenTrue } && IsInside(assignment, whenTrue))
            {
                foreach (var operation in condition.DescendantsAndSelf())
                {
                    if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (current is IMethodBodyBaseOperation or IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsInside(IOperation operation, IOperation container)
    {
        for (var current = operation; current is not null; current = current.Parent)
        {
            if (current == container)
            {
                return true;
            }
        }

        return false;
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
            ICoalesceAssignmentOperation => false,
            IIncrementOrDecrementOperation => true,
            IDeconstructionAssignmentOperation => true,
            ITupleOperation tuple => IsDeconstructionTarget(tuple),
            ISimpleAssignmentOperation { IsRef: true } assignment => assignment.Target == reference,
            _ => false,
        };
    }

    /// <summary>
    /// The value a deconstruction writes to <paramref name="reference"/>: <c>var (id, secret) = ("…", "…")</c>,
    /// <c>(a, (b, c)) = (x, (y, z))</c>. Null when the reference is not a deconstruction target or the value is not a
    /// tuple literal down to that element.
    /// </summary>
    public static IOperation? DeconstructedValue(IOperation reference)
    {
        var path = new Stack<int>();
        var current = reference;
        while (true)
        {
            switch (current.Parent)
            {
                case IDeclarationExpressionOperation declaration:
                    current = declaration;
                    continue;
                case ITupleOperation tuple:
                    path.Push(tuple.Elements.IndexOf(current));
                    current = tuple;
                    continue;
                case IDeconstructionAssignmentOperation deconstruction when deconstruction.Target == current:
                    return Element(deconstruction.Value, path.ToArray(), 0);
                default:
                    return null;
            }
        }
    }

    /// <summary>
    /// The element at <paramref name="path"/> of a tuple value. Through a conditional or switch of tuples, the element of
    /// the first branch that is a non-blank constant, else of the first branch (a constant on some path reaches the target).
    /// </summary>
    private static IOperation? Element(IOperation value, int[] path, int step)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (step == path.Length)
        {
            return value;
        }

        IEnumerable<IOperation> branches;
        switch (value)
        {
            case ITupleOperation literal:
                var index = path[step];
                return index >= 0 && index < literal.Elements.Length ? Element(literal.Elements[index], path, step + 1) : null;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                branches = new[] { conditional.WhenTrue, whenFalse };
                break;
            case ISwitchExpressionOperation switchExpression:
                var arms = new List<IOperation>();
                foreach (var arm in switchExpression.Arms)
                {
                    arms.Add(arm.Value);
                }

                branches = arms;
                break;
            default:
                return null;
        }

        IOperation? first = null;
        foreach (var branch in branches)
        {
            var element = Element(branch, path, step);
            if (element is { ConstantValue: { HasValue: true, Value: string text } } && !string.IsNullOrWhiteSpace(text))
            {
                return element;
            }

            first ??= element;
        }

        return first;
    }

    private static bool IsDeconstructionTarget(TupleExpressionSyntax tuple)
    {
        SyntaxNode current = tuple;
        while (current.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax outer })
        {
            current = outer;
        }

        return current.Parent is AssignmentExpressionSyntax assignment && assignment.Left == current;
    }

    private static bool IsDeconstructionTarget(ITupleOperation tuple)
    {
        IOperation current = tuple;
        while (current.Parent is ITupleOperation or IDeclarationExpressionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == current;
    }

    private IOperation? Operation(SyntaxNode syntax, CancellationToken cancellationToken) =>
        SemanticModelFor(syntax.SyntaxTree).GetOperation(syntax, cancellationToken);

    // Reading another member's initializer needs the model of the tree that declares it. This runs only for a field or
    // property that feeds a sink, once per member per compilation (its value is cached by HardCodedValues).
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    private SemanticModel SemanticModelFor(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
