using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace CognitoTyped.Protocol;

/// <summary>
/// How a request is signed before it is sent. The generated method of a signed operation hands the transport
/// <see cref="SigV4Signing.Instance"/>, an unsigned operation's hands it nothing, and the transport itself never names SigV4 or
/// AWS's credential resolution: Native AOT and the trimmer keep an override only of a type something makes, so an app that
/// calls no signed operation (one that only signs users in) carries neither. That is about 2 MB of such an app's binary
/// (AWSSDK.Core's default credential chain with its profile files, XML and regular expressions; docs/performance.md).
/// </summary>
internal abstract class RequestSigning
{
    /// <summary>Signs <paramref name="message"/>, whose body is <paramref name="payload"/>, for <paramref name="transport"/>'s endpoint.</summary>
    internal abstract ValueTask SignAsync(HttpRequestMessage message, ArraySegment<byte> payload, AwsJsonTransport transport);
}

/// <summary>
/// SigV4 with the credentials of the client's options (<see cref="CognitoServiceClientOptions.Credentials"/>), else those AWS's
/// default chain finds (environment, profile, SSO, container or instance role).
/// </summary>
internal sealed class SigV4Signing : RequestSigning
{
    /// <summary>The one instance: it holds nothing; the transport holds the signing key it derives.</summary>
    internal static readonly SigV4Signing Instance = new();

    private SigV4Signing()
    {
    }

    internal override ValueTask SignAsync(HttpRequestMessage message, ArraySegment<byte> payload, AwsJsonTransport transport)
    {
        var credentials = (transport.Options.Credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials()).GetCredentialsAsync();
        if (!credentials.IsCompletedSuccessfully)
        {
            return SignWhenResolvedAsync(message, payload, transport, credentials);
        }

        // Static and cached credentials are at hand: no state machine for them.
        Sign(message, payload, transport, credentials.Result);
        return default;
    }

    private static async ValueTask SignWhenResolvedAsync(HttpRequestMessage message, ArraySegment<byte> payload, AwsJsonTransport transport, Task<ImmutableCredentials> credentials)
        => Sign(message, payload, transport, await credentials.ConfigureAwait(false));

    private static void Sign(HttpRequestMessage message, ArraySegment<byte> payload, AwsJsonTransport transport, ImmutableCredentials credentials)
        => SigV4RequestSigner.Sign(message, payload, credentials, transport.Endpoint.Region, transport.Endpoint.SigningName, transport.UtcNow, transport.SigningKeys);
}
