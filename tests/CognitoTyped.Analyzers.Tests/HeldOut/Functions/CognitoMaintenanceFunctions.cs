using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HeldOut.Functions;

/// <summary>Azure Functions (isolated worker) that look after a Cognito user pool.</summary>
public sealed class CognitoMaintenanceFunctions
{
    private const string CanaryPassword = "Canary!Public#9";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;
    private readonly ILogger<CognitoMaintenanceFunctions> _logger;

    public CognitoMaintenanceFunctions(
        IAmazonCognitoIdentityProvider cognito,
        IConfiguration configuration,
        ILogger<CognitoMaintenanceFunctions> logger)
    {
        _cognito = cognito;
        _configuration = configuration;
        _logger = logger;
    }

    [Function("StaleUserCleanup")]
    public async Task CleanupAsync([TimerTrigger("0 0 3 * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var poolId = _configuration["Cognito:UserPoolId"];
        string? token = null;
        do
        {
            var page = await _cognito.ListUsersAsync(new ListUsersRequest
            {
                UserPoolId = poolId,
                Filter = "status = \"Disabled\"",
                PaginationToken = token,
            }, cancellationToken);

            foreach (var user in page.Users)
            {
                if (user.UserLastModifiedDate < DateTime.UtcNow.AddDays(-180))
                {
                    await _cognito.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = poolId, Username = user.Username }, cancellationToken);
                }
            }

            token = page.PaginationToken;
        }
        while (token is not null);
    }

    [Function("CognitoCanary")]
    public async Task CanaryAsync([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        var admin = await _cognito.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = _configuration["Cognito:UserPoolId"],
            ClientId = _configuration["Cognito:ClientId"] ?? "canary-fallback", // expect: CTY0001 (may-reach: a constant fallback or branch)
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                ["USERNAME"] = "canary@ops.example.com",
                ["PASSWORD"] = Environment.GetEnvironmentVariable("CANARY_PASSWORD") ?? "Canary!2024", // expect: CTY0002 (may-reach: a constant fallback or branch)
            },
        }, cancellationToken);

        var publicClient = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = "canary-public-client", // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                { "USERNAME", "canary-public@ops.example.com" },
                { "PASSWORD", CanaryPassword }, // expect: CTY0002
            },
        }, cancellationToken);

        _logger.LogInformation(
            "Canary ok (admin={Admin}, public={Public}) for client {ClientId}",
            admin.AuthenticationResult is not null,
            publicClient.AuthenticationResult is not null,
            Mask(_configuration["Cognito:ClientId"]));
    }

    private static string Mask(string? value) =>
        string.IsNullOrEmpty(value) || value.Length < 6 ? "***" : value[..4] + "…";
}
