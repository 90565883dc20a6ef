using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped.Identity;

/// <summary>Settings of an identity pool federated with a user pool.</summary>
public sealed class CognitoIdentityPoolOptions
{
    /// <summary>The region. Defaults to the prefix of <see cref="IdentityPoolId"/> (<c>eu-west-1:…</c>).</summary>
    public string? Region { get; set; }

    /// <summary>The identity pool ID, e.g. <c>eu-west-1:0000aaaa-…</c>.</summary>
    public string IdentityPoolId { get; set; } = string.Empty;

    /// <summary>The user pool whose ID tokens sign users in, e.g. <c>eu-west-1_AbCdEf</c>.</summary>
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>Overrides the cognito-identity endpoint (tests, emulators).</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>Whether the pool gives guest (unauthenticated) credentials.</summary>
    public bool AllowUnauthenticatedIdentities { get; set; }

    /// <summary>How long one attempt may take. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The retry policy.</summary>
    public CognitoRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Allows a plain <c>http://</c> <see cref="ServiceUrl"/> that is not loopback. <b>Insecure</b>: tokens and AWS credentials
    /// then cross the network in clear text. Only for emulators reached by name, never in production. Default false.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// Where the identity-pool client logs each call (operation, outcome, HTTP status, AWS request ID, attempt, backoff; never a
    /// token or credentials). Default <see cref="NullLoggerFactory.Instance"/>: nothing is logged.
    /// </summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>The clock that tells when credentials are due for refresh. Default <see cref="TimeProvider.System"/>.</summary>
    /// <summary>
    /// Where the identity pool gets its <see cref="HttpClient"/> for each request when none is passed to its constructor: the named
    /// client <c>CognitoTyped.cognito-identity</c> of this factory, so handlers an app adds to it run on every call and the factory rotates its
    /// connections. Set by <c>AddCognitoTyped</c>; null (the default) creates one client per identity pool it owns.
    /// </summary>
    public System.Net.Http.IHttpClientFactory? HttpClientFactory { get; set; }

    /// <remarks>Internal: a test seam. Made public, the generated identity-pool classes would have to copy it too.</remarks>
    internal TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal string ResolveRegion()
    {
        if (!string.IsNullOrWhiteSpace(Region))
        {
            return Region!;
        }

        var colon = IdentityPoolId.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return IdentityPoolId[..colon];
        }

        return CognitoClientOptions.RegionFromPoolId(UserPoolId)
            ?? throw new InvalidOperationException("CognitoIdentityPoolOptions.Region is not set and neither pool ID has a region prefix.");
    }

    /// <inheritdoc />
    public override string ToString() => $"CognitoIdentityPoolOptions {{ IdentityPoolId = {IdentityPoolId}, UserPoolId = {UserPoolId} }}";
}
