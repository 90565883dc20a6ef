using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.CognitoAuthentication;
using CognitoTyped;
using Microsoft.Extensions.Configuration;

namespace HeldOut.Extensions;

/// <summary>Fluent helpers over the SDK request shapes.</summary>
public static class CognitoRequestExtensions
{
    public static InitiateAuthRequest ForClient(this InitiateAuthRequest request, [CognitoClientId] string clientId)
    {
        request.ClientId = clientId;
        return request;
    }

    public static InitiateAuthRequest WithCredentials(this InitiateAuthRequest request, string username, [CognitoPassword] string password)
    {
        request.AuthParameters["USERNAME"] = username;
        request.AuthParameters["PASSWORD"] = password;
        return request;
    }

    public static InitiateAuthRequest WithSecretHash(this InitiateAuthRequest request, string secretHash)
    {
        request.AuthParameters["SECRET_HASH"] = secretHash;
        return request;
    }

    // Not annotated (yet): callers' literals are not tracked through it.
    public static RespondToAuthChallengeRequest WithNewPassword(this RespondToAuthChallengeRequest request, string newPassword)
    {
        request.ChallengeResponses["NEW_PASSWORD"] = newPassword;
        return request;
    }

    public static Task SignUpWithEmailAsync(this CognitoUserPool pool, string email, [CognitoPassword] string password) =>
        pool.SignUpAsync(email, password, new Dictionary<string, string> { ["email"] = email }, new Dictionary<string, string>());

    public static string RequiredCognitoValue(this IConfiguration configuration, string key) =>
        configuration[$"Cognito:{key}"] ?? throw new KeyNotFoundException(key);
}

public static class ExtensionUsage
{
    public static InitiateAuthRequest FromConfiguration(IConfiguration configuration, string username, string password) =>
        new InitiateAuthRequest { AuthFlow = AuthFlowType.USER_PASSWORD_AUTH }
            .ForClient(configuration.RequiredCognitoValue("ClientId"))
            .WithCredentials(username, password)
            .WithSecretHash("computed-elsewhere");

    public static InitiateAuthRequest Fixture() =>
        new InitiateAuthRequest { AuthFlow = AuthFlowType.USER_PASSWORD_AUTH }
            .ForClient("fixture-client") // expect: CTY0001
            .WithCredentials("fixture-user", "Fixture#Pass1"); // expect: CTY0002

    public static RespondToAuthChallengeRequest NewPasswordFixture(string session) =>
        new RespondToAuthChallengeRequest { ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED, Session = session }
            .WithNewPassword("Fixture#New1");

    public static Task SeedQaAsync(CognitoUserPool pool) =>
        pool.SignUpWithEmailAsync("qa@example.com", "Qa#Signup1"); // expect: CTY0002
}
