using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Corpus.TokenEndpointClient;

public sealed record OAuthTokens(string access_token, string? id_token, string? refresh_token, int expires_in);

// Talks to the hosted UI /oauth2/token endpoint directly (authorization code + client credentials).
public sealed class CognitoTokenEndpointClient
{
    private readonly HttpClient _http;
    private readonly string _tokenEndpoint;
    private readonly string _clientId;
    private readonly string _clientSecret;

    public CognitoTokenEndpointClient(HttpClient http, IConfiguration configuration)
    {
        _http = http;
        _tokenEndpoint = $"{configuration["Cognito:Domain"]}/oauth2/token";
        _clientId = configuration["Cognito:ClientId"] ?? throw new InvalidOperationException("Cognito:ClientId");
        _clientSecret = configuration["Cognito:ClientSecret"] ?? string.Empty;
    }

    public Task<OAuthTokens> ExchangeCodeAsync(string code, string redirectUri, string codeVerifier, CancellationToken ct = default) =>
        PostAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = _clientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = codeVerifier,
        }, ct);

    public Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct = default) =>
        PostAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = _clientId,
            ["refresh_token"] = refreshToken,
        }, ct);

    public Task<OAuthTokens> ClientCredentialsAsync(string scope, CancellationToken ct = default) =>
        PostAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = scope,
        }, ct);

    private async Task<OAuthTokens> PostAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        if (!string.IsNullOrEmpty(_clientSecret))
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_clientId}:{_clientSecret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        using var response = await _http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync(ct);
        return JsonSerializer.Deserialize<OAuthTokens>(json) ?? throw new InvalidOperationException("Empty token response");
    }
}
