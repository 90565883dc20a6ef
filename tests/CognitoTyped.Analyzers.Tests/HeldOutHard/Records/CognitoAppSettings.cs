using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Configuration;

namespace Hard.Records;

/// <summary>What the mobile backend needs to talk to Cognito; defaults are for the shared dev pool.</summary>
public sealed record CognitoAppSettings(
    string Region,
    string UserPoolId = "eu-central-1_D3vP00l42",
    string AppClient = "d3vm0b1lea1b2c3d4e5f6g7h8i") // expect: CTY0001
{
    public string? BackofficeClient { get; init; }
}

public sealed record SeedAccount(string Username, string Password);

public sealed class MobileBackend
{
    private readonly IAmazonCognitoIdentityProvider _cognito;

    public MobileBackend(IAmazonCognitoIdentityProvider cognito) => _cognito = cognito;

    public Task<InitiateAuthResponse> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        var settings = new CognitoAppSettings("eu-central-1");
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = settings.AppClient, // expect: CTY0001
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = { ["REFRESH_TOKEN"] = refreshToken },
        }, ct);
    }

    public Task<InitiateAuthResponse> BackofficeRefreshAsync(string refreshToken, CancellationToken ct)
    {
        var settings = new CognitoAppSettings("eu-central-1") with { BackofficeClient = "b4ck0ff1cea1b2c3d4e5f6g7h8" };
        return _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = settings.BackofficeClient, // expect: CTY0001
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = { ["REFRESH_TOKEN"] = refreshToken },
        }, ct);
    }

    public Task SeedAsync(string poolId, CancellationToken ct)
    {
        var seed = new SeedAccount("qa-seed@mobile.example", "Qa-Seed-Passw0rd!");
        return _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = poolId,
            Username = seed.Username,
            Password = seed.Password, // expect: CTY0002
            Permanent = true,
        }, ct);
    }
}

public sealed class ConfiguredMobileBackend
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly CognitoAppSettings _settings;

    public ConfiguredMobileBackend(IAmazonCognitoIdentityProvider cognito, IConfiguration configuration)
    {
        _cognito = cognito;
        _settings = new CognitoAppSettings(
            configuration["Cognito:Region"]!,
            configuration["Cognito:UserPoolId"]!,
            configuration["Cognito:AppClient"]!);
    }

    public Task<SignUpResponse> SignUpAsync(string email, string password, CancellationToken ct) =>
        _cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = _settings.AppClient,
            Username = email,
            Password = password,
        }, ct);
}
