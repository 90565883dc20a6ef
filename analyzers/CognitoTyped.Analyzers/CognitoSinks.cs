using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Analyzers;

/// <summary>
/// A place that receives a credential. What the message names is computed only when a diagnostic is reported, so
/// classifying the many non-sinks allocates nothing.
/// </summary>
internal readonly struct Sink
{
    private readonly ISymbol? _symbol;
    private readonly string? _text;

    public Sink(CredentialKind kind, ISymbol symbol, bool requiresShape)
    {
        Kind = kind;
        _symbol = symbol;
        _text = null;
        RequiresShape = requiresShape;
    }

    public Sink(CredentialKind kind, string text, bool requiresShape)
    {
        Kind = kind;
        _symbol = null;
        _text = text;
        RequiresShape = requiresShape;
    }

    public CredentialKind Kind { get; }

    /// <summary>What the message names, e.g. "InitiateAuthRequest.ClientId".</summary>
    public string DisplayName => _text ?? CognitoSinks.Describe(_symbol!);

    /// <summary>True when only the name says it is a credential, so the value must also look like one.</summary>
    public bool RequiresShape { get; }
}

/// <summary>
/// The Cognito APIs that receive credentials, resolved once per compilation by metadata name, so no AWS package is
/// needed at analysis time and the same rules hold against the real AWS SDK and against stand-ins.
/// </summary>
internal sealed class CognitoSinks
{
    private const string ExtensionsNamespace = "Amazon.Extensions.CognitoAuthentication";

    private readonly INamedTypeSymbol? _clientIdAttribute;
    private readonly INamedTypeSymbol? _passwordAttribute;
    private readonly INamedTypeSymbol? _clientSecretAttribute;
    private readonly IAssemblySymbol _sourceAssembly;
    private readonly IAssemblySymbol? _markerAssembly;
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> _canCarryMarkers = new(SymbolEqualityComparer.Default);

    private CognitoSinks(Compilation compilation)
    {
        _sourceAssembly = compilation.Assembly;
        _clientIdAttribute = compilation.GetTypeByMetadataName("CognitoTyped.CognitoClientIdAttribute");
        _passwordAttribute = compilation.GetTypeByMetadataName("CognitoTyped.CognitoPasswordAttribute");
        _clientSecretAttribute = compilation.GetTypeByMetadataName("CognitoTyped.CognitoClientSecretAttribute");
        HasMarkerAttributes = _clientIdAttribute is not null || _passwordAttribute is not null || _clientSecretAttribute is not null;
        _markerAssembly = (_clientIdAttribute ?? _passwordAttribute ?? _clientSecretAttribute)?.ContainingAssembly;
        HasCognitoApis = HasMarkerAttributes
            || HasNamespace(compilation.GlobalNamespace, "Amazon", "CognitoIdentityProvider")
            || HasNamespace(compilation.GlobalNamespace, "Amazon", "CognitoIdentity")
            || HasNamespace(compilation.GlobalNamespace, "Amazon", "Extensions", "CognitoAuthentication");
    }

    /// <summary>The assemblies that declare a Cognito API the full mode follows (their file names).</summary>
    public static readonly string[] ApiAssemblies = ["CognitoTyped", "AWSSDK.CognitoIdentityProvider", "AWSSDK.CognitoIdentity", ExtensionsNamespace];

    /// <summary>The runtime's marker attributes, which source may also declare (stand-ins, copies).</summary>
    public static readonly string[] MarkerAttributeNames = ["CognitoClientIdAttribute", "CognitoPasswordAttribute", "CognitoClientSecretAttribute"];

    /// <summary>The namespaces of the Cognito APIs that are not the runtime's (see <see cref="HasCognitoApis"/>).</summary>
    public static readonly string[] ApiNamespaces = ["Amazon.CognitoIdentityProvider", "Amazon.CognitoIdentity", ExtensionsNamespace];

    public bool HasMarkerAttributes { get; }

    /// <summary>
    /// Whether the compilation can call Cognito at all (the runtime's attributes, the AWS SDK for Cognito or
    /// Amazon.Extensions.CognitoAuthentication). Without them only the name-and-shape heuristics can fire.
    /// </summary>
    public bool HasCognitoApis { get; }

    private static bool HasNamespace(INamespaceSymbol ns, params string[] path)
    {
        foreach (var name in path)
        {
            INamespaceSymbol? next = null;
            foreach (var member in ns.GetMembers(name))
            {
                if (member is INamespaceSymbol child)
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                return false;
            }

            ns = next;
        }

        return true;
    }

    public static CognitoSinks Create(Compilation compilation) => new(compilation);

    /// <summary>A property or field that receives a credential when assigned.</summary>
    public Sink? ForMember(ISymbol member)
    {
        if (member is not (IPropertySymbol or IFieldSymbol))
        {
            return null;
        }

        if (FromMarkerAttribute(member) is { } marked)
        {
            return new Sink(marked, member, requiresShape: false);
        }

        var type = member.ContainingType;
        if (type is null)
        {
            return null;
        }

        if (IsAwsSdkRequest(type))
        {
            CredentialKind? kind = member.Name switch
            {
                "ClientId" => CredentialKind.ClientId,
                "Password" or "TemporaryPassword" or "PreviousPassword" or "ProposedPassword" => CredentialKind.Password,
                "ClientSecret" => CredentialKind.ClientSecret,
                _ => null,
            };
            if (kind is { } known)
            {
                return new Sink(known, member, requiresShape: false);
            }
        }
        else if (type.Name == "CognitoIdentityProvider" && IsNamespace(type.ContainingNamespace, "Model", "CognitoIdentity", "Amazon"))
        {
            // The identity pool's link to a user pool client: Amazon.CognitoIdentity.Model.CognitoIdentityProvider.ClientId.
            if (member.Name == "ClientId")
            {
                return new Sink(CredentialKind.ClientId, member, requiresShape: false);
            }
        }
        else if (IsExtensionsNamespace(type.ContainingNamespace)
            && (member.Name is "Password" or "NewPassword")
            && type.Name is "InitiateSrpAuthRequest" or "InitiateAdminNoSrpAuthRequest" or "RespondToNewPasswordRequiredRequest")
        {
            return new Sink(CredentialKind.Password, member, requiresShape: false);
        }

        return FromName(member);
    }

    /// <summary>A parameter that receives a credential when an argument is passed.</summary>
    public Sink? ForParameter(IParameterSymbol parameter)
    {
        if (FromMarkerAttribute(parameter) is { } marked)
        {
            return new Sink(marked, parameter, requiresShape: false);
        }

        var method = parameter.ContainingSymbol as IMethodSymbol;
        if (HasMarkerAttributes && method?.OverriddenMethod is { } overridden && parameter.Ordinal < overridden.Parameters.Length
            && FromMarkerAttribute(overridden.Parameters[parameter.Ordinal]) is { } inherited)
        {
            return new Sink(inherited, parameter, requiresShape: false);
        }

        // CognitoUserPool(poolID, clientID, provider, clientSecret), CognitoUser(userID, clientID, pool, provider, clientSecret, ...),
        // CognitoUserPool.SignUpAsync(userID, password, ...), CognitoUser.ChangePasswordAsync(oldPass, newPass),
        // CognitoUser.ConfirmForgotPasswordAsync(confirmationCode, newPassword). The name is tested first: it rules out
        // almost every parameter without looking at the method's type.
        CredentialKind? kind = parameter.Name switch
        {
            "clientID" or "clientId" => CredentialKind.ClientId,
            "clientSecret" => CredentialKind.ClientSecret,
            "password" or "newPassword" or "oldPass" or "newPass" => CredentialKind.Password,
            _ => null,
        };
        if (kind is { } known && method?.ContainingType is { } type && IsExtensionsNamespace(type.ContainingNamespace))
        {
            return new Sink(known, parameter, requiresShape: false);
        }

        return FromName(parameter);
    }

    /// <summary>Whether a property holds Cognito's AuthParameters or ChallengeResponses dictionary.</summary>
    public static bool IsAuthDictionaryProperty(IPropertySymbol property) =>
        !property.IsIndexer && property.Name is "AuthParameters" or "ChallengeResponses";

    /// <summary>A member, parameter or local known only by its name; the value must have the credential's shape.</summary>
    public static Sink? FromName(ISymbol symbol) =>
        CredentialHeuristics.KindFromName(symbol.Name) is { } kind ? new Sink(kind, symbol, requiresShape: true) : null;

    /// <summary>A configuration key or environment variable known only by its name; the value must have the credential's shape.</summary>
    public static Sink? FromKey(string key) =>
        CredentialHeuristics.KindFromName(key) is { } kind ? new Sink(kind, "configuration key \"" + key + "\"", requiresShape: true) : null;

    private CredentialKind? FromMarkerAttribute(ISymbol symbol)
    {
        if (!HasMarkerAttributes || !CanCarryMarkers(symbol.ContainingAssembly))
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            var attributeClass = attribute.AttributeClass;
            if (attributeClass is null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(attributeClass, _clientIdAttribute))
            {
                return CredentialKind.ClientId;
            }

            if (SymbolEqualityComparer.Default.Equals(attributeClass, _passwordAttribute))
            {
                return CredentialKind.Password;
            }

            if (SymbolEqualityComparer.Default.Equals(attributeClass, _clientSecretAttribute))
            {
                return CredentialKind.ClientSecret;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether members of <paramref name="assembly"/> can carry the marker attributes: the compilation itself and
    /// assemblies that reference the one declaring them. Every other assembly (the BCL, most packages) is ruled out once,
    /// so the attributes of their members are never read.
    /// </summary>
    private bool CanCarryMarkers(IAssemblySymbol? assembly)
    {
        if (assembly is null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(assembly, _sourceAssembly))
        {
            return true;
        }

        if (_canCarryMarkers.TryGetValue(assembly, out var known))
        {
            return known;
        }

        var result = false;
        if (_markerAssembly is { } markerAssembly)
        {
            result = SymbolEqualityComparer.Default.Equals(assembly, markerAssembly);
            foreach (var module in assembly.Modules)
            {
                foreach (var referenced in module.ReferencedAssemblies)
                {
                    result |= referenced.Name == markerAssembly.Identity.Name;
                }
            }
        }

        _canCarryMarkers.TryAdd(assembly, result);
        return result;
    }

    /// <summary>
    /// Amazon.CognitoIdentityProvider.Model.*Request. Compared by name: the SDK has well over a hundred request shapes
    /// and adds more, and a type's containing namespace is per-assembly, so a name test is both exact and cheap.
    /// </summary>
    private static bool IsAwsSdkRequest(INamedTypeSymbol type) =>
        type.Name.EndsWith("Request", StringComparison.Ordinal)
        && IsNamespace(type.ContainingNamespace, "Model", "CognitoIdentityProvider", "Amazon");

    private static bool IsExtensionsNamespace(INamespaceSymbol? ns) =>
        IsNamespace(ns, "CognitoAuthentication", "Extensions", "Amazon");

    private static bool IsNamespace(INamespaceSymbol? ns, string innermost, string middle, string outermost) =>
        ns is { Name: var a } && a == innermost
        && ns.ContainingNamespace is { Name: var b } parent && b == middle
        && parent.ContainingNamespace is { Name: var c } grandParent && c == outermost
        && grandParent.ContainingNamespace is { IsGlobalNamespace: true };

    internal static string Describe(ISymbol symbol)
    {
        switch (symbol)
        {
            case ILocalSymbol local:
                return "local '" + local.Name + "'";
            case IParameterSymbol parameter:
                return Describe(parameter, parameter.ContainingSymbol as IMethodSymbol);
            default:
                return symbol.ContainingType is { } type ? type.Name + "." + symbol.Name : symbol.Name;
        }
    }

    private static string Describe(IParameterSymbol parameter, IMethodSymbol? method)
    {
        if (method?.ContainingType is null)
        {
            return "parameter '" + parameter.Name + "'";
        }

        var methodName = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
        return "parameter '" + parameter.Name + "' of " + methodName;
    }

    /// <summary>The environment variable the code fix reads for a sink.</summary>
    public static string EnvironmentVariableFor(CredentialKind kind, string sinkName)
    {
        switch (kind)
        {
            case CredentialKind.ClientId:
                return "COGNITO_CLIENT_ID";
            case CredentialKind.ClientSecret:
                return "COGNITO_CLIENT_SECRET";
            default:
                if (Contains(sinkName, "Temporary"))
                {
                    return "COGNITO_TEMPORARY_PASSWORD";
                }

                if (Contains(sinkName, "Previous") || Contains(sinkName, "oldPass"))
                {
                    return "COGNITO_PREVIOUS_PASSWORD";
                }

                if (Contains(sinkName, "Proposed") || Contains(sinkName, "NEW_PASSWORD") || Contains(sinkName, "NewPass"))
                {
                    return "COGNITO_NEW_PASSWORD";
                }

                return "COGNITO_PASSWORD";
        }
    }

    private static bool Contains(string text, string part) => text.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
}
