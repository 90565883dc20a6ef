using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped;

/// <summary>Settings of the low-level service clients (<see cref="IdentityProvider.CognitoIdentityProviderClient"/>, <see cref="Identity.CognitoIdentityClient"/>).</summary>
public sealed class CognitoServiceClientOptions
{
    /// <summary>The AWS region, e.g. <c>eu-west-1</c>. Required unless <see cref="ServiceUrl"/> is set (then it is still used to sign).</summary>
    public string? Region { get; set; }

    /// <summary>Overrides the endpoint, e.g. <c>http://127.0.0.1:9229</c> for cognito-local.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>
    /// The AWS credentials that sign the admin operations. Null: AWSSDK.Core's default chain
    /// (environment, profile, container, instance) is asked the first time a signed call is made.
    /// User operations (sign-up, sign-in, …) are never signed.
    /// </summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>
    /// How long one attempt may take before it is abandoned (and retried when that is safe). Default 30 s. An attempt is
    /// abandoned no sooner than this and at most a sixteenth of it (one second at most) later: attempts that start close
    /// together share one deadline. <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The retry policy.</summary>
    public CognitoRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// The largest response body read, in bytes; a longer one is refused with <see cref="CognitoProtocolException"/> without
    /// being read to its end. Default 4 MiB (Cognito's largest answers, a page of users or a pool's description, are far smaller).
    /// </summary>
    public int MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>
    /// Allows a plain <c>http://</c> <see cref="ServiceUrl"/> that is not loopback. <b>Insecure</b>: passwords, codes and tokens
    /// then cross the network in clear text and anyone on the path can read or change them. Only for emulators reached by
    /// name (a cognito-local container in docker compose), never in production; like JwtBearer's
    /// <c>RequireHttpsMetadata = false</c>. Loopback (<c>127.0.0.0/8</c>, <c>::1</c>, <c>localhost</c>) needs no opt-in. Default false.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Where the client logs (operation, outcome, HTTP status, AWS request ID, attempt, backoff; never a password, code, token
    /// or secret). Default <see cref="NullLoggerFactory.Instance"/>: nothing is logged. Event IDs are listed in docs/observability.md.
    /// </summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Where the client gets its <see cref="HttpClient"/> for each request when none is passed to its constructor: the named
    /// client <c>CognitoTyped.cognito-idp</c> or <c>CognitoTyped.cognito-identity</c> of this factory, so handlers an app adds to it run on every call and the factory rotates its
    /// connections. Set by <c>AddCognitoTyped</c>; null (the default) creates one client per client it owns.
    /// </summary>
    public System.Net.Http.IHttpClientFactory? HttpClientFactory { get; set; }

    internal const int DefaultMaxResponseBytes = 4 * 1024 * 1024;

    /// <inheritdoc />
    public override string ToString() => $"CognitoServiceClientOptions {{ Region = {Region}, ServiceUrl = {ServiceUrl} }}";
}
