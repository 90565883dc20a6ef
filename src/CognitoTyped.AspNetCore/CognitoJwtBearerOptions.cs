namespace CognitoTyped.AspNetCore;

/// <summary>
/// What <c>AddCognitoJwtBearer</c> accepts for one user pool. Filled from configuration <c>Cognito:{Pool}</c> first
/// (<c>Issuer</c>, <c>JwksUri</c>, <c>ClockSkew</c>, <c>AllowInsecureHttp</c>), then changed by the app's own delegate.
/// </summary>
/// <remarks>
/// Access tokens carry no <c>aud</c> claim: the app client is checked in <c>client_id</c> (access) or <c>aud</c> (ID) against
/// <see cref="ClientIds"/>, so audience checks never need to be switched off.
/// </remarks>
public sealed class CognitoJwtBearerOptions
{
    /// <summary>Which kind of token the scheme accepts: access tokens (the default) or ID tokens; the other kind is refused.</summary>
    public CognitoTokenUse TokenUse { get; set; } = CognitoTokenUse.Access;

    /// <summary>
    /// The app clients whose tokens are accepted. Empty (the default): every client configured under
    /// <c>Cognito:{Pool}:Clients:*:ClientId</c>. Any entry replaces the configured list.
    /// </summary>
    public IList<string> ClientIds { get; } = new List<string>();

    /// <summary>OAuth scopes an access token must all carry in its <c>scope</c> claim; none by default.</summary>
    public IList<string> RequiredScopes { get; } = new List<string>();

    /// <summary>
    /// The one issuer accepted (e.g. an emulator's <c>http://127.0.0.1:9229/{poolId}</c>); configuration <c>Cognito:{Pool}:Issuer</c>.
    /// Unset: both forms Cognito documents, <c>https://cognito-idp.{region}.amazonaws.com/{poolId}</c> and
    /// <c>https://issuer-cognito-idp.{region}.amazonaws.com/{poolId}</c>.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>
    /// Where the pool's signing keys are fetched; configuration <c>Cognito:{Pool}:JwksUri</c>. Unset: <c>{ServiceUrl}/{poolId}/.well-known/jwks.json</c>
    /// when <c>Cognito:{Pool}:ServiceUrl</c> is set (as cognito-local serves it), else the regional AWS endpoint.
    /// </summary>
    public Uri? JwksUri { get; set; }

    /// <summary>Tolerance for clock differences when checking <c>exp</c> and <c>nbf</c>; configuration <c>Cognito:{Pool}:ClockSkew</c>. Two minutes by default.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Allows a plain <c>http://</c> key endpoint that is not loopback (an emulator reached by name in a container). Insecure:
    /// whoever controls the network controls the keys. Configuration <c>Cognito:{Pool}:AllowInsecureHttp</c>.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    // Read from configuration; not settable by the app (IDs and endpoints belong in configuration).
    internal string? UserPoolId { get; set; }

    internal string? Region { get; set; }

    internal Uri? ServiceUrl { get; set; }

    internal List<(string Key, string ClientId)> ConfiguredClientIds { get; } = [];

    internal List<string> ConfigurationErrors { get; } = [];
}
