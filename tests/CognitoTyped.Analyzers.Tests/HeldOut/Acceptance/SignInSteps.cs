using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using TechTalk.SpecFlow;

namespace HeldOut.Acceptance;

/// <summary>Step definitions for Features/SignIn.feature.</summary>
[Binding]
public sealed class SignInSteps
{
    private const string TestClientId = "gvq4k7bn7xj8b7tfq7xkwo886v"; // expect: CTY0001
    private const string PoolId = "us-east-1_Acc3ptance";
    private const string AdminPasswordStem = "Acc3ptance";
    private const string AdminPasswordYear = "2024";
    private static readonly string AdminPassword = $"{AdminPasswordStem}#{AdminPasswordYear}";

    private readonly ScenarioContext _scenario;
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private InitiateAuthResponse? _response;
    private RespondToAuthChallengeResponse? _challengeResponse;
    private Exception? _error;

    public SignInSteps(ScenarioContext scenario, IAmazonCognitoIdentityProvider cognito)
    {
        _scenario = scenario;
        _cognito = cognito;
    }

    [Given(@"a confirmed user ""(.*)"" with password ""(.*)""")]
    public async Task GivenAConfirmedUser(string username, string password)
    {
        _scenario["username"] = username;
        await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = PoolId,
            Username = username,
            TemporaryPassword = password,
            MessageAction = MessageActionType.SUPPRESS,
        });
        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = PoolId,
            Username = username,
            Password = password,
            Permanent = true,
        });
    }

    [Given(@"the seeded admin user")]
    public async Task GivenTheSeededAdminUser()
    {
        _scenario["username"] = "admin@acceptance.test";
        await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = PoolId,
            Username = "admin@acceptance.test",
            TemporaryPassword = "Adm1n-Temp!", // expect: CTY0002
            MessageAction = MessageActionType.SUPPRESS,
        });
        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = PoolId,
            Username = "admin@acceptance.test",
            Password = AdminPassword, // expect: CTY0002
            Permanent = true,
        });
    }

    [When(@"they sign in with password ""(.*)""")]
    public async Task WhenTheySignIn(string password)
    {
        _response = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = TestClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                ["USERNAME"] = (string)_scenario["username"],
                ["PASSWORD"] = password,
            },
        });
    }

    [When(@"they sign in with the wrong password")]
    public async Task WhenTheySignInWithTheWrongPassword()
    {
        try
        {
            await _cognito.InitiateAuthAsync(new InitiateAuthRequest
            {
                ClientId = TestClientId, // expect: CTY0001
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = new Dictionary<string, string>
                {
                    ["USERNAME"] = (string)_scenario["username"],
                    ["PASSWORD"] = "definitely-wrong", // expect: CTY0002
                },
            });
        }
        catch (NotAuthorizedException ex)
        {
            _error = ex;
        }
    }

    [When(@"they complete the new password challenge")]
    public async Task WhenTheyCompleteTheNewPasswordChallenge()
    {
        _challengeResponse = await _cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = TestClientId, // expect: CTY0001
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = _response!.Session,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = (string)_scenario["username"],
                ["NEW_PASSWORD"] = "Acceptance#New1", // expect: CTY0002
            },
        });
    }

    [Then(@"they receive tokens")]
    public void ThenTheyReceiveTokens()
    {
        var result = _challengeResponse?.AuthenticationResult ?? _response?.AuthenticationResult;
        if (result?.AccessToken is null)
        {
            throw new InvalidOperationException("no tokens");
        }
    }

    [Then(@"the error mentions ""(.*)""")]
    public void ThenTheErrorMentions(string text)
    {
        if (_error?.Message.Contains(text, StringComparison.OrdinalIgnoreCase) != true)
        {
            throw new InvalidOperationException($"expected error containing '{text}'");
        }
    }

    [Then(@"the password ""(.*)"" is rejected by policy")]
    public void ThenThePasswordIsRejectedByPolicy(string candidate)
    {
        var weak = new[] { "password", "12345678", "qwerty123" };
        if (!weak.Contains(candidate) && candidate.Length >= 8)
        {
            throw new InvalidOperationException($"'{candidate}' was expected to be weak");
        }
    }
}
