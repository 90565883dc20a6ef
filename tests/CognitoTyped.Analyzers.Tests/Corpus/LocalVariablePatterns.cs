using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;

namespace Corpus.LocalVariablePatterns;

// Scratch code from a support engineer reproducing a customer issue.
public class ReproScript
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly IConfiguration _configuration;
    private readonly string _supportClientId;
    private readonly string _configuredClientId;

    public ReproScript(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _configuration = configuration;
        _supportClientId = "support-repro";
        _configuredClientId = "unset";
        if (configuration["Repro:ClientId"] is { Length: > 0 } fromConfig)
        {
            _configuredClientId = fromConfig;
        }
    }

    private string ReproPassword => "Repr0-Passw0rd!";

    public async Task RunAsync()
    {
        const string clientId = "xtplpft75v2seh60kvj50ce9uv"; // expect: CTY0001
        var username = "repro-user@example.com";
        var password = "Repr0-Passw0rd!";

        await _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = clientId, // expect: CTY0001
            Username = username,
            Password = password, // expect: CTY0002
        });

        var authParameters = new Dictionary<string, string>
        {
            ["USERNAME"] = username,
        };
        authParameters["PASSWORD"] = ReproPassword; // expect: CTY0002

        await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _supportClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = authParameters,
        });
    }

    public async Task RunWithConfiguredClientAsync(string passwordFromCli)
    {
        var password = "initial";
        if (!string.IsNullOrEmpty(passwordFromCli))
        {
            password = passwordFromCli;
        }

        var localClientId = "dev-client";
        localClientId = _configuration["Repro:OverrideClientId"] ?? localClientId;

        await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = _configuredClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = "repro-user@example.com", ["PASSWORD"] = password },
        });

        await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = localClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = "repro-user@example.com", ["PASSWORD"] = Console.ReadLine() ?? string.Empty },
        });
    }

    public Task RunWithNameofAsync(string username)
    {
        var request = new AdminSetUserPasswordRequest
        {
            UserPoolId = _configuration[nameof(AdminSetUserPasswordRequest.UserPoolId)],
            Username = username,
            Password = nameof(ReproPassword),
        };
        return _cognito.AdminSetUserPasswordAsync(request);
    }
}
