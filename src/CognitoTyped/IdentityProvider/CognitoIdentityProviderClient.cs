using CognitoTyped.Protocol;

namespace CognitoTyped.IdentityProvider;

/// <summary>
/// The low-level client of Amazon Cognito user pools (<c>cognito-idp</c>): one method per operation, requests and
/// responses named as AWS names them. User operations are unsigned; admin operations are signed with AWS credentials.
/// Most code uses the generated typed clients instead.
/// </summary>
public sealed partial class CognitoIdentityProviderClient : IDisposable
{
    private readonly AwsJsonTransport _transport;

    /// <summary>Creates the client.</summary>
    /// <param name="options">Region, endpoint override, credentials for admin calls, timeout and retries.</param>
    /// <param name="httpClient">An <see cref="HttpClient"/> to send with (e.g. from IHttpClientFactory); null creates one the client owns.</param>
    public CognitoIdentityProviderClient(CognitoServiceClientOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _transport = new AwsJsonTransport(
            AwsServiceEndpoint.For(AwsServiceEndpoint.IdentityProviderSigningName, AwsServiceEndpoint.IdentityProviderTargetPrefix, options),
            options,
            httpClient);
    }

    internal CognitoIdentityProviderClient(AwsJsonTransport transport) => _transport = transport;

    internal AwsJsonTransport Transport => _transport;

    /// <summary>The URL this client calls.</summary>
    public Uri ServiceUrl => _transport.Endpoint.Url;

    /// <summary>The region this client signs for.</summary>
    public string Region => _transport.Endpoint.Region;

    /// <summary>Disposes the <see cref="HttpClient"/> when the client created it.</summary>
    public void Dispose() => _transport.Dispose();
}
