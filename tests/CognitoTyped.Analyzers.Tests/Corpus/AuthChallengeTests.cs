using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace Corpus.AuthChallengeTests;

// NUnit-style fixture (attributes omitted). Covers the NEW_PASSWORD_REQUIRED flow for invited users.
public class NewPasswordRequiredTests
{
    private const string UserPoolId = "us-west-2_Ch4llng3s";
    private const string ClientId = "challenge-tests-client";
    private const string InvitedUser = "invited@example.com";
    private const string TemporaryPassword = "TempPass#1";
    private const string FinalPassword = "FinalPass#1";

    private readonly IAmazonCognitoIdentityProvider _cognito = new AmazonCognitoIdentityProviderClient();

    public async Task SetUp()
    {
        await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = UserPoolId,
            Username = InvitedUser,
            TemporaryPassword = TemporaryPassword, // expect: CTY0002
            MessageAction = MessageActionType.SUPPRESS,
        });
    }

    public async Task Invited_user_must_set_new_password()
    {
        var auth = await _cognito.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = UserPoolId,
            ClientId = ClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters =
            {
                { "USERNAME", InvitedUser },
                { "PASSWORD", TemporaryPassword }, // expect: CTY0002
            },
        });

        if (auth.ChallengeName != ChallengeNameType.NEW_PASSWORD_REQUIRED)
        {
            throw new Exception($"Expected NEW_PASSWORD_REQUIRED but got {auth.ChallengeName}");
        }

        var challenge = await _cognito.AdminRespondToAuthChallengeAsync(new AdminRespondToAuthChallengeRequest
        {
            UserPoolId = UserPoolId,
            ClientId = ClientId, // expect: CTY0001
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = auth.Session,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = InvitedUser,
                ["NEW_PASSWORD"] = FinalPassword, // expect: CTY0002
                ["userAttributes.name"] = "Invited User",
            },
        });

        if (challenge.AuthenticationResult is null)
        {
            throw new Exception("Expected tokens after setting the new password");
        }
    }

    public async Task Public_client_flow_sets_new_password()
    {
        var auth = await _cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = { ["USERNAME"] = InvitedUser, ["PASSWORD"] = FinalPassword }, // expect: CTY0002
        });

        var respond = new RespondToAuthChallengeRequest
        {
            ClientId = ClientId, // expect: CTY0001
            ChallengeName = auth.ChallengeName,
            Session = auth.Session,
        };
        respond.ChallengeResponses.Add("USERNAME", InvitedUser);
        respond.ChallengeResponses.Add("NEW_PASSWORD", "Another-Final#2"); // expect: CTY0002
        await _cognito.RespondToAuthChallengeAsync(respond);
    }

    public async Task Mfa_challenge_is_answered_with_code(string totp)
    {
        var respond = new RespondToAuthChallengeRequest
        {
            ClientId = Environment.GetEnvironmentVariable("CHALLENGE_CLIENT_ID"),
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = "session-from-previous-step",
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = InvitedUser,
                ["SOFTWARE_TOKEN_MFA_CODE"] = totp,
                ["SECRET_HASH"] = "bm90LWEtcmVhbC1oYXNoLWp1c3QtYS10ZXN0LXZhbHVl",
            },
        };
        await _cognito.RespondToAuthChallengeAsync(respond);
    }
}
