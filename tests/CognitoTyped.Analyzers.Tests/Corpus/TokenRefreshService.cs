using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Options;

namespace Corpus.TokenRefreshService;

public sealed class CognitoAppClientOptions
{
    public string ClientId { get; set; } = string.Empty;
    public string? ClientSecret { get; set; }
    public TimeSpan RefreshSkew { get; set; } = TimeSpan.FromMinutes(5);
}

public sealed record TokenSet(string AccessToken, string IdToken, string RefreshToken, DateTimeOffset ExpiresAt);

public sealed class TokenRefreshService
{
    private const string RefreshTokenKey = "REFRESH_TOKEN";
    private const string SecretHashKey = "SECRET_HASH";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IOptionsMonitor<CognitoAppClientOptions> _options;

    public TokenRefreshService(IAmazonCognitoIdentityProvider cognito, IOptionsMonitor<CognitoAppClientOptions> options)
    {
        _cognito = cognito;
        _options = options;
    }

    public bool NeedsRefresh(TokenSet tokens) => tokens.ExpiresAt - _options.CurrentValue.RefreshSkew <= DateTimeOffset.UtcNow;

    public async Task<TokenSet> RefreshAsync(TokenSet current, string username, CancellationToken ct = default)
    {
        var options = _options.CurrentValue;
        var request = new InitiateAuthRequest
        {
            ClientId = options.ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { [RefreshTokenKey] = current.RefreshToken },
        };

        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            // With REFRESH_TOKEN_AUTH the hash uses the user's sub/username.
            request.AuthParameters[SecretHashKey] = Corpus.SecretHashHelper.CognitoHashCalculator.GetSecretHash(username, options.ClientId, options.ClientSecret);
        }

        var response = await _cognito.InitiateAuthAsync(request, ct);
        var result = response.AuthenticationResult;
        return new TokenSet(
            result.AccessToken,
            result.IdToken,
            result.RefreshToken ?? current.RefreshToken,
            DateTimeOffset.UtcNow.AddSeconds(result.ExpiresIn ?? 3600));
    }

    public Task RevokeAsync(TokenSet tokens, CancellationToken ct = default)
    {
        var options = _options.CurrentValue;
        return _cognito.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            Token = tokens.RefreshToken,
        }, ct);
    }
}
