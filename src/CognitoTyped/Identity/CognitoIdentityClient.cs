using CognitoTyped.Protocol;

namespace CognitoTyped.Identity;

/// <summary>
/// The low-level client of Amazon Cognito identity pools (<c>cognito-identity</c>): GetId, GetCredentialsForIdentity,
/// GetOpenIdToken. Most code uses <see cref="CognitoIdentityPool"/> or the generated identity-pool class instead.
/// </summary>
public sealed partial class CognitoIdentityClient : IDisposable
{
    private readonly AwsJsonTransport _transport;

    /// <summary>Creates the client.</summary>
    /// <param name="options">Region, endpoint override, timeout and retries.</param>
    /// <param name="httpClient">An <see cref="HttpClient"/> to send with; null creates one the client owns.</param>
    public CognitoIdentityClient(CognitoServiceClientOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _transport = new AwsJsonTransport(
            AwsServiceEndpoint.For(AwsServiceEndpoint.IdentitySigningName, AwsServiceEndpoint.IdentityTargetPrefix, options),
            options,
            httpClient);
    }

    internal CognitoIdentityClient(AwsJsonTransport transport) => _transport = transport;

    /// <summary>The URL this client calls.</summary>
    public Uri ServiceUrl => _transport.Endpoint.Url;

    /// <summary>Disposes the <see cref="HttpClient"/> when the client created it.</summary>
    public void Dispose() => _transport.Dispose();
}
