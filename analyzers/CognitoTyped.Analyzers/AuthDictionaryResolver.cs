using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Finds whether a dictionary that receives a "PASSWORD" or "NEW_PASSWORD" entry is a Cognito AuthParameters or
/// ChallengeResponses dictionary, however it is filled: a collection or index initializer on the property, an indexer
/// assignment or Add call on it, or a dictionary built in a local and assigned to it later.
/// </summary>
internal static class AuthDictionaryResolver
{
    /// <summary>
    /// The name of the Cognito dictionary property the entry ends up in, or null when nothing ties it to Cognito.
    /// </summary>
    /// <param name="instance">The dictionary the entry is written to; an implicit receiver inside an initializer.</param>
    /// <param name="entry">The Add invocation or indexer assignment.</param>
    /// <param name="cancellationToken">Cancels the search.</param>
    public static string? Resolve(IOperation? instance, IOperation entry, CancellationToken cancellationToken)
    {
        if (instance is null)
        {
            return null;
        }

        instance = HardCodedValues.Unwrap(instance);
        switch (instance)
        {
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                return entry.Parent is IObjectOrCollectionInitializerOperation initializer ? FromInitializer(initializer, cancellationToken) : null;
            case IPropertyReferenceOperation { Property: var property }:
                return CognitoSinks.IsAuthDictionaryProperty(property) ? property.Name : null;
            case ILocalReferenceOperation { Local: var local }:
                return FromLocal(local, instance, cancellationToken);
            case IFieldReferenceOperation { Field: var field }:
                return NameSuggestsAuthDictionary(field.Name);
            case IParameterReferenceOperation { Parameter: var parameter }:
                return NameSuggestsAuthDictionary(parameter.Name);
            default:
                return null;
        }
    }

    private static string? FromInitializer(IObjectOrCollectionInitializerOperation initializer, CancellationToken cancellationToken)
    {
        switch (initializer.Parent)
        {
            case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property: var property } }
                when CognitoSinks.IsAuthDictionaryProperty(property):
                return property.Name;
            case IObjectCreationOperation creation when Destination(creation, cancellationToken) is { } destination:
                return destination;
        }

        // { "USERNAME", … }, { "PASSWORD", … } is how Cognito's auth parameters read, wherever the dictionary goes.
        return HasUsernameEntry(initializer) ? "AuthParameters" : null;
    }

    private static string? Destination(IOperation created, CancellationToken cancellationToken)
    {
        var current = created;
        while (current.Parent is IConversionOperation conversion)
        {
            current = conversion;
        }

        switch (current.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Value == current:
                return HardCodedValues.Unwrap(assignment.Target) switch
                {
                    IPropertyReferenceOperation { Property: var property } when CognitoSinks.IsAuthDictionaryProperty(property) => property.Name,
                    ILocalReferenceOperation { Local: var local } => FromLocal(local, assignment, cancellationToken),
                    IFieldReferenceOperation { Field: var field } => NameSuggestsAuthDictionary(field.Name),
                    IPropertyReferenceOperation { Property: var other } => NameSuggestsAuthDictionary(other.Name),
                    _ => null,
                };
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return FromLocal(declarator.Symbol, declarator, cancellationToken);
            case IArgumentOperation { Parameter: { } parameter }:
                return NameSuggestsAuthDictionary(parameter.Name);
            default:
                return null;
        }
    }

    /// <summary>A local dictionary that is assigned to an AuthParameters/ChallengeResponses property in the same method.</summary>
    private static string? FromLocal(ILocalSymbol local, IOperation anyOperationInMethod, CancellationToken cancellationToken)
    {
        if (NameSuggestsAuthDictionary(local.Name) is { } byName)
        {
            return byName;
        }

        var root = anyOperationInMethod;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var hasUsernameEntry = false;
        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            hasUsernameEntry = hasUsernameEntry || WritesUsernameEntry(operation, local);
            if (operation is ISimpleAssignmentOperation assignment
                && HardCodedValues.Unwrap(assignment.Value) is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && HardCodedValues.Unwrap(assignment.Target) is IPropertyReferenceOperation { Property: var property }
                && CognitoSinks.IsAuthDictionaryProperty(property))
            {
                return property.Name;
            }

            if (operation is IArgumentOperation { Parameter: { } parameter } argument
                && HardCodedValues.Unwrap(argument.Value) is ILocalReferenceOperation passed
                && SymbolEqualityComparer.Default.Equals(passed.Local, local)
                && NameSuggestsAuthDictionary(parameter.Name) is { } parameterName)
            {
                return parameterName;
            }
        }

        // A dictionary that also gets a "USERNAME" entry is Cognito's auth parameters, wherever it goes (returned, passed on).
        return hasUsernameEntry ? "AuthParameters" : null;
    }

    /// <summary>
    /// Whether <paramref name="operation"/> gives <paramref name="local"/> a "USERNAME" entry: its declaration's
    /// initializer, <c>local.Add("USERNAME", …)</c> or <c>local["USERNAME"] = …</c>.
    /// </summary>
    private static bool WritesUsernameEntry(IOperation operation, ILocalSymbol local)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                return declarator.GetVariableInitializer()?.Value is { } value
                    && HardCodedValues.Unwrap(value) is IObjectCreationOperation { Initializer: { } initializer }
                    && HasUsernameEntry(initializer);
            case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Instance: { } instance, Arguments: { Length: 2 } arguments }:
                return IsLocal(instance, local) && IsUsernameKey(arguments[0].Value);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: { } instance, Arguments: { Length: 1 } indexArguments } }:
                return IsLocal(instance, local) && IsUsernameKey(indexArguments[0].Value);
            default:
                return false;
        }
    }

    private static bool IsLocal(IOperation operation, ILocalSymbol local) =>
        HardCodedValues.Unwrap(operation) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

    private static bool IsUsernameKey(IOperation key) => key.ConstantValue is { HasValue: true, Value: "USERNAME" };

    private static bool HasUsernameEntry(IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var element in initializer.Initializers)
        {
            var key = element switch
            {
                IInvocationOperation { Arguments: { Length: 2 } arguments } => arguments[0].Value,
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments: { Length: 1 } indexArguments } } => indexArguments[0].Value,
                _ => null,
            };
            if (key is not null && IsUsernameKey(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"authParameters", "_authParams", "challengeResponses" name a Cognito auth dictionary.</summary>
    private static string? NameSuggestsAuthDictionary(string name)
    {
        if (name.IndexOf("authparam", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "AuthParameters";
        }

        return name.IndexOf("challengeresponse", StringComparison.OrdinalIgnoreCase) >= 0 ? "ChallengeResponses" : null;
    }
}
