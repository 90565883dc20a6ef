using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped;

/// <summary>What <see cref="CognitoTokenValidator"/> accepts: which pool (issuer and keys), which app clients, how much clock skew.</summary>
public sealed class CognitoTokenValidatorOptions
{
    /// <summary>The user pool ID, e.g. <c>eu-west-1_AbCdEf123</c>. Required unless <see cref="Issuer"/> is set.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>The AWS region. Defaults to the prefix of <see cref="UserPoolId"/>.</summary>
    public string? Region { get; set; }

    /// <summary>The app client IDs whose tokens are accepted (<c>client_id</c> of access tokens, <c>aud</c> of ID tokens). At least one.</summary>
    public IList<string> ClientIds { get; } = new List<string>();

    /// <summary>
    /// Overrides the expected <c>iss</c>, compared exactly, and then the only issuer accepted. By default both issuer forms
    /// Cognito documents for a pool are accepted: <c>https://cognito-idp.{region}.amazonaws.com/{userPoolId}</c> and
    /// <c>https://issuer-cognito-idp.{region}.amazonaws.com/{userPoolId}</c> (a pool's issuer configuration can switch between
    /// them, so tokens of both are in circulation). For cognito-local it is <c>http://127.0.0.1:{port}/{userPoolId}</c>.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Overrides where the key set is fetched. Default <c>{issuer}/.well-known/jwks.json</c>.</summary>
    public Uri? JwksUri { get; set; }

    /// <summary>How far <c>exp</c> and <c>nbf</c> may be off the local clock. Default 2 minutes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long fetched keys are used before they are fetched again. Default 12 hours.</summary>
    public TimeSpan KeySetLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between the starts of two fetches of the key set, so tokens with made-up <c>kid</c>s cannot make this
    /// process hammer the JWKS endpoint. It holds from the very first fetch, whatever its outcome: a token whose <c>kid</c> is
    /// unknown (key rotation), or any token while no key set could be fetched yet, triggers a fetch only when the last one
    /// started longer ago; otherwise it is refused (<see cref="CognitoTokenValidationFailure.UnknownSigningKey"/>, or
    /// <see cref="CognitoTokenValidationFailure.SigningKeysUnavailable"/> when no key set was ever fetched). While no key set
    /// could be fetched yet, the wait starts at 1 second and doubles after each failed fetch up to this interval, so a blip at
    /// start-up does not refuse tokens for the whole interval. Default 5 minutes.
    /// </summary>
    public TimeSpan MinimumRefetchInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The longest token accepted, in characters (a JWT is ASCII, so also bytes). A longer token is refused with
    /// <see cref="CognitoTokenValidationFailure.TooLarge"/> before any of it is decoded. Default 16 KiB: Cognito's tokens are a
    /// few KiB even with many groups and attributes.
    /// </summary>
    public int MaxTokenLength { get; set; } = 16 * 1024;

    /// <summary>
    /// How long one fetch of the key set may take before it is abandoned (and the tokens waiting on it are refused with
    /// <see cref="CognitoTokenValidationFailure.SigningKeysUnavailable"/>). Default 10 seconds. A fetch is shared by every caller
    /// waiting for it; a caller that cancels stops waiting, the fetch goes on for the others.
    /// </summary>
    public TimeSpan JwksFetchTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Allows a plain <c>http://</c> issuer or JWKS endpoint on a host other than loopback. <b>Insecure</b>: whoever is on the
    /// network path can serve their own keys and so forge any token, as with JwtBearer's <c>RequireHttpsMetadata = false</c>.
    /// For emulators reached by host name (a cognito-local container). Default false: such endpoints are refused when the
    /// validator is created; loopback addresses (<c>127.0.0.1</c>, <c>localhost</c>, <c>[::1]</c>) are always allowed.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>The clock. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Where the validator gets its <see cref="HttpClient"/> for each request when none is passed to its constructor: the named
    /// client <c>CognitoTyped.jwks</c> of this factory, so handlers an app adds to it run on every call and the factory rotates its
    /// connections. Set by <c>AddCognitoTyped</c>; null (the default) creates one client per validator it owns.
    /// </summary>
    public System.Net.Http.IHttpClientFactory? HttpClientFactory { get; set; }

    /// <summary>
    /// Where the validator logs its key-set fetches (outcome and the JWKS URI; never a token). Default
    /// <see cref="NullLoggerFactory.Instance"/>: nothing is logged.
    /// </summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>
    /// The issuer the key set is found under: <see cref="Issuer"/>, else the regional AWS issuer of <see cref="UserPoolId"/>
    /// (<c>https://cognito-idp.{region}.amazonaws.com/{userPoolId}</c>). <see cref="ResolveIssuers"/> lists every issuer accepted.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither <see cref="Issuer"/> nor a usable <see cref="UserPoolId"/> is set.</exception>
    public string ResolveIssuer()
    {
        if (!string.IsNullOrWhiteSpace(Issuer))
        {
            return Issuer!;
        }

        var (region, userPoolId) = ResolvePool();
        return $"https://cognito-idp.{region}.amazonaws.com/{userPoolId}";
    }

    /// <summary>
    /// Every issuer a token may carry: <see cref="Issuer"/> alone when set, else both forms Cognito documents for
    /// <see cref="UserPoolId"/>: <c>https://cognito-idp.{region}.amazonaws.com/{userPoolId}</c> and
    /// <c>https://issuer-cognito-idp.{region}.amazonaws.com/{userPoolId}</c>.
    /// </summary>
    /// <returns>The accepted issuers, the one of <see cref="ResolveIssuer"/> first.</returns>
    /// <exception cref="InvalidOperationException">Neither <see cref="Issuer"/> nor a usable <see cref="UserPoolId"/> is set.</exception>
    public IReadOnlyList<string> ResolveIssuers()
    {
        if (!string.IsNullOrWhiteSpace(Issuer))
        {
            return [Issuer!];
        }

        var (region, userPoolId) = ResolvePool();
        return [$"https://cognito-idp.{region}.amazonaws.com/{userPoolId}", $"https://issuer-cognito-idp.{region}.amazonaws.com/{userPoolId}"];
    }

    private (string Region, string UserPoolId) ResolvePool()
    {
        if (string.IsNullOrWhiteSpace(UserPoolId))
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions needs UserPoolId (or an explicit Issuer).");
        }

        int underscore = UserPoolId!.IndexOf('_', StringComparison.Ordinal);
        string? region = !string.IsNullOrWhiteSpace(Region) ? Region : underscore > 0 ? UserPoolId[..underscore] : null;
        if (region is null)
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions.Region is not set and UserPoolId has no region prefix (like 'eu-west-1_AbCdEf').");
        }

        return (region, UserPoolId);
    }

    /// <summary>Where the key set is fetched: <see cref="JwksUri"/>, else <c>{issuer}/.well-known/jwks.json</c>.</summary>
    /// <exception cref="InvalidOperationException">The issuer cannot be resolved.</exception>
    public Uri ResolveJwksUri() => JwksUri ?? new Uri(ResolveIssuer().TrimEnd('/') + "/.well-known/jwks.json", UriKind.Absolute);

    internal void Validate()
    {
        RequireSecureTransport("issuer", ResolveIssuer());
        RequireSecureTransport("JWKS endpoint", ResolveJwksUri().ToString());
        if (ClientIds.Count == 0 || ClientIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions.ClientIds must list the accepted app client IDs (from configuration).");
        }

        if (ClockSkew < TimeSpan.Zero || KeySetLifetime <= TimeSpan.Zero || MinimumRefetchInterval < TimeSpan.Zero)
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions: ClockSkew and MinimumRefetchInterval must be non-negative and KeySetLifetime positive.");
        }

        if (MaxTokenLength <= 0 || JwksFetchTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("CognitoTokenValidatorOptions: MaxTokenLength and JwksFetchTimeout must be positive.");
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }

    /// <summary>The keys decide which tokens are genuine: they come over HTTPS, or from this machine, or the app said otherwise.</summary>
    private void RequireSecureTransport(string what, string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"CognitoTokenValidatorOptions: the {what} '{address}' is not an absolute URL.");
        }

        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || AllowInsecureHttp)))
        {
            return;
        }

        throw new InvalidOperationException(
            uri.Scheme == Uri.UriSchemeHttp
                ? $"CognitoTokenValidatorOptions: the {what} '{address}' is plain http on a host that is not loopback, so anyone on the network path could serve their own keys. Use https, or set AllowInsecureHttp = true (insecure; for emulators reached by host name)."
                : $"CognitoTokenValidatorOptions: the {what} '{address}' is neither https nor http.");
    }
}
