using System.Net;
using System.Security.Cryptography;
using System.Text;
using CognitoTyped.Tests.Concurrency;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.Tests.Tokens;

/// <summary>
/// A fake JWKS endpoint: serves the public halves of the keys it is given at one URL, counts fetches,
/// and can be told to fail. Stands in for Cognito's /.well-known/jwks.json.
/// </summary>
public sealed class FakeJwksHttpMessageHandler(Uri jwksUri) : HttpMessageHandler
{
    private readonly Lock gate = new();
    private List<(string Kid, RSA Key)> keys = [];
    private int fetchCount;

    public int FetchCount => Volatile.Read(ref fetchCount);

    public HttpStatusCode? FailWith { get; set; }

    /// <summary>When set, holds each fetch until the test opens it, to keep concurrent callers inside one fetch.</summary>
    internal RequestGate? Gate { get; set; }

    public void Publish(params (string Kid, RSA Key)[] published)
    {
        lock (gate)
        {
            keys = [.. published];
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref fetchCount);
        if (request.Method != HttpMethod.Get || request.RequestUri != jwksUri)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        if (Gate is { } held)
        {
            await held.PassAsync(cancellationToken);
        }

        if (FailWith is { } status)
        {
            return new HttpResponseMessage(status) { RequestMessage = request };
        }

        string json;
        lock (gate)
        {
            json = Jwks(keys);
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>The JWKS document this handler serves for <paramref name="published"/>, as Cognito writes one.</summary>
    public static string Jwks(IEnumerable<(string Kid, RSA Key)> published) =>
        "{\"keys\":[" + string.Join(",", published.Select(k => Jwk(k.Kid, k.Key))) + "]}";

    private static string Jwk(string kid, RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return $$"""{"alg":"RS256","e":"{{Base64UrlEncoder.Encode(parameters.Exponent)}}","kid":"{{kid}}","kty":"RSA","n":"{{Base64UrlEncoder.Encode(parameters.Modulus)}}","use":"sig"}""";
    }
}
