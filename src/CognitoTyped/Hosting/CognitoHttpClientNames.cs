namespace CognitoTyped.Hosting;

/// <summary>
/// The names of the <see cref="System.Net.Http.IHttpClientFactory"/> clients CognitoTyped sends through when hosted
/// (<c>AddCognitoTyped</c>), one per service, shared by every pool; <see cref="CognitoTypedBuilder"/> exposes their builders.
/// </summary>
public static class CognitoHttpClientNames
{
    /// <summary>Amazon Cognito user pools (<c>cognito-idp</c>): sign-up, sign-in, tokens, admin operations.</summary>
    public const string IdentityProvider = "CognitoTyped.cognito-idp";

    /// <summary>Amazon Cognito identity pools (<c>cognito-identity</c>): identity IDs and AWS credentials.</summary>
    public const string Identity = "CognitoTyped.cognito-identity";

    /// <summary>The user pools' signing keys (<c>/.well-known/jwks.json</c>), fetched by the token validators.</summary>
    public const string Jwks = "CognitoTyped.jwks";

    /// <summary>The managed login domain's OAuth 2.0 endpoints (<c>/oauth2/token</c>, <c>/oauth2/revoke</c>, <c>/oauth2/userInfo</c>).</summary>
    public const string ManagedLogin = "CognitoTyped.managed-login";
}
