using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoTyped;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HeldOut.Workers;

public sealed record StoredSession(string UserId, string RefreshToken, DateTimeOffset ExpiresAt);

public interface ISessionStore
{
    IAsyncEnumerable<StoredSession> ExpiringSessionsAsync(CancellationToken cancellationToken);
    IAsyncEnumerable<StoredSession> RevokedSessionsAsync(CancellationToken cancellationToken);
    Task SaveAsync(string userId, AuthenticationResultType result, CancellationToken cancellationToken);
}

/// <summary>Keeps long-lived device sessions fresh and revokes the ones users signed out of.</summary>
public sealed class TokenRefreshWorker : BackgroundService
{
    // The revocation client is a confidential client created only for this worker.
    private const string RevocationClientId = "saj08xui6d39zzzzg4zdmen2kh"; // expect: CTY0001
    private const string RevocationClientSecret = "uhy39t0tp1yx262lba53p23l4zgeiw1xf266ccifu6fd6yibehm"; // expect: CTY0003

    private readonly IOptionsMonitor<CognitoClientOptions> _options;
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly ISessionStore _store;

    public TokenRefreshWorker(IOptionsMonitor<CognitoClientOptions> options, IAmazonCognitoIdentityProvider cognito, ISessionStore store)
    {
        _options = options;
        _cognito = cognito;
        _store = store;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var options = _options.CurrentValue;
            await foreach (var session in _store.ExpiringSessionsAsync(stoppingToken))
            {
                var response = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
                {
                    ClientId = options.ClientId,
                    AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
                    AuthParameters = new()
                    {
                        ["REFRESH_TOKEN"] = session.RefreshToken,
                        ["SECRET_HASH"] = "ignored-for-refresh",
                    },
                }, stoppingToken);
                await _store.SaveAsync(session.UserId, response.AuthenticationResult, stoppingToken);
            }

            await foreach (var revoked in _store.RevokedSessionsAsync(stoppingToken))
            {
                await RevokeAsync(revoked.RefreshToken, stoppingToken);
            }

            await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
        }
    }

    private Task<RevokeTokenResponse> RevokeAsync(string refreshToken, CancellationToken ct) =>
        _cognito.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = RevocationClientId, // expect: CTY0001
            ClientSecret = RevocationClientSecret, // expect: CTY0003
            Token = refreshToken,
        }, ct);

    private Task<GetTokensFromRefreshTokenResponse> RefreshConfidentialAsync(string refreshToken, CancellationToken ct) =>
        _cognito.GetTokensFromRefreshTokenAsync(new GetTokensFromRefreshTokenRequest
        {
            ClientId = _options.CurrentValue.ClientId,
            ClientSecret = _options.CurrentValue.ClientSecret ?? RevocationClientSecret, // expect: CTY0003 (may-reach: a constant fallback or branch)
            RefreshToken = refreshToken,
        }, ct);
}
