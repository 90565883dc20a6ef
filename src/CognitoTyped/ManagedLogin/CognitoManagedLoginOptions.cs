using System.Globalization;
using CognitoTyped.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped;

/// <summary>What <see cref="CognitoManagedLogin"/> needs: the pool's managed login domain, the app client and, to validate ID tokens, the pool.</summary>
/// <remarks>IDs and secrets come from configuration, never from code. <see cref="ToString"/> never shows the secret.</remarks>
public sealed class CognitoManagedLoginOptions
{
    /// <summary>
    /// The managed login (hosted UI) domain, e.g. <c>https://contoso.auth.eu-west-1.amazoncognito.com</c> or a custom domain.
    /// For cognito-local it is the emulator's base URL (<c>http://127.0.0.1:9229</c>): its OAuth routes share the service's port.
    /// </summary>
    public Uri? Domain { get; set; }

    /// <summary>The app client ID.</summary>
    [CognitoClientId]
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The app client secret, for app clients generated with one: sent as HTTP Basic authentication to the token and revocation endpoints.</summary>
    [CognitoClientSecret]
    public string? ClientSecret { get; set; }

    /// <summary>
    /// The user pool ID, e.g. <c>eu-west-1_AbCdEf123</c>. When set, the ID token of every code exchange is validated (signature
    /// against the pool's JWKS, issuer, audience = <see cref="ClientId"/>, <c>token_use</c> = id, expiry, and <c>nonce</c> as
    /// <see cref="NonceValidation"/> says). Null skips ID token validation: only for apps that validate the tokens themselves.
    /// </summary>
    public string? UserPoolId { get; set; }

    /// <summary>The AWS region of the pool. Defaults to the prefix of <see cref="UserPoolId"/>.</summary>
    public string? Region { get; set; }

    /// <summary>
    /// Overrides the expected <c>iss</c> of ID tokens (see <see cref="CognitoTokenValidatorOptions.Issuer"/>). For cognito-local it is
    /// <c>http://127.0.0.1:{port}/{userPoolId}</c>. Default: both issuer forms AWS documents for <see cref="UserPoolId"/>.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>Overrides where the pool's signing keys are fetched. Default <c>{issuer}/.well-known/jwks.json</c>.</summary>
    public Uri? JwksUri { get; set; }

    /// <summary>
    /// How the <c>nonce</c> claim of the exchanged ID token is checked. Default <see cref="CognitoNonceValidation.Required"/>:
    /// the token must carry the nonce of the authorization request.
    /// </summary>
    public CognitoNonceValidation NonceValidation { get; set; } = CognitoNonceValidation.Required;

    /// <summary>How long one request to the domain may take. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Allows a plain <c>http://</c> <see cref="Domain"/> (and issuer or JWKS endpoint) that is not loopback. <b>Insecure</b>: codes,
    /// verifiers and tokens then cross the network in clear text. Only for emulators reached by name, never in production; like
    /// JwtBearer's <c>RequireHttpsMetadata = false</c>. Loopback (<c>127.0.0.0/8</c>, <c>::1</c>, <c>localhost</c>) needs no opt-in. Default false.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Where the client logs (endpoint, outcome, HTTP status, OAuth error code; never a code, verifier, token or secret). Default: nothing is logged.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Where the client gets its <see cref="HttpClient"/> when none is passed to its constructor: the named client
    /// <c>CognitoTyped.managed-login</c> (and <c>CognitoTyped.jwks</c> for the keys). Null (the default) creates one the client owns.
    /// </summary>
    public IHttpClientFactory? HttpClientFactory { get; set; }

    internal Uri ValidatedDomain()
    {
        if (Domain is null || !Domain.IsAbsoluteUri)
        {
            throw new InvalidOperationException("CognitoManagedLoginOptions.Domain is not set to an absolute URL (e.g. https://contoso.auth.eu-west-1.amazoncognito.com).");
        }

        if (Domain.Scheme == Uri.UriSchemeHttps || (Domain.Scheme == Uri.UriSchemeHttp && (AllowInsecureHttp || AwsServiceEndpoint.IsLoopback(Domain))))
        {
            // Endpoints are resolved relative to the domain, so it must end with '/'.
            var text = Domain.GetLeftPart(UriPartial.Path);
            return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
        }

        throw new InvalidOperationException(
            Domain.Scheme == Uri.UriSchemeHttp
                ? $"CognitoManagedLoginOptions.Domain {Domain.GetLeftPart(UriPartial.Authority)} is plain http:// and not loopback: codes and tokens would cross the network in clear text. Use https://, or, for an emulator reached by name, set AllowInsecureHttp = true (insecure; never in production)."
                : $"CognitoManagedLoginOptions.Domain {Domain.GetLeftPart(UriPartial.Authority)} is neither https nor http.");
    }

    internal void Validate()
    {
        _ = ValidatedDomain();
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new InvalidOperationException("CognitoManagedLoginOptions.ClientId is not set: read it from configuration.");
        }

        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new InvalidOperationException("CognitoManagedLoginOptions.RequestTimeout must be positive.");
        }

        if (!Enum.IsDefined(NonceValidation))
        {
            throw new InvalidOperationException("CognitoManagedLoginOptions.NonceValidation is not a defined value.");
        }
    }

    internal CognitoTokenValidatorOptions ToValidatorOptions()
    {
        var options = new CognitoTokenValidatorOptions
        {
            UserPoolId = UserPoolId,
            Region = Region,
            Issuer = Issuer,
            JwksUri = JwksUri,
            AllowInsecureHttp = AllowInsecureHttp,
            LoggerFactory = LoggerFactory,
            HttpClientFactory = HttpClientFactory,
        };
        options.ClientIds.Add(ClientId);
        return options;
    }

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "CognitoManagedLoginOptions {{ Domain = {0}, ClientId = {1}, ClientSecret = {2}, UserPoolId = {3}, NonceValidation = {4} }}",
        Domain,
        ClientId,
        ClientSecret is null ? "(none)" : "***",
        UserPoolId,
        NonceValidation);
}
