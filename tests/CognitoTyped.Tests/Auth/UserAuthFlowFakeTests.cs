using System.Net;
using CognitoTyped.Tests.Protocol;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Auth;

/// <summary>
/// The choice-based USER_AUTH flow (InitiateAuth USER_AUTH → SELECT_CHALLENGE → PASSWORD, PASSWORD_SRP, EMAIL_OTP or SMS_OTP)
/// against a fake replaying AWS's documented shapes; cognito-local does not implement USER_AUTH.
/// </summary>
public sealed class UserAuthFlowFakeTests
{
    private const string Password = "Correct-horse-9";
    private static readonly string[] Factors = ["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP", "SMS_OTP"];

    private static HttpResponseMessage SelectChallenge(string session = "session-select")
        => Challenge("SELECT_CHALLENGE", session, new Dictionary<string, string>(), Factors);

    [Fact]
    public async Task Fake_USER_AUTH_without_preference_offers_the_available_first_factors()
    {
        var fake = new FakeHttpHandler(_ => SelectChallenge());
        using var client = ClientOver(fake);

        var result = await client.SignInWithUserAuthAsync("ada@example.com");

        Assert.Equal(CognitoChallengeKind.SelectChallenge, result.Challenge!.Kind);
        Assert.Equal(Factors, result.Challenge.AvailableChallenges);
        var start = Body(fake.Calls[0]);
        Assert.Equal("USER_AUTH", start.Text("AuthFlow"));
        Assert.Equal("ada@example.com", AuthParameters(fake.Calls[0]).Text("USERNAME"));
        Assert.Null(AuthParameters(fake.Calls[0]).Text("PREFERRED_CHALLENGE"));
        Assert.Equal(Hash("ada@example.com"), AuthParameters(fake.Calls[0]).Text("SECRET_HASH"));
    }

    [Fact]
    public async Task Fake_SELECT_CHALLENGE_answered_with_EMAIL_OTP_then_the_code_signs_in()
    {
        var fake = new FakeHttpHandler(call => call.Number switch
        {
            1 => SelectChallenge(),
            2 => Challenge("EMAIL_OTP", "session-otp", new Dictionary<string, string> { ["CODE_DELIVERY_DESTINATION"] = "a***@e***", ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "EMAIL" }),
            3 => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var select = (await client.SignInWithUserAuthAsync("ada@example.com")).Challenge!;
        var otp = (await client.RespondToSelectChallengeAsync(select, CognitoChallengeNames.EmailOtp)).Challenge!;
        var signedIn = await client.RespondToMfaCodeAsync(otp, "12345678");

        Assert.Equal(CognitoChallengeKind.EmailOtp, otp.Kind);
        Assert.Equal("a***@e***", otp.CodeDeliveryDestination);
        Assert.True(signedIn.IsSignedIn);
        Assert.Equal("SELECT_CHALLENGE", Body(fake.Calls[1]).Text("ChallengeName"));
        Assert.Equal("session-select", Body(fake.Calls[1]).Text("Session"));
        Assert.Equal("EMAIL_OTP", Responses(fake.Calls[1]).Text("ANSWER"));
        Assert.Equal("ada@example.com", Responses(fake.Calls[1]).Text("USERNAME"));
        Assert.Equal(Hash("ada@example.com"), Responses(fake.Calls[1]).Text("SECRET_HASH"));
        Assert.Equal("EMAIL_OTP", Body(fake.Calls[2]).Text("ChallengeName"));
        Assert.Equal("12345678", Responses(fake.Calls[2]).Text("EMAIL_OTP_CODE"));
    }

    [Fact]
    public async Task Fake_USER_AUTH_preferring_SMS_OTP_gets_the_code_challenge_at_once_and_answers_SMS_OTP_CODE()
    {
        var fake = new FakeHttpHandler(call => call.Number switch
        {
            1 => Challenge("SMS_OTP", "session-otp", new Dictionary<string, string> { ["CODE_DELIVERY_DESTINATION"] = "+*******1234" }),
            2 => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var otp = (await client.SignInWithUserAuthAsync("ada", CognitoChallengeNames.SmsOtp)).Challenge!;
        var signedIn = await client.RespondToMfaCodeAsync(otp, "654321");

        Assert.Equal(CognitoChallengeKind.SmsOtp, otp.Kind);
        Assert.True(signedIn.IsSignedIn);
        Assert.Equal("SMS_OTP", AuthParameters(fake.Calls[0]).Text("PREFERRED_CHALLENGE"));
        Assert.Equal("654321", Responses(fake.Calls[1]).Text("SMS_OTP_CODE"));
    }

    [Fact]
    public async Task Fake_SELECT_CHALLENGE_answered_with_PASSWORD_sends_the_password_with_the_answer()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1 ? SelectChallenge() : Ok(TokensJson()));
        using var client = ClientOver(fake);

        var select = (await client.SignInWithUserAuthAsync("ada")).Challenge!;
        var signedIn = await client.RespondToSelectChallengeWithPasswordAsync(select, Password);

        Assert.True(signedIn.IsSignedIn);
        var responses = Responses(fake.Calls[1]);
        Assert.Equal("PASSWORD", responses.Text("ANSWER"));
        Assert.Equal(Password, responses.Text("PASSWORD"));
    }

    [Fact]
    public async Task Fake_SELECT_CHALLENGE_answered_with_PASSWORD_SRP_proves_the_password_as_USER_ID_FOR_SRP()
    {
        var server = FakeSrpServer.ForUser(PoolName, UserIdForSrp, Password);
        var fake = new FakeHttpHandler(call => (call.Number, Body(call).Text("ChallengeName")) switch
        {
            (1, _) => SelectChallenge(),
            (2, "SELECT_CHALLENGE") => Challenge("PASSWORD_VERIFIER", "session-pv", new Dictionary<string, string>
            {
                ["USER_ID_FOR_SRP"] = UserIdForSrp,
                ["SRP_B"] = server.ChallengeFor(Responses(call).Text("SRP_A")!),
                ["SALT"] = server.SaltHex,
                ["SECRET_BLOCK"] = server.SecretBlock,
            }),
            (3, "PASSWORD_VERIFIER") when server.Verifies(PoolName, UserIdForSrp, Responses(call).Text("TIMESTAMP")!, Responses(call).Text("PASSWORD_CLAIM_SIGNATURE")!) => Ok(TokensJson()),
            _ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Incorrect username or password."),
        });
        using var client = ClientOver(fake);

        var select = (await client.SignInWithUserAuthAsync("ada@example.com")).Challenge!;
        var signedIn = await client.RespondToSelectChallengeWithPasswordSrpAsync(select, Password);

        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        Assert.Equal("PASSWORD_SRP", Responses(fake.Calls[1]).Text("ANSWER"));
        Assert.Null(Responses(fake.Calls[1]).Text("PASSWORD"));
        var verifier = Responses(fake.Calls[2]);
        Assert.Equal("session-pv", Body(fake.Calls[2]).Text("Session"));
        Assert.Equal(UserIdForSrp, verifier.Text("USERNAME"));
        Assert.Equal(Hash(UserIdForSrp), verifier.Text("SECRET_HASH"));
        Assert.DoesNotContain(fake.Calls, c => c.Body.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fake_USER_AUTH_preferring_PASSWORD_SRP_goes_straight_to_the_verifier()
    {
        var server = FakeSrpServer.ForUser(PoolName, UserIdForSrp, Password);
        var fake = new FakeHttpHandler(call => call.Operation switch
        {
            "InitiateAuth" => Challenge("PASSWORD_VERIFIER", "session-pv", new Dictionary<string, string>
            {
                ["USER_ID_FOR_SRP"] = UserIdForSrp,
                ["SRP_B"] = server.ChallengeFor(AuthParameters(call).Text("SRP_A")!),
                ["SALT"] = server.SaltHex,
                ["SECRET_BLOCK"] = server.SecretBlock,
            }),
            "RespondToAuthChallenge" when server.Verifies(PoolName, UserIdForSrp, Responses(call).Text("TIMESTAMP")!, Responses(call).Text("PASSWORD_CLAIM_SIGNATURE")!) => Ok(TokensJson()),
            _ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Incorrect username or password."),
        });
        using var client = ClientOver(fake);

        var signedIn = await client.SignInWithUserAuthAsync("ada@example.com", CognitoChallengeNames.PasswordSrp, Password);

        Assert.True(signedIn.IsSignedIn);
        Assert.Equal("USER_AUTH", Body(fake.Calls[0]).Text("AuthFlow"));
        Assert.Equal("PASSWORD_SRP", AuthParameters(fake.Calls[0]).Text("PREFERRED_CHALLENGE"));
        Assert.Equal(2, fake.Calls.Count);
    }

    [Fact]
    public async Task Fake_USER_AUTH_preferring_PASSWORD_sends_it_in_the_auth_parameters()
    {
        var fake = new FakeHttpHandler(_ => Ok(TokensJson()));
        using var client = ClientOver(fake);

        var signedIn = await client.SignInWithUserAuthAsync("ada", CognitoChallengeNames.Password, Password);

        Assert.True(signedIn.IsSignedIn);
        Assert.Equal(Password, AuthParameters(fake.Calls[0]).Text("PASSWORD"));
        Assert.Equal("PASSWORD", AuthParameters(fake.Calls[0]).Text("PREFERRED_CHALLENGE"));
    }

    [Fact]
    public async Task Fake_a_factor_Cognito_did_not_offer_is_refused_and_the_session_stays_usable()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? Challenge("SELECT_CHALLENGE", "session-select", new Dictionary<string, string>(), ["PASSWORD"])
            : Ok(TokensJson()));
        using var client = ClientOver(fake);
        var select = (await client.SignInWithUserAuthAsync("ada")).Challenge!;

        await Assert.ThrowsAsync<ArgumentException>(() => client.RespondToSelectChallengeAsync(select, "EMAIL_OTP"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.RespondToSelectChallengeAsync(select, "PASSWORD"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SignInWithUserAuthAsync("ada", "PASSWORD"));

        Assert.False(select.IsAnswered);
        Assert.True((await client.RespondToSelectChallengeWithPasswordAsync(select, Password)).IsSignedIn);
        Assert.Equal(2, fake.Calls.Count);
    }
}
