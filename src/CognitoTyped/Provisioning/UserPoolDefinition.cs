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
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(createUserPoolJson);
        Name = name;
        CreateUserPoolJson = createUserPoolJson;
        Clients = clients ?? Array.Empty<UserPoolClientDefinition>();
        Groups = groups ?? Array.Empty<UserPoolGroupDefinition>();
        IdentityPool = identityPool;
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

    /// <summary>The <c>CreateUserPool</c> request for this pool.</summary>
    /// <param name="poolName">The name to create it under; default <see cref="Name"/>.</param>
    /// <returns>A new request object.</returns>
    public CreateUserPoolRequest ToCreateUserPoolRequest(string? poolName = null)
    {
        var request = Parse(CreateUserPoolJson, IdentityProviderJsonContext.Default.CreateUserPoolRequest, "CreateUserPool");
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

/// <summary>An app client of a <see cref="UserPoolDefinition"/>.</summary>
public sealed class UserPoolClientDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="clientName">The app client's name.</param>
    /// <param name="createUserPoolClientJson">A <c>CreateUserPoolClient</c> request body as JSON (UserPoolId is filled in).</param>
    public UserPoolClientDefinition(string clientName, string createUserPoolClientJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientName);
        ArgumentException.ThrowIfNullOrEmpty(createUserPoolClientJson);
        ClientName = clientName;
        CreateUserPoolClientJson = createUserPoolClientJson;
    }

    /// <summary>The app client's name.</summary>
    public string ClientName { get; }

    /// <summary>The <c>CreateUserPoolClient</c> request body, as JSON.</summary>
    public string CreateUserPoolClientJson { get; }

    /// <summary>The <c>CreateUserPoolClient</c> request for this client in the given pool.</summary>
    /// <param name="userPoolId">The pool to create it in.</param>
    /// <returns>A new request object.</returns>
    public CreateUserPoolClientRequest ToRequest(string userPoolId)
    {
        var request = UserPoolDefinition.Parse(CreateUserPoolClientJson, IdentityProviderJsonContext.Default.CreateUserPoolClientRequest, "CreateUserPoolClient");
        request.UserPoolId = userPoolId;
        request.ClientName ??= ClientName;
        return request;
    }
}

/// <summary>A group of a <see cref="UserPoolDefinition"/>.</summary>
public sealed class UserPoolGroupDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="groupName">The group's name.</param>
    /// <param name="createGroupJson">A <c>CreateGroup</c> request body as JSON (UserPoolId is filled in); null for just the name.</param>
    public UserPoolGroupDefinition(string groupName, string? createGroupJson = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupName);
        GroupName = groupName;
        CreateGroupJson = createGroupJson;
    }

    /// <summary>The group's name.</summary>
    public string GroupName { get; }

    /// <summary>The <c>CreateGroup</c> request body, as JSON, when more than the name is set.</summary>
    public string? CreateGroupJson { get; }

    /// <summary>The <c>CreateGroup</c> request for this group in the given pool.</summary>
    /// <param name="userPoolId">The pool to create it in.</param>
    /// <returns>A new request object.</returns>
    public CreateGroupRequest ToRequest(string userPoolId)
    {
        var request = CreateGroupJson is null
            ? new CreateGroupRequest()
            : UserPoolDefinition.Parse(CreateGroupJson, IdentityProviderJsonContext.Default.CreateGroupRequest, "CreateGroup");
        request.UserPoolId = userPoolId;
        request.GroupName ??= GroupName;
        return request;
    }
}

/// <summary>The identity pool declared with a user pool.</summary>
public sealed class IdentityPoolDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="allowUnauthenticatedIdentities">Whether guests get credentials.</param>
    /// <param name="createIdentityPoolJson">The <c>CreateIdentityPool</c> members from cognito.json, as JSON.</param>
    public IdentityPoolDefinition(bool allowUnauthenticatedIdentities, string? createIdentityPoolJson = null)
    {
        AllowUnauthenticatedIdentities = allowUnauthenticatedIdentities;
        CreateIdentityPoolJson = createIdentityPoolJson;
    }

    /// <summary>Whether guests get credentials.</summary>
    public bool AllowUnauthenticatedIdentities { get; }

    /// <summary>The <c>CreateIdentityPool</c> members from cognito.json, as JSON.</summary>
    public string? CreateIdentityPoolJson { get; }
}
