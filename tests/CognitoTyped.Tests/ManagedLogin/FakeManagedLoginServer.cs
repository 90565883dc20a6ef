using System.Net;
using System.Security.Cryptography;
using System.Text;
using CognitoTyped.Tests.Tokens;

namespace CognitoTyped.Tests.ManagedLogin;

/// <summary>
/// A fake managed login domain (named as one): serves the pool's JWKS and answers /oauth2/token, /oauth2/revoke and
/// /oauth2/userInfo from a script, recording every request. For what cognito-local lacks (revoke, userInfo, nonce) and
/// for answers no real peer gives on demand (garbage, a reset connection).
/// </summary>
internal sealed class FakeManagedLoginServer : HttpMessageHandler
{
    public static readonly Uri Domain = new("https://contoso.auth.eu-west-1.amazoncognito.com");

    private readonly List<Recorded> requests = [];

    public FakeManagedLoginServer(RSA poolKey)
    {
        PoolKey = poolKey;
    }

    public RSA PoolKey { get; }

    public Func<Recorded, HttpResponseMessage> Respond { get; set; } = _ => Json(HttpStatusCode.NotFound, """{"error":"not_found"}""");

    public IReadOnlyList<Recorded> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>The requests other than the JWKS fetches.</summary>
    public IReadOnlyList<Recorded> OAuthRequests => [.. Requests.Where(r => !r.Uri.AbsolutePath.EndsWith("jwks.json", StringComparison.Ordinal))];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new Recorded(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, request.Content?.Headers.ContentType?.MediaType);
        lock (requests)
        {
            requests.Add(recorded);
        }

        if (request.RequestUri == TestTokens.JwksUri)
        {
            return Json(HttpStatusCode.OK, FakeJwksHttpMessageHandler.Jwks([("key-1", PoolKey)]));
        }

        return Respond(recorded);
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A token endpoint answer with these tokens.</summary>
    public static HttpResponseMessage Tokens(string idToken, string accessToken = "access-token-value", string? refreshToken = "refresh-token-value") =>
        Json(HttpStatusCode.OK, $$"""{"id_token":"{{idToken}}","access_token":"{{accessToken}}"{{(refreshToken is null ? "" : $",\"refresh_token\":\"{refreshToken}\"")}},"token_type":"Bearer","expires_in":3600}""");

    internal sealed record Recorded(HttpMethod Method, Uri Uri, string? Authorization, string Body, string? ContentType)
    {
        public Dictionary<string, string> Form => Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')), StringComparer.Ordinal);
    }
}
