using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped;

/// <summary>What a client of one Cognito app client needs at run time: the pool, the app client and, for emulators, the endpoint.</summary>
/// <remarks>IDs and secrets come from configuration, never from code or cognito.json. <see cref="ToString"/> never shows the secret.</remarks>
public sealed class CognitoClientOptions
{
    /// <summary>The AWS region. Defaults to the prefix of <see cref="UserPoolId"/> (<c>eu-west-1_AbCdEf</c> → <c>eu-west-1</c>).</summary>
    public string? Region { get; set; }

    /// <summary>The user pool ID, e.g. <c>eu-west-1_AbCdEf123</c>.</summary>
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>The app client ID.</summary>
    [CognitoClientId]
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The app client secret, for app clients generated with one; SECRET_HASH is then computed for every call that needs it.</summary>
    [CognitoClientSecret]
    public string? ClientSecret { get; set; }

    /// <summary>
    /// AWS credentials for the admin sign-in only (<see cref="CognitoAuthClient.AdminSignInWithPasswordAsync(string, string, CancellationToken)"/>):
    /// AdminInitiateAuth and AdminRespondToAuthChallenge are signed with them, so the caller needs the IAM permissions
    /// <c>cognito-idp:AdminInitiateAuth</c> and <c>cognito-idp:AdminRespondToAuthChallenge</c> on the pool. Null uses AWSSDK.Core's
    /// default chain; <c>AddCognitoTyped</c> takes them from <c>AWSOptions</c> when registered. Every other call of the client is
    /// unsigned and never looks for credentials, so apps that do not sign users in as an administrator need none.
    /// </summary>
    public Amazon.Runtime.AWSCredentials? Credentials { get; set; }

    /// <summary>Overrides the cognito-idp endpoint, e.g. <c>http://127.0.0.1:9229</c> for cognito-local.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>
    /// How long one attempt may take before it is abandoned (and retried when that is safe). Default 30 s. An attempt is
    /// abandoned no sooner than this and at most a sixteenth of it (one second at most) later: attempts that start close
    /// together share one deadline. <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The retry policy.</summary>
    public CognitoRetryOptions Retry { get; set; } = new();

    /// <summary>The largest response body read, in bytes; a longer one is refused with <see cref="CognitoProtocolException"/>. Default 4 MiB.</summary>
    public int MaxResponseBytes { get; set; } = CognitoServiceClientOptions.DefaultMaxResponseBytes;

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
    /// client <c>CognitoTyped.cognito-idp</c> of this factory, so handlers an app adds to it run on every call and the factory rotates its
    /// connections. Set by <c>AddCognitoTyped</c>; null (the default) creates one client per client it owns.
    /// </summary>
    public System.Net.Http.IHttpClientFactory? HttpClientFactory { get; set; }

    /// <summary>The region to call: <see cref="Region"/>, else the pool ID's prefix.</summary>
    /// <exception cref="InvalidOperationException">Neither is known.</exception>
    public string ResolveRegion()
    {
        if (!string.IsNullOrWhiteSpace(Region))
        {
            return Region!;
        }

        return RegionFromPoolId(UserPoolId)
            ?? throw new InvalidOperationException("CognitoClientOptions.Region is not set and UserPoolId has no region prefix (like 'eu-west-1_AbCdEf').");
    }

    internal static string? RegionFromPoolId(string? userPoolId)
    {
        var underscore = userPoolId?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        return underscore > 0 ? userPoolId![..underscore] : null;
    }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            throw new InvalidOperationException("CognitoClientOptions.ClientId is not set: read it from configuration.");
        }

        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new InvalidOperationException("CognitoClientOptions.RequestTimeout must be positive.");
        }

        Retry.Validate();
        _ = ResolveRegion();
    }

    internal CognitoServiceClientOptions ToServiceOptions() => new()
    {
        Region = ResolveRegion(),
        ServiceUrl = ServiceUrl,
        Credentials = Credentials,
        RequestTimeout = RequestTimeout,
        Retry = Retry,
        MaxResponseBytes = MaxResponseBytes,
        AllowInsecureHttp = AllowInsecureHttp,
        LoggerFactory = LoggerFactory,
        HttpClientFactory = HttpClientFactory,
    };

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "CognitoClientOptions {{ Region = {0}, UserPoolId = {1}, ClientId = {2}, ClientSecret = {3}, ServiceUrl = {4} }}",
        Region,
        UserPoolId,
        ClientId,
        ClientSecret is null ? "(none)" : "***",
        ServiceUrl);
}
