using System.Net;
using CognitoTyped.Tests.Protocol;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Auth;

/// <summary>
/// Challenges cognito-local cannot issue (MFA, MFA setup, custom auth, SRP), answered against a fake that replays the request and
/// response shapes AWS documents for InitiateAuth, RespondToAuthChallenge, AssociateSoftwareToken and VerifySoftwareToken.
/// </summary>
public sealed class ChallengeFlowFakeTests
{
    private static readonly Dictionary<string, string> AfterAlias = new() { ["USER_ID_FOR_SRP"] = UserIdForSrp };

    [Theory]
    [InlineData("NEW_PASSWORD_REQUIRED", CognitoChallengeKind.NewPasswordRequired)]
    [InlineData("SMS_MFA", CognitoChallengeKind.SmsMfa)]
    [InlineData("SOFTWARE_TOKEN_MFA", CognitoChallengeKind.SoftwareTokenMfa)]
    [InlineData("EMAIL_OTP", CognitoChallengeKind.EmailOtp)]
    [InlineData("SMS_OTP", CognitoChallengeKind.SmsOtp)]
    [InlineData("MFA_SETUP", CognitoChallengeKind.MfaSetup)]
    [InlineData("SELECT_MFA_TYPE", CognitoChallengeKind.SelectMfaType)]
    [InlineData("CUSTOM_CHALLENGE", CognitoChallengeKind.CustomChallenge)]
    [InlineData("SELECT_CHALLENGE", CognitoChallengeKind.SelectChallenge)]
    [InlineData("DEVICE_SRP_AUTH", CognitoChallengeKind.DeviceSrpAuth)]
    [InlineData("WEB_AUTHN", CognitoChallengeKind.Unknown)]
    public async Task Fake_every_challenge_name_arrives_as_its_typed_kind(string name, CognitoChallengeKind kind)
    {
        var fake = new FakeHttpHandler(_ => Challenge(name, "session-1", AfterAlias));
        using var client = ClientOver(fake);

        var result = await client.SignInWithPasswordAsync("ada@example.com", "pw-123456");

        Assert.False(result.IsSignedIn);
        Assert.Equal(kind, result.Challenge!.Kind);
        Assert.Equal(name, result.Challenge.Name);
        Assert.Equal(UserIdForSrp, result.Challenge.Username);
    }

    [Fact]
    public async Task Fake_SMS_MFA_tells_where_the_code_went_and_the_code_answer_signs_in()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? Challenge("SMS_MFA", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp, ["CODE_DELIVERY_DESTINATION"] = "+*******1234", ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "SMS" })
            : Ok(TokensJson()));
        using var client = ClientOver(fake);

        var challenge = (await client.SignInWithPasswordAsync("ada@example.com", "pw-123456")).Challenge!;
        var signedIn = await client.RespondToMfaCodeAsync(challenge, "123456");

        Assert.Equal("+*******1234", challenge.CodeDeliveryDestination);
        Assert.Equal("SMS", challenge.CodeDeliveryMedium);
        Assert.True(signedIn.IsSignedIn);
        var responses = Responses(fake.Calls[1]);
        Assert.Equal("123456", responses.Text("SMS_MFA_CODE"));
        Assert.Equal(UserIdForSrp, responses.Text("USERNAME"));
        Assert.Equal(Hash(UserIdForSrp), responses.Text("SECRET_HASH"));
    }

    [Fact]
    public async Task Fake_NEW_PASSWORD_REQUIRED_exposes_the_current_user_attributes()
    {
        var fake = new FakeHttpHandler(_ => Challenge("NEW_PASSWORD_REQUIRED", "s", new Dictionary<string, string>
        {
            ["requiredAttributes"] = """["userAttributes.given_name"]""",
            ["userAttributes"] = """{"email":"ada@example.com","email_verified":"true"}""",
        }));
        using var client = ClientOver(fake);

        var challenge = (await client.SignInWithPasswordAsync("ada", "Temporary-1")).Challenge!;

        Assert.Equal("ada@example.com", challenge.UserAttributes["email"]);
        Assert.Equal("true", challenge.UserAttributes["email_verified"]);
        Assert.Equal(["given_name"], challenge.RequiredAttributes);
    }

    [Fact]
    public async Task Fake_NEW_PASSWORD_REQUIRED_answer_sends_the_new_password_and_required_attributes_as_userAttributes()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? Challenge("NEW_PASSWORD_REQUIRED", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp, ["requiredAttributes"] = """["userAttributes.given_name"]""" })
            : Ok(TokensJson()));
        using var client = ClientOver(fake);
        var challenge = (await client.SignInWithPasswordAsync("ada@example.com", "Temporary-1")).Challenge!;

        var signedIn = await client.RespondToNewPasswordRequiredAsync(challenge, "New-password-2", [new("given_name", "Ada")]);

        Assert.True(signedIn.IsSignedIn);
        var body = Body(fake.Calls[1]);
        Assert.Equal("NEW_PASSWORD_REQUIRED", body.Text("ChallengeName"));
        Assert.Equal("session-1", body.Text("Session"));
        var responses = Responses(fake.Calls[1]);
        Assert.Equal("New-password-2", responses.Text("NEW_PASSWORD"));
        Assert.Equal("Ada", responses.Text("userAttributes.given_name"));
        Assert.Equal(UserIdForSrp, responses.Text("USERNAME"));
        Assert.Equal(Hash(UserIdForSrp), responses.Text("SECRET_HASH"));
    }

    [Fact]
    public async Task Fake_SELECT_MFA_TYPE_lists_the_choices_and_answers_the_choice_as_USER_ID_FOR_SRP()
    {
        var fake = new FakeHttpHandler(call => call.Number switch
        {
            1 => Challenge("SELECT_MFA_TYPE", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp, ["MFAS_CAN_CHOOSE"] = """["SMS_MFA","SOFTWARE_TOKEN_MFA"]""" }),
            2 => Challenge("SOFTWARE_TOKEN_MFA", "session-2", AfterAlias),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var choice = (await client.SignInWithPasswordAsync("ada@example.com", "pw-123456")).Challenge!;
        var next = await client.RespondToSelectMfaTypeAsync(choice, "SOFTWARE_TOKEN_MFA");

        Assert.Equal(["SMS_MFA", "SOFTWARE_TOKEN_MFA"], choice.MfasCanChoose);
        Assert.Equal(CognitoChallengeKind.SoftwareTokenMfa, next.Challenge!.Kind);
        var body = Body(fake.Calls[1]);
        Assert.Equal("SELECT_MFA_TYPE", body.Text("ChallengeName"));
        Assert.Equal("session-1", body.Text("Session"));
        Assert.Equal("SOFTWARE_TOKEN_MFA", Responses(fake.Calls[1]).Text("ANSWER"));
        Assert.Equal(Hash(UserIdForSrp), Responses(fake.Calls[1]).Text("SECRET_HASH"));
    }

    [Fact]
    public async Task Fake_SELECT_MFA_TYPE_refuses_a_type_not_offered_and_keeps_the_session_for_a_valid_answer()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? Challenge("SELECT_MFA_TYPE", "session-1", new Dictionary<string, string> { ["MFAS_CAN_CHOOSE"] = """["SMS_MFA"]""" })
            : Challenge("SMS_MFA", "session-2", AfterAlias));
        using var client = ClientOver(fake);
        var choice = (await client.SignInWithPasswordAsync("ada", "pw-123456")).Challenge!;

        await Assert.ThrowsAsync<ArgumentException>(() => client.RespondToSelectMfaTypeAsync(choice, "SOFTWARE_TOKEN_MFA"));

        Assert.False(choice.IsAnswered);
        Assert.Equal(0, fake.CountOf("RespondToAuthChallenge"));
        Assert.Equal(CognitoChallengeKind.SmsMfa, (await client.RespondToSelectMfaTypeAsync(choice, "SMS_MFA")).Challenge!.Kind);
    }

    [Fact]
    public async Task Fake_MFA_SETUP_associates_with_the_challenge_session_shows_an_otpauth_uri_verifies_and_answers_with_the_verified_session()
    {
        var fake = new FakeHttpHandler(call => (call.Number, call.Operation) switch
        {
            (1, "InitiateAuth") => Challenge("MFA_SETUP", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp, ["MFAS_CAN_SETUP"] = """["SOFTWARE_TOKEN_MFA"]""" }),
            (2, "AssociateSoftwareToken") => Ok("""{"SecretCode":"JBSWY3DPEHPK3PXP","Session":"session-2"}"""),
            (3, "VerifySoftwareToken") => Ok("""{"Status":"SUCCESS","Session":"session-3"}"""),
            (4, "RespondToAuthChallenge") => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var challenge = (await client.SignInWithPasswordAsync("ada@example.com", "pw-123456")).Challenge!;
        var setup = await client.AssociateSoftwareTokenAsync(challenge, "Contoso Shop");
        var signedIn = await client.RespondToMfaSetupAsync(setup, "654321", "Ada's phone");

        Assert.Equal(["SOFTWARE_TOKEN_MFA"], challenge.MfasCanSetup);
        Assert.Equal("JBSWY3DPEHPK3PXP", setup.SecretCode);
        Assert.Equal("otpauth://totp/Contoso%20Shop:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Contoso%20Shop", setup.OtpAuthUri.OriginalString);
        Assert.DoesNotContain("JBSWY3DPEHPK3PXP", setup.ToString(), StringComparison.Ordinal);
        Assert.True(signedIn.IsSignedIn);

        Assert.Equal("session-1", Body(fake.Calls[1]).Text("Session"));
        Assert.False(Body(fake.Calls[1]).TryGetProperty("AccessToken", out _));
        var verify = Body(fake.Calls[2]);
        Assert.Equal("session-2", verify.Text("Session"));
        Assert.Equal("654321", verify.Text("UserCode"));
        Assert.Equal("Ada's phone", verify.Text("FriendlyDeviceName"));
        var answer = Body(fake.Calls[3]);
        Assert.Equal("MFA_SETUP", answer.Text("ChallengeName"));
        Assert.Equal("session-3", answer.Text("Session"));
        Assert.Equal(UserIdForSrp, Responses(fake.Calls[3]).Text("USERNAME"));
        Assert.Equal(Hash(UserIdForSrp), Responses(fake.Calls[3]).Text("SECRET_HASH"));
    }

    [Fact]
    public async Task Fake_MFA_SETUP_sessions_are_never_replayed()
    {
        var fake = new FakeHttpHandler(call => call.Operation switch
        {
            "InitiateAuth" => Challenge("MFA_SETUP", "session-1", AfterAlias),
            "AssociateSoftwareToken" => Ok("""{"SecretCode":"JBSWY3DPEHPK3PXP","Session":"session-2"}"""),
            "VerifySoftwareToken" => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "CodeMismatchException"),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);
        var challenge = (await client.SignInWithPasswordAsync("ada", "pw-123456")).Challenge!;
        var setup = await client.AssociateSoftwareTokenAsync(challenge, "Contoso");

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.AssociateSoftwareTokenAsync(challenge, "Contoso"));
        await Assert.ThrowsAsync<CodeMismatchException>(() => client.RespondToMfaSetupAsync(setup, "000000"));
        var replay = await Assert.ThrowsAsync<InvalidOperationException>(() => client.RespondToMfaSetupAsync(setup, "111111"));

        Assert.Contains("cannot be replayed", replay.Message, StringComparison.Ordinal);
        Assert.Equal(1, fake.CountOf("AssociateSoftwareToken"));
        Assert.Equal(1, fake.CountOf("VerifySoftwareToken"));
    }

    [Fact]
    public async Task Fake_MFA_SETUP_with_email_answers_EMAIL_and_gets_the_EMAIL_OTP_challenge()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? Challenge("MFA_SETUP", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp, ["MFAS_CAN_SETUP"] = """["SOFTWARE_TOKEN_MFA","EMAIL_OTP"]""" })
            : Challenge("EMAIL_OTP", "session-2", new Dictionary<string, string> { ["CODE_DELIVERY_DESTINATION"] = "a***@e***", ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "EMAIL" }));
        using var client = ClientOver(fake);
        var challenge = (await client.SignInWithPasswordAsync("ada", "pw-123456")).Challenge!;

        var next = await client.RespondToMfaSetupWithEmailAsync(challenge, "ada@example.com");

        Assert.Equal(CognitoChallengeKind.EmailOtp, next.Challenge!.Kind);
        Assert.Equal("a***@e***", next.Challenge.CodeDeliveryDestination);
        Assert.Equal("ada@example.com", Responses(fake.Calls[1]).Text("EMAIL"));
        Assert.Equal("MFA_SETUP", Body(fake.Calls[1]).Text("ChallengeName"));
    }

    [Fact]
    public async Task Fake_custom_auth_starts_CUSTOM_AUTH_and_answers_as_the_USERNAME_Cognito_returned()
    {
        var fake = new FakeHttpHandler(call => call.Number switch
        {
            1 => Challenge("CUSTOM_CHALLENGE", "session-1", new Dictionary<string, string> { ["USERNAME"] = UserIdForSrp, ["question"] = "2+2?" }),
            2 => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var challenge = (await client.SignInWithCustomAuthAsync("ada@example.com", new Dictionary<string, string> { ["app"] = "web" })).Challenge!;
        var signedIn = await client.RespondToCustomChallengeAsync(challenge, "4");

        Assert.Equal("2+2?", challenge.Parameters["question"]);
        Assert.True(signedIn.IsSignedIn);
        var start = Body(fake.Calls[0]);
        Assert.Equal("CUSTOM_AUTH", start.Text("AuthFlow"));
        Assert.Equal("web", start.GetProperty("ClientMetadata").Text("app"));
        Assert.Equal(Hash("ada@example.com"), AuthParameters(fake.Calls[0]).Text("SECRET_HASH"));
        var responses = Responses(fake.Calls[1]);
        Assert.Equal("4", responses.Text("ANSWER"));
        Assert.Equal(UserIdForSrp, responses.Text("USERNAME"));
        Assert.Equal(Hash(UserIdForSrp), responses.Text("SECRET_HASH"));
    }

    [Fact]
    public async Task Fake_an_answer_for_another_kind_of_challenge_is_refused_before_anything_is_sent()
    {
        var fake = new FakeHttpHandler(_ => Challenge("SMS_MFA", "session-1", AfterAlias));
        using var client = ClientOver(fake);
        var challenge = (await client.SignInWithPasswordAsync("ada", "pw-123456")).Challenge!;

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.RespondToCustomChallengeAsync(challenge, "4"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.AssociateSoftwareTokenAsync(challenge, "Contoso"));

        Assert.Single(fake.Calls);
        Assert.False(challenge.IsAnswered);
    }

    [Fact]
    public async Task Fake_SRP_sign_in_proves_the_password_to_a_server_that_checks_the_signature()
    {
        const string Password = "pässwörd-9";
        var server = FakeSrpServer.ForUser(PoolName, UserIdForSrp, Password);
        var fake = new FakeHttpHandler(call => call.Operation switch
        {
            "InitiateAuth" => Challenge("PASSWORD_VERIFIER", "session-1", new Dictionary<string, string>
            {
                ["USER_ID_FOR_SRP"] = UserIdForSrp,
                ["SRP_B"] = server.ChallengeFor(AuthParameters(call).Text("SRP_A")!),
                ["SALT"] = server.SaltHex,
                ["SECRET_BLOCK"] = server.SecretBlock,
            }),
            "RespondToAuthChallenge" => server.Verifies(PoolName, UserIdForSrp, Responses(call).Text("TIMESTAMP")!, Responses(call).Text("PASSWORD_CLAIM_SIGNATURE")!)
                ? Ok(TokensJson())
                : FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Incorrect username or password."),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var result = await client.SignInWithSrpAsync("ada@example.com", Password);

        Assert.True(result.IsSignedIn);
        Assert.Equal(Hash("ada@example.com"), AuthParameters(fake.Calls[0]).Text("SECRET_HASH"));
        Assert.Equal(Hash(UserIdForSrp), Responses(fake.Calls[1]).Text("SECRET_HASH"));
        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.SignInWithSrpAsync("ada@example.com", "wrong-password"));
    }

    public static TheoryData<string> DegenerateServerB => new()
    {
        "0",
        CognitoTyped.Srp.SrpEncoding.ToMinimalHex(CognitoTyped.Srp.SrpGroup.N),
        CognitoTyped.Srp.SrpEncoding.ToMinimalHex(CognitoTyped.Srp.SrpGroup.N * 2),
    };

    [Theory]
    [MemberData(nameof(DegenerateServerB))]
    public async Task Fake_a_degenerate_SRP_B_from_the_server_throws_the_public_CognitoProtocolException(string srpB)
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? Challenge("PASSWORD_VERIFIER", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp, ["SRP_B"] = srpB, ["SALT"] = "0a1b", ["SECRET_BLOCK"] = "AAAA" })
            : Unexpected(call));
        using var client = ClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoProtocolException>(() => client.SignInWithSrpAsync("ada", "pw-123456"));

        Assert.Contains("SRP_B", error.Message, StringComparison.Ordinal);
        Assert.Single(fake.Calls);
    }
}
