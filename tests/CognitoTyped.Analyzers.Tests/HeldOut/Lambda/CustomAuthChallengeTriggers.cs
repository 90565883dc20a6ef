using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Lambda.CognitoEvents;
using CognitoTyped;
using HeldOut.Shared;
using Microsoft.Extensions.Options;

namespace HeldOut.Lambda.CustomAuth;

/// <summary>Passwordless e-mail OTP: Define / Create / Verify triggers.</summary>
public static class CustomAuthChallengeTriggers
{
    // App Store review account: always receives this code instead of an e-mail.
    private const string ReviewerUser = "appstore-reviewer";
    private const string ReviewerCode = "424242";

    public static CognitoDefineAuthChallengeEvent Define(CognitoDefineAuthChallengeEvent input)
    {
        var session = input.Request.Session;
        if (session.Count > 0 && session.Last().ChallengeResult)
        {
            input.Response.IssueTokens = true;
            input.Response.FailAuthentication = false;
        }
        else if (session.Count >= 3)
        {
            input.Response.FailAuthentication = true;
        }
        else
        {
            input.Response.ChallengeName = "CUSTOM_CHALLENGE";
        }

        return input;
    }

    public static CognitoCreateAuthChallengeEvent Create(CognitoCreateAuthChallengeEvent input)
    {
        var code = input.UserName == ReviewerUser
            ? ReviewerCode
            : RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        input.Response.PrivateChallengeParameters["answer"] = code;
        input.Response.PublicChallengeParameters["delivery"] = "email";
        input.Response.ChallengeMetadata = "EMAIL_OTP";
        return input;
    }

    public static CognitoVerifyAuthChallengeEvent Verify(CognitoVerifyAuthChallengeEvent input)
    {
        var expected = input.Request.PrivateChallengeParameters["answer"];
        input.Response.AnswerCorrect = string.Equals(expected, input.Request.ChallengeAnswer, StringComparison.Ordinal);
        return input;
    }
}

/// <summary>Client side of the same flow, used by the web BFF.</summary>
public sealed class PasswordlessClient(IAmazonCognitoIdentityProvider cognito, IOptions<CognitoClientOptions> options)
{
    public async Task<string> StartAsync(string email)
    {
        var response = await cognito.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = options.Value.ClientId,
            AuthFlow = AuthFlowType.CUSTOM_AUTH,
            AuthParameters = { ["USERNAME"] = email },
        });
        return response.Session;
    }

    public Task<RespondToAuthChallengeResponse> AnswerAsync(string email, string session, string code) =>
        cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = options.Value.ClientId,
            ChallengeName = ChallengeNameType.CUSTOM_CHALLENGE,
            Session = session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = email, ["ANSWER"] = code },
        });

    /// <summary>Step-up: password first (no SRP), then the e-mail code.</summary>
    public Task<RespondToAuthChallengeResponse> AnswerPasswordStepAsync(string email, string session, string password) =>
        cognito.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = options.Value.ClientId,
            ChallengeName = ChallengeNameType.PASSWORD_VERIFIER,
            Session = session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = email, ["PASSWORD"] = password },
        });
}

public static class ReviewerAccess
{
    public static Task<AdminInitiateAuthResponse> SignInReviewerAsync(IAmazonCognitoIdentityProvider cognito) =>
        cognito.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            ClientId = CognitoPlaceholders.ClientId, // expect: CTY0001
            AuthFlow = AuthFlowType.CUSTOM_AUTH,
            AuthParameters = new() { ["USERNAME"] = "appstore-reviewer", ["CHALLENGE_NAME"] = "SRP_A" },
        });

    public static Task<AdminRespondToAuthChallengeResponse> AnswerReviewerAsync(IAmazonCognitoIdentityProvider cognito, string clientId, string session) =>
        cognito.AdminRespondToAuthChallengeAsync(new AdminRespondToAuthChallengeRequest
        {
            UserPoolId = CognitoDefaults.UserPoolId,
            ClientId = clientId,
            ChallengeName = ChallengeNameType.CUSTOM_CHALLENGE,
            Session = session,
            ChallengeResponses = new() { ["USERNAME"] = "appstore-reviewer", ["ANSWER"] = "424242" },
        });
}
