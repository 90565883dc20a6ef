using System.Text.Json;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Provisioning;

/// <summary>
/// A user pool as cognito.json describes it, in AWS's own request shapes: what <see cref="CognitoProvisioner"/>
/// creates on an endpoint. The source generator emits one per pool; it can also be written by hand.
/// </summary>
public sealed class UserPoolDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="name">The pool's name in cognito.json (the PoolName to create).</param>
    /// <param name="createUserPoolJson">A <c>CreateUserPool</c> request body as JSON (PoolName may be left out).</param>
    /// <param name="clients">The app clients to create.</param>
    /// <param name="groups">The groups to create.</param>
    /// <param name="identityPool">The identity pool that trusts this pool, when declared.</param>
    public UserPoolDefinition(string name, string createUserPoolJson, IReadOnlyList<UserPoolClientDefinition>? clients = null, IReadOnlyList<UserPoolGroupDefinition>? groups = null, IdentityPoolDefinition? identityPool = null)
        : this(name, createUserPoolJson, clients, groups, identityPool, resourceServers: null)
    {
    }

    /// <summary>Creates the definition, with resource servers.</summary>
    /// <param name="name">The pool's name in cognito.json (the PoolName to create).</param>
    /// <param name="createUserPoolJson">A <c>CreateUserPool</c> request body as JSON (PoolName may be left out).</param>
    /// <param name="clients">The app clients to create.</param>
    /// <param name="groups">The groups to create.</param>
    /// <param name="identityPool">The identity pool that trusts this pool, when declared.</param>
    /// <param name="resourceServers">The resource servers (APIs and their OAuth scopes) to create before the clients.</param>
    public UserPoolDefinition(string name, string createUserPoolJson, IReadOnlyList<UserPoolClientDefinition>? clients, IReadOnlyList<UserPoolGroupDefinition>? groups, IdentityPoolDefinition? identityPool, IReadOnlyList<UserPoolResourceServerDefinition>? resourceServers)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(createUserPoolJson);
        Name = name;
        CreateUserPoolJson = createUserPoolJson;
        Clients = clients ?? Array.Empty<UserPoolClientDefinition>();
        Groups = groups ?? Array.Empty<UserPoolGroupDefinition>();
        IdentityPool = identityPool;
        ResourceServers = resourceServers ?? Array.Empty<UserPoolResourceServerDefinition>();
    }

    /// <summary>The pool's name in cognito.json.</summary>
    public string Name { get; }

    /// <summary>The <c>CreateUserPool</c> request body, as JSON.</summary>
    public string CreateUserPoolJson { get; }

    /// <summary>The app clients.</summary>
    public IReadOnlyList<UserPoolClientDefinition> Clients { get; }

    /// <summary>The groups.</summary>
    public IReadOnlyList<UserPoolGroupDefinition> Groups { get; }

    /// <summary>The identity pool, when declared.</summary>
    public IdentityPoolDefinition? IdentityPool { get; }

    /// <summary>The resource servers.</summary>
    public IReadOnlyList<UserPoolResourceServerDefinition> ResourceServers { get; }

    /// <summary>The <c>CreateUserPool</c> request for this pool.</summary>
    /// <param name="poolName">The name to create it under; default <see cref="Name"/>.</param>
    /// <returns>A new request object.</returns>
    public CreateUserPoolRequest ToCreateUserPoolRequest(string? poolName = null)
    {
        var request = Parse(CreateUserPoolJson, CreateUserPoolIdentityProviderJsonContext.Default.CreateUserPoolRequest, "CreateUserPool");
        request.PoolName = poolName ?? request.PoolName ?? Name;
        return request;
    }

    internal static T Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string what)
    {
        try
        {
            return JsonSerializer.Deserialize(json, type) ?? throw new InvalidOperationException($"The {what} definition is 'null'.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The {what} definition is not a valid {what} request: {exception.Message}", exception);
        }
    }
}
