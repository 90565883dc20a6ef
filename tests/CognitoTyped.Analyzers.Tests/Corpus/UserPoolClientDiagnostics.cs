using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Logging;

namespace Corpus.UserPoolClientDiagnostics;

// Ops tool: prints app client settings and fixes the allowed auth flows.
public class UserPoolClientDiagnostics
{
    private const string UserPoolId = "us-east-1_0psT00lz9";

    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly ILogger<UserPoolClientDiagnostics> _logger;

    public UserPoolClientDiagnostics(IAmazonCognitoIdentityProvider cognito, ILogger<UserPoolClientDiagnostics> logger)
    {
        _cognito = cognito;
        _logger = logger;
    }

    public async Task DumpAsync()
    {
        var response = await _cognito.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest
        {
            UserPoolId = UserPoolId,
            ClientId = "ogfqrclri1qzj865ufrdl1erbf", // expect: CTY0001
        });

        var client = response.UserPoolClient;
        _logger.LogInformation("Client {ClientId} ({ClientName}) has secret: {HasSecret}",
            client.ClientId, client.ClientName, !string.IsNullOrEmpty(client.ClientSecret));
    }

    public async Task FixAuthFlowsAsync()
    {
        var appClientId = "storefront-web";
        var update = new UpdateUserPoolClientRequest
        {
            UserPoolId = UserPoolId,
            ClientId = appClientId, // expect: CTY0001
            ClientName = "storefront-web",
            ExplicitAuthFlows = new List<string>
            {
                ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH.Value,
                ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH.Value,
            },
            RefreshTokenValidity = 30,
        };
        await _cognito.UpdateUserPoolClientAsync(update);
    }

    public async Task DescribeAllAsync(IEnumerable<string> clientIds)
    {
        foreach (var clientId in clientIds)
        {
            var response = await _cognito.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest
            {
                UserPoolId = UserPoolId,
                ClientId = clientId,
            });
            Console.WriteLine($"{clientId}: {response.UserPoolClient.ClientName}");
        }
    }

    public async Task ListUsersAsync()
    {
        var response = await _cognito.ListUsersAsync(new ListUsersRequest
        {
            UserPoolId = UserPoolId,
            Filter = "email ^= \"test\"",
            Limit = 60,
        });
        foreach (var user in response.Users)
        {
            _logger.LogInformation("{User} {Status}", user.Username, user.UserStatus);
        }
    }
}
