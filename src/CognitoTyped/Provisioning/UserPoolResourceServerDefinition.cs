using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Provisioning;

/// <summary>A resource server (an API and its OAuth scopes) of a <see cref="UserPoolDefinition"/>.</summary>
public sealed class UserPoolResourceServerDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="identifier">The resource server's identifier, the prefix of its scopes (<c>{Identifier}/{ScopeName}</c>).</param>
    /// <param name="createResourceServerJson">A <c>CreateResourceServer</c> request body as JSON (UserPoolId is filled in).</param>
    public UserPoolResourceServerDefinition(string identifier, string createResourceServerJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        ArgumentException.ThrowIfNullOrEmpty(createResourceServerJson);
        Identifier = identifier;
        CreateResourceServerJson = createResourceServerJson;
    }

    /// <summary>The resource server's identifier.</summary>
    public string Identifier { get; }

    /// <summary>The <c>CreateResourceServer</c> request body, as JSON.</summary>
    public string CreateResourceServerJson { get; }

    /// <summary>The <c>CreateResourceServer</c> request for this resource server in the given pool.</summary>
    /// <param name="userPoolId">The pool to create it in.</param>
    /// <returns>A new request object.</returns>
    public CreateResourceServerRequest ToRequest(string userPoolId)
    {
        var request = UserPoolDefinition.Parse(CreateResourceServerJson, CreateResourceServerIdentityProviderJsonContext.Default.CreateResourceServerRequest, "CreateResourceServer");
        request.UserPoolId = userPoolId;
        request.Identifier ??= Identifier;
        return request;
    }
}
