using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped;

/// <summary>
/// Settings of a generated admin client (<c>{Pool}AdminClient</c>): the pool it manages and how its calls, signed with AWS
/// credentials, reach the service.
/// </summary>
public sealed class CognitoAdminOptions
{
    /// <summary>The AWS region, e.g. <c>eu-west-1</c>. Null: taken from <see cref="UserPoolId"/> (<c>eu-west-1_AbC</c>).</summary>
    public string? Region { get; set; }

    /// <summary>The ID of the user pool the client manages, e.g. <c>eu-west-1_AbCdEf123</c>. Required.</summary>
    public string? UserPoolId { get; set; }

    /// <summary>Overrides the endpoint, e.g. <c>http://127.0.0.1:9229</c> for cognito-local.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>
    /// The AWS credentials that sign every call. Null: AWSSDK.Core's default chain (environment, profile, container,
    /// instance) is asked the first time a call is made.
    /// </summary>
    public AWSCredentials? Credentials { get; set; }

    /// <summary>How long one attempt may take before it is abandoned (and retried when that is safe). Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The retry policy.</summary>
    public CognitoRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Allows a plain <c>http://</c> <see cref="ServiceUrl"/> that is not loopback. <b>Insecure</b>: passwords and attributes
    /// then cross the network in clear text. Only for emulators reached by name, never in production. Default false.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Where the client logs (never a password or attribute value). Default <see cref="NullLoggerFactory.Instance"/>.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Where the client gets its <see cref="HttpClient"/> for each request when none is passed to its constructor (the named
    /// client <c>CognitoTyped.cognito-idp</c>); null (the default) creates one client per admin client.
    /// </summary>
    public System.Net.Http.IHttpClientFactory? HttpClientFactory { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"CognitoAdminOptions {{ Region = {Region}, UserPoolId = {UserPoolId}, ServiceUrl = {ServiceUrl} }}";

    /// <summary>The options of the low-level client underneath; the region comes from the pool ID when not set.</summary>
    internal CognitoServiceClientOptions ToServiceClientOptions() => new()
    {
        Region = string.IsNullOrWhiteSpace(Region) ? CognitoClientOptions.RegionFromPoolId(UserPoolId) : Region,
        ServiceUrl = ServiceUrl,
        Credentials = Credentials,
        RequestTimeout = RequestTimeout,
        Retry = Retry,
        AllowInsecureHttp = AllowInsecureHttp,
        LoggerFactory = LoggerFactory,
        HttpClientFactory = HttpClientFactory,
    };
}
