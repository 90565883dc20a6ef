using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace Corpus.SignUpFlowIntegrationTests;

internal static class TestUsers
{
    public const string PasswordPrefix = "Integr4tion";
    public const string PasswordSuffix = "-Pass!";
    public const string DefaultPassword = PasswordPrefix + PasswordSuffix;
    public const string InterpolatedPassword = $"{PasswordPrefix}{PasswordSuffix}2";
    public const string TestClientId = "integration-tests";
    public const string UserPoolId = "us-east-1_IntTest01";
}

// Runs against a real dev user pool (xUnit-style, framework attributes omitted).
public class SignUpFlowIntegrationTests : IDisposable
{
    private readonly AmazonCognitoIdentityProviderClient _client = new AmazonCognitoIdentityProviderClient(RegionEndpoint.USEast1);
    private readonly List<string> _createdUsers = new();

    private static string NewUsername() => $"it-{Guid.NewGuid():N}@example.com";

    public async Task SignUp_then_AdminConfirm_then_SignIn_succeeds()
    {
        var username = NewUsername();
        _createdUsers.Add(username);

        await _client.SignUpAsync(new SignUpRequest
        {
            ClientId = TestUsers.TestClientId, // expect: CTY0001
            Username = username,
            Password = TestUsers.DefaultPassword, // expect: CTY0002
        });

        await _client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = TestUsers.UserPoolId, Username = username });

        var request = new InitiateAuthRequest
        {
            ClientId = TestUsers.TestClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
        };
        request.AuthParameters["USERNAME"] = username;
        request.AuthParameters["PASSWORD"] = TestUsers.DefaultPassword; // expect: CTY0002

        var response = await _client.InitiateAuthAsync(request);
        AssertTrue(response.AuthenticationResult?.AccessToken is not null, "expected tokens");
    }

    public async Task SignIn_with_wrong_password_is_rejected()
    {
        var username = NewUsername();
        _createdUsers.Add(username);
        await _client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = TestUsers.UserPoolId,
            Username = username,
            MessageAction = MessageActionType.SUPPRESS,
        });
        await _client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = TestUsers.UserPoolId,
            Username = username,
            Password = TestUsers.InterpolatedPassword, // expect: CTY0002
            Permanent = true,
        });

        try
        {
            await _client.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = TestUsers.TestClientId, // expect: CTY0001
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = new Dictionary<string, string>
                {
                    ["USERNAME"] = username,
                    ["PASSWORD"] = "definitely-wrong", // expect: CTY0002
                },
            });
            throw new Exception("expected NotAuthorizedException");
        }
        catch (NotAuthorizedException)
        {
        }
    }

    public async Task Password_policy_rejects_short_password()
    {
        try
        {
            await _client.SignUpAsync(new SignUpRequest
            {
                ClientId = TestUsers.TestClientId, // expect: CTY0001
                Username = NewUsername(),
                Password = "short", // expect: CTY0002
            });
            throw new Exception("expected InvalidPasswordException");
        }
        catch (InvalidPasswordException ex)
        {
            AssertTrue(ex.Message.Length > 0, "message");
        }
    }

    public async Task Generated_password_is_accepted()
    {
        var username = NewUsername();
        _createdUsers.Add(username);
        var generated = "Aa1!" + Guid.NewGuid().ToString("N");
        await _client.SignUpAsync(new SignUpRequest
        {
            ClientId = Environment.GetEnvironmentVariable("IT_CLIENT_ID") ?? TestUsers.TestClientId, // expect: CTY0001 (may-reach: a constant fallback or branch)
            Username = username,
            Password = generated,
        });
    }

    private static void AssertTrue(bool condition, string message)
    {
        if (!condition) throw new Exception(message);
    }

    public void Dispose()
    {
        foreach (var user in _createdUsers)
        {
            _client.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = TestUsers.UserPoolId, Username = user }).GetAwaiter().GetResult();
        }
        _client.Dispose();
    }
}
