using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Provisioning;

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
        var request = UserPoolDefinition.Parse(CreateUserPoolClientJson, CreateUserPoolClientIdentityProviderJsonContext.Default.CreateUserPoolClientRequest, "CreateUserPoolClient");
        request.UserPoolId = userPoolId;
        request.ClientName ??= ClientName;
        return request;
    }
}
