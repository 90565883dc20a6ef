using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Finds whether a dictionary that receives a "PASSWORD" or "NEW_PASSWORD" entry is Cognito's AuthParameters or
/// ChallengeResponses: only when it reaches one (DESIGN: its keys alone do not make it so). The entry's dictionary is
/// followed forward, however it travels: initializers, indexer writes and Add calls, collection expressions and
/// arrays of <c>KeyValuePair</c>s, <c>ToDictionary</c> and the other LINQ copies, dictionary copy constructors,
/// locals, fields and properties (their initializers, static-constructor writes and every read in the declaring
/// type's partial parts, or in any file that names a member visible outside it), methods that return it and methods
/// it is passed to.
/// </summary>
/// <remarks>
/// This runs only for a "PASSWORD"/"NEW_PASSWORD" entry whose value may be hard-coded, which is rare, so the search
/// may read other methods' operation trees; it is bounded by <see cref="MaxSteps"/>.
/// </remarks>
internal sealed class AuthDictionaryResolver
{
    private const int MaxSteps = 64;

    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<ISymbol> _visited = new(SymbolEqualityComparer.Default);
    private int _steps;

    private AuthDictionaryResolver(Compilation compilation, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The Cognito dictionary the entry ends up in, named as the message shows it ("InitiateAuthRequest.AuthParameters"),
    /// or null when nothing ties it to Cognito.
    /// </summary>
    /// <param name="compilation">The compilation, to read the code the dictionary travels through.</param>
    /// <param name="instance">The dictionary the entry is written to (an implicit receiver inside an initializer); null for a <c>KeyValuePair</c>.</param>
    /// <param name="entry">The Add invocation, indexer assignment or <c>KeyValuePair</c> creation.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static string? Resolve(Compilation compilation, IOperation? instance, IOperation entry, CancellationToken cancellationToken)
    {
        var resolver = new AuthDictionaryResolver(compilation, cancellationToken);
        if (instance is null)
        {
            return resolver.Destination(entry);
        }

        return resolver.OfCollection(instance, entry);
    }

    /// <summary>Whether a property holds Cognito's AuthParameters or ChallengeResponses dictionary.</summary>
    private static string? SinkName(IPropertySymbol property) =>
        CognitoSinks.IsAuthDictionaryProperty(property)
            ? (property.ContainingType is { } type ? type.Name + "." + property.Name : property.Name)
            : null;

    /// <summary>The destination of the collection <paramref name="instance"/> that an entry is added to.</summary>
    private string? OfCollection(IOperation instance, IOperation entry)
    {
        instance = HardCodedValues.Unwrap(instance);
        switch (instance)
        {
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                // { "PASSWORD", … } or ["PASSWORD"] = … inside the initializer of a new dictionary, or of a property.
                var initializer = entry.Parent as IObjectOrCollectionInitializerOperation;
                return initializer?.Parent switch
                {
                    IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property: var property } } member
                        => SinkName(property) ?? OfSymbolReference(member.InitializedMember),
                    IObjectCreationOperation creation => Destination(creation),
                    _ => null,
                };
            case IPropertyReferenceOperation { Property: var property } when SinkName(property) is { } name:
                return name;
            default:
                return OfSymbolReference(instance);
        }
    }

    /// <summary>Where the dictionary held by a local, field, property or parameter goes.</summary>
    private string? OfSymbolReference(IOperation reference)
    {
        switch (HardCodedValues.Unwrap(reference))
        {
            case ILocalReferenceOperation { Local: var local }:
                return OfLocal(local, reference);
            case IFieldReferenceOperation { Field: var field }:
                return OfMember(field);
            case IPropertyReferenceOperation { Property: { IsIndexer: false } property }:
                return SinkName(property) ?? OfMember(property);
            case IParameterReferenceOperation { Parameter: var parameter }:
                return OfParameter(parameter);
            default:
                return null;
        }
    }

    /// <summary>
    /// Where <paramref name="value"/> (a dictionary, a collection of entries, or one <c>KeyValuePair</c>) goes, following
    /// it up through what copies it.
    /// </summary>
    private string? Destination(IOperation value)
    {
        var current = value;
        while (Step())
        {
            var parent = current.Parent;
            switch (parent)
            {
                case null:
                    return null;
                case IConversionOperation or ICoalesceOperation or IConditionalOperation or IArrayInitializerOperation
                    or IArrayCreationOperation or ITupleOperation:
                    current = parent;
                    continue;
                case { Syntax: CollectionExpressionSyntax or SpreadElementSyntax }:
                    // A collection expression and its spreads (operation interfaces newer than the Roslyn this builds on).
                    current = parent;
                    continue;
                case IArgumentOperation argument:
                    if (argument.Parent is IObjectCreationOperation creation && IsCopyingCreation(creation))
                    {
                        current = creation;
                        continue;
                    }

                    if (argument.Parent is IInvocationOperation invocation)
                    {
                        var method = invocation.TargetMethod;
                        if (method.IsExtensionMethod && argument.Parameter?.Ordinal == 0 && IsCopyingMethod(method.Name))
                        {
                            current = invocation;
                            continue;
                        }

                        if (method.Name is "Add" or "AddRange" or "TryAdd" or "Insert" or "Append" or "Prepend" && invocation.Instance is { } collection)
                        {
                            return OfCollection(collection, invocation);
                        }
                    }

                    return argument.Parameter is { } parameter ? OfParameter(parameter) : null;
                case IInvocationOperation { Instance: { } instance } copy when instance == current && IsCopyingMethod(copy.TargetMethod.Name):
                    current = copy;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } add:
                    // An entry of a collection initializer: { new("PASSWORD", …) } inside new List<KeyValuePair<…>> { … }.
                    return OfCollection(add.Instance, add);
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    {
                        var target = HardCodedValues.Unwrap(assignment.Target);
                        return target is IPropertyReferenceOperation { Property: var property } && SinkName(property) is { } name
                            ? name
                            : OfSymbolReference(target);
                    }
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return OfLocal(declarator.Symbol, declarator);
                case IFieldInitializerOperation { InitializedFields: { Length: 1 } fields }:
                    return OfMember(fields[0]);
                case IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties }:
                    return SinkName(properties[0]) ?? OfMember(properties[0]);
                case IReturnOperation:
                    return OfReturnedBy(current);
                default:
                    return null;
            }
        }

        return null;
    }

    private bool Step()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        return ++_steps <= MaxSteps;
    }

    /// <summary><c>new Dictionary&lt;string, string&gt;(entries)</c> and the like: a collection built from another.</summary>
    private static bool IsCopyingCreation(IObjectCreationOperation creation) =>
        creation.Type is INamedTypeSymbol { Name: var name } && (name.EndsWith("Dictionary", StringComparison.Ordinal) || name.EndsWith("List", StringComparison.Ordinal));

    private static bool IsCopyingMethod(string name) => name is "ToDictionary" or "ToImmutableDictionary" or "ToFrozenDictionary"
        or "ToSortedDictionary" or "ToList" or "ToArray" or "Concat" or "Append" or "Prepend" or "Union" or "AsReadOnly" or "ToImmutableList"
        or "ToImmutableArray";

    /// <summary>Every read of a local in its method, each followed on.</summary>
    private string? OfLocal(ILocalSymbol local, IOperation anyOperationInMethod)
    {
        if (!_visited.Add(local))
        {
            return null;
        }

        var root = anyOperationInMethod;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        foreach (var operation in root.Descendants())
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && !IsWriteTarget(reference) && Destination(reference) is { } found)
            {
                return found;
            }

            if (_steps > MaxSteps)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Every read of a field or property: in its type's declarations (all partial parts) and, when code outside the
    /// type can see it, in every file that names it (a base class's protected dictionary read by a derived class).
    /// </summary>
    private string? OfMember(ISymbol member)
    {
        if (!_visited.Add(member) || member.ContainingType is not { } type)
        {
            return null;
        }

        var roots = new List<SyntaxNode>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            roots.Add(reference.GetSyntax(_cancellationToken));
        }

        if (member.DeclaredAccessibility != Accessibility.Private)
        {
            foreach (var tree in _compilation.SyntaxTrees)
            {
                if (SourceTextChunks.Contains(tree, member.Name, _cancellationToken))
                {
                    roots.Add(tree.GetRoot(_cancellationToken));
                }
            }
        }

        return FromReadsIn(roots, member.Name, member);
    }

    /// <summary>What the callers of the method that returns <paramref name="returned"/> do with the result.</summary>
    private string? OfReturnedBy(IOperation returned)
    {
        var root = returned;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        if (root.SemanticModel is not { } model
            || model.GetEnclosingSymbol(returned.Syntax.SpanStart, _cancellationToken) is not IMethodSymbol method
            || method.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction)
        {
            return null;
        }

        var symbol = method.AssociatedSymbol ?? method;
        if (!_visited.Add(symbol))
        {
            return null;
        }

        var roots = new List<SyntaxNode>();
        foreach (var tree in _compilation.SyntaxTrees)
        {
            if (SourceTextChunks.Contains(tree, symbol.Name, _cancellationToken))
            {
                roots.Add(tree.GetRoot(_cancellationToken));
            }
        }

        return FromReadsIn(roots, symbol.Name, symbol);
    }

    /// <summary>A dictionary passed to a parameter: what the method does with it, or what the parameter's name or type says.</summary>
    private string? OfParameter(IParameterSymbol parameter)
    {
        if (NameSuggestsAuthDictionary(parameter.Name) is { } byName)
        {
            return byName;
        }

        if (!_visited.Add(parameter) || parameter.ContainingSymbol is not IMethodSymbol method || method.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var roots = new List<SyntaxNode>();
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            roots.Add(reference.GetSyntax(_cancellationToken));
        }

        return FromReadsIn(roots, parameter.Name, parameter);
    }

    private string? FromReadsIn(List<SyntaxNode> roots, string name, ISymbol symbol)
    {
        foreach (var root in roots)
        {
            SemanticModel? model = null;
            foreach (var node in root.DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier || identifier.Identifier.ValueText != name)
                {
                    continue;
                }

                if (!Step())
                {
                    return null;
                }

                model ??= SemanticModelFor(root.SyntaxTree);
                SyntaxNode expression = identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier ? access : identifier;
                if (expression.Parent is InvocationExpressionSyntax call && call.Expression == expression)
                {
                    expression = call;
                }

                var operation = model.GetOperation(expression, _cancellationToken);
                ISymbol? referenced = operation switch
                {
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation property => property.Property,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    IInvocationOperation invocation => invocation.TargetMethod,
                    _ => null,
                };
                if (operation is null || referenced is null
                    || !SymbolEqualityComparer.Default.Equals(referenced.OriginalDefinition, symbol.OriginalDefinition)
                    || IsWriteTarget(operation))
                {
                    continue;
                }

                if (Destination(operation) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static bool IsWriteTarget(IOperation reference) =>
        reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;

    /// <summary>"authParameters", "_authParams", "challengeResponses" name a Cognito auth dictionary parameter.</summary>
    private static string? NameSuggestsAuthDictionary(string name)
    {
        if (name.IndexOf("authparam", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "AuthParameters";
        }

        return name.IndexOf("challengeresponse", StringComparison.OrdinalIgnoreCase) >= 0 ? "ChallengeResponses" : null;
    }

    // Following a dictionary into other methods needs their trees' models. This runs only for a hard-coded
    // "PASSWORD"/"NEW_PASSWORD" entry, a handful per compilation.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
    private SemanticModel SemanticModelFor(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}
