using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hard2.Workers;

/// <summary>Keeps a machine account signed in for the nightly export; rotates its tokens every 45 minutes.</summary>
public sealed class TokenRotationWorker : BackgroundService
{
    private const string ExportAccount = "export-bot@ops.example";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;
    private readonly ILogger<TokenRotationWorker> _logger;
    private string? _refreshToken;

    public TokenRotationWorker(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration, ILogger<TokenRotationWorker> logger)
    {
        _cognito = cognito;
        _configuration = configuration;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clientId = _configuration["Export:ClientId"];
        if (string.IsNullOrEmpty(clientId))
        {
            clientId = "3xp0rtb0ta1b2c3d4e5f6g7h8i"; // expect: CTY0001
        }

        var password = _configuration["Export:Password"] ?? "Exp0rt-B0t-Nightly!";
        var first = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                ["USERNAME"] = ExportAccount,
                ["PASSWORD"] = password, // expect: CTY0002
            },
        }, stoppingToken);

        _refreshToken = first.AuthenticationResult?.RefreshToken;
        _logger.LogInformation("Export bot signed in; refresh token {Token}", _refreshToken); // expect: CTY0005

        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMinutes(45), stoppingToken);
            var refreshed = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = clientId, // expect: CTY0001
                AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
                AuthParameters = { ["REFRESH_TOKEN"] = _refreshToken! },
            }, stoppingToken);
            var tokens = refreshed.AuthenticationResult;
            _logger.LogDebug("Rotated: access {Access}, expires in {Seconds}", tokens?.AccessToken, tokens?.ExpiresIn); // expect: CTY0005
            _logger.LogDebug("Rotated for {Account}", ExportAccount);
        }
    }
}
