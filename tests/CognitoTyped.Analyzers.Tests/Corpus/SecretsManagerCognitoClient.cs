using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using Amazon.SecretsManager;
using Amazon.SecretsManager.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace Corpus.SecretsManagerCognitoClient;

public sealed class CognitoClientCredentials
{
    public string UserPoolId { get; init; } = string.Empty;
    public string ClientId { get; init; } = string.Empty;
    public string ClientSecret { get; init; } = string.Empty;
}

// Loads the app client credentials from Secrets Manager / Parameter Store at startup.
public sealed class SecureCognitoClientFactory
{
    private const string SecretId = "prod/storefront/cognito";
    private const string ClientIdParameter = "/storefront/cognito/client_id";

    private readonly IAmazonSecretsManager _secrets;
    private readonly IAmazonSimpleSystemsManagement _ssm;
    private readonly IAmazonCognitoIdentityProvider _provider;

    public SecureCognitoClientFactory(IAmazonSecretsManager secrets, IAmazonSimpleSystemsManagement ssm, IAmazonCognitoIdentityProvider provider)
    {
        _secrets = secrets;
        _ssm = ssm;
        _provider = provider;
    }

    public async Task<CognitoClientCredentials> LoadAsync(CancellationToken ct = default)
    {
        var secret = await _secrets.GetSecretValueAsync(new GetSecretValueRequest { SecretId = SecretId, VersionStage = "AWSCURRENT" }, ct);
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(secret.SecretString)
            ?? throw new InvalidOperationException("Secret is empty");

        return new CognitoClientCredentials
        {
            UserPoolId = values["UserPoolId"],
            ClientId = values["ClientId"],
            ClientSecret = values["ClientSecret"],
        };
    }

    public async Task<CognitoUserPool> CreatePoolAsync(CancellationToken ct = default)
    {
        var credentials = await LoadAsync(ct);
        return new CognitoUserPool(credentials.UserPoolId, credentials.ClientId, _provider, credentials.ClientSecret);
    }

    public async Task<string> GetClientIdFromParameterStoreAsync(CancellationToken ct = default)
    {
        var response = await _ssm.GetParameterAsync(new GetParameterRequest { Name = ClientIdParameter, WithDecryption = true }, ct);
        return response.Parameter.Value;
    }

    public async Task<SignUpResponse> SignUpAsync(string email, string password, CancellationToken ct = default)
    {
        var clientId = await GetClientIdFromParameterStoreAsync(ct);
        return await _provider.SignUpAsync(new SignUpRequest
        {
            ClientId = clientId,
            Username = email,
            Password = password,
        }, ct);
    }

    public async Task RevokeAsync(string token, CancellationToken ct = default)
    {
        var credentials = await LoadAsync(ct);
        await _provider.RevokeTokenAsync(new RevokeTokenRequest
        {
            ClientId = credentials.ClientId,
            ClientSecret = credentials.ClientSecret,
            Token = token,
        }, ct);
    }
}
