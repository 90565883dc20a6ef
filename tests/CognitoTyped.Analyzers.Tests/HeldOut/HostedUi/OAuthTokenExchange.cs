using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut.HostedUi;

/// <summary>
/// Authorization-code exchange against the Cognito hosted UI's /oauth2/token endpoint.
/// Ported from the team's Python script; the variable names came along.
/// </summary>
public sealed class OAuthTokenExchange(HttpClient http)
{
    private const string Domain = "https://acme-auth.auth.us-east-1.amazoncognito.com";

    public static string AppSecret { get; } = "29uk32qoiv3p6mrtjjpu7wkpumqgkgmyjjtt1rmggrny3caz1o6"; // expect: CTY0003

    public async Task<string> ExchangeAsync(string code, Uri redirectUri, CancellationToken ct)
    {
        const string client_id = "fbcixgy29db8p5qa3e68f7e4qe"; // expect: CTY0001
        const string client_secret = "7msdaw5g5l5w6qksno5khf59guwgzzf1bxntq186kyo3i8cwu7j"; // expect: CTY0003

        using var request = new HttpRequestMessage(HttpMethod.Post, Domain + "/oauth2/token");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client_id}:{client_secret}")));
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
        });

        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task<string> ExchangeWithConfiguredClientAsync(string code, Uri redirectUri, string clientId, string clientSecret, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Domain + "/oauth2/token");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(clientId + ":" + clientSecret)));
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
        });

        using var response = await http.SendAsync(request, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public static Uri LoginUrl(string clientId, Uri redirectUri) =>
        new($"{Domain}/login?response_type=code&client_id={Uri.EscapeDataString(clientId)}&redirect_uri={Uri.EscapeDataString(redirectUri.ToString())}");
}
