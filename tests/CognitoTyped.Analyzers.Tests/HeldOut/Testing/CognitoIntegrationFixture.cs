using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using HeldOut.Shared;

namespace HeldOut.Testing;

/// <summary>Shared fixture for the integration test assembly (one per test run).</summary>
public sealed class CognitoIntegrationFixture : IAsyncDisposable
{
    public const string TemporaryPassword = "Integration-Temp1!";

    private readonly List<string> _createdUsers = new();

    public CognitoIntegrationFixture()
    {
        Environment.SetEnvironmentVariable("COGNITO_CLIENT_ID", "kgafrfw0h9nywt1fd4mx82mux4"); // expect: CTY0001
        Environment.SetEnvironmentVariable(CognitoDefaults.ClientSecretEnvironmentVariable, "gmqb37p2gwglcrh356rhhhzi8ooj3zkby07czdxvzpv1uz9du7j"); // expect: CTY0003
        Environment.SetEnvironmentVariable("COGNITO_USER_POOL_ID", "us-east-1_Q7xk2PzLm");
        Environment.SetEnvironmentVariable("AWS_REGION", "us-east-1");
        Environment.SetEnvironmentVariable("TEST_DB_PASSWORD", "postgres");
        Environment.SetEnvironmentVariable("LEGACY_CLIENT_ID", "replace-me");
        Cognito = new AmazonCognitoIdentityProviderClient(RegionEndpoint.USEast1);
    }

    public IAmazonCognitoIdentityProvider Cognito { get; }

    public static string PoolId => Environment.GetEnvironmentVariable("COGNITO_USER_POOL_ID")!;

    public static string PermanentPassword => CognitoDefaults.SmokeTestPassword;

    public async Task<string> CreateConfirmedUserAsync(string email)
    {
        await Cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = PoolId,
            Username = email,
            TemporaryPassword = TemporaryPassword, // expect: CTY0002
            MessageAction = MessageActionType.SUPPRESS,
        });
        await Cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = PoolId,
            Username = email,
            Password = PermanentPassword, // expect: CTY0002
            Permanent = true,
        });
        _createdUsers.Add(email);
        return email;
    }

    public async Task<string> CreateRandomUserAsync()
    {
        var email = $"it-{Guid.NewGuid():N}@example.com";
        await Cognito.SignUpAsync(new SignUpRequest
        {
            ClientId = Environment.GetEnvironmentVariable("COGNITO_CLIENT_ID"),
            Username = email,
            Password = $"It-{Guid.NewGuid():N}!Aa1",
        });
        _createdUsers.Add(email);
        return email;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _createdUsers)
        {
            await Cognito.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = PoolId, Username = user });
        }

        Cognito.Dispose();
    }
}
