namespace CognitoTyped.AspNetCore;

/// <summary>
/// What <c>AddCognitoOpenIdConnect</c> signs in with for one app client of a user pool. Filled from configuration first
/// (<c>Cognito:{Pool}:Clients:{Client}:*</c>, then <c>Cognito:{Pool}:*</c>), then changed by the app's own delegate.
/// </summary>
/// <remarks>
/// The domain, pool and client IDs and the client secret come from configuration only (<c>Domain</c>, <c>UserPoolId</c>,
/// <c>ClientId</c>, <c>ClientSecret</c>): they belong to the deployment, not to code.
/// </remarks>
public sealed class CognitoOpenIdConnectOptions
{
    /// <summary>
    /// The OAuth scopes asked for; <c>openid</c> is always added. Empty (the default): configuration
    /// <c>Cognito:{Pool}:Clients:{Client}:Scopes</c> (a list, or one space-separated string), else <c>openid</c> alone. Every
    /// scope must be among the app client's <c>AllowedOAuthScopes</c>, or Cognito refuses the sign-in.
    /// </summary>
    public IList<string> Scopes { get; } = new List<string>();

    /// <summary>
    /// Where Cognito's <c>/logout</c> sends the browser after sign-out (its <c>logout_uri</c>): an absolute URL, or a path of
    /// this app (<c>/signed-out</c>) made absolute with the request's scheme, host and base path. It must be among the app
    /// client's <c>LogoutURLs</c>. Configuration <c>LogoutUri</c>; unset: the app's root (<c>/</c>).
    /// </summary>
    public string? LogoutUri { get; set; }

    /// <summary>
    /// How the <c>nonce</c> of the ID token is checked; configuration <c>NonceValidation</c>. <see cref="CognitoNonceValidation.Required"/>
    /// (the default) refuses an ID token without the nonce of the sign-in. <see cref="CognitoNonceValidation.AllowMissing"/> is for
    /// emulators that do not echo it (cognito-local 5.3.0) only: a nonce the token does carry must still match.
    /// </summary>
    public CognitoNonceValidation NonceValidation { get; set; } = CognitoNonceValidation.Required;

    /// <summary>
    /// The one issuer accepted (e.g. an emulator's <c>http://127.0.0.1:9229/{poolId}</c>); configuration <c>Issuer</c>.
    /// Unset: both forms Cognito documents, <c>https://cognito-idp.{region}.amazonaws.com/{poolId}</c> and
    /// <c>https://issuer-cognito-idp.{region}.amazonaws.com/{poolId}</c>.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// Where the pool's signing keys are fetched; configuration <c>JwksUri</c>. Unset: <c>{ServiceUrl}/{poolId}/.well-known/jwks.json</c>
    /// when <c>Cognito:{Pool}:ServiceUrl</c> is set (as cognito-local serves it), else the regional AWS endpoint.
    /// </summary>
    public Uri? JwksUri { get; set; }

    /// <summary>Tolerance for clock differences when checking the ID token's <c>exp</c>; configuration <c>ClockSkew</c>. Two minutes by default.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Allows plain <c>http://</c> for the domain and key endpoint when they are not loopback (an emulator reached by name in a
    /// container). Insecure: whoever controls the network controls the sign-in. Configuration <c>AllowInsecureHttp</c>.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    // Read from configuration; not settable by the app (IDs, secrets and endpoints belong in configuration).
    internal Uri? Domain { get; set; }

    internal string? UserPoolId { get; set; }

    internal string? Region { get; set; }

    internal Uri? ServiceUrl { get; set; }

    internal string? ClientId { get; set; }

    internal string? ClientSecret { get; set; }

    internal List<string> ConfiguredScopes { get; } = [];

    internal List<string> ConfigurationErrors { get; } = [];
}
