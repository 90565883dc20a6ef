using System.Security.Claims;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Tests.Protocol;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Auth;

/// <summary>
/// <see cref="CognitoModelFactory"/>: what it builds carries the given values, behaves like what the service gives (a real client
/// answers a factory-made challenge as it answers a real one), never shows secrets, and lets a consumer fake a generated
/// client's interface.
/// </summary>
public sealed class ModelFactoryTests
{
    private const string SecretSession = "session-secret-7f3a";
    private const string SecretCode = "JBSWY3DPEHPK3PXP";
    private const string DevicePassword = "device-password-9c1e";
    private const string RefreshSecret = "refresh-secret-4b2d";

    private static readonly DateTimeOffset Expiry = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static CognitoTokens Tokens() => CognitoModelFactory.CognitoTokens(
        Jwt(new Dictionary<string, object> { ["cognito:username"] = "ada" }),
        Jwt(new Dictionary<string, object> { ["username"] = "ada" }),
        RefreshSecret,
        Expiry);

    [Fact]
    public void SignedIn_carries_the_tokens_and_the_offered_device()
    {
        var tokens = Tokens();
        var newDevice = new NewDeviceMetadataType { DeviceKey = "eu-west-1_device", DeviceGroupKey = "-group" };

        var result = CognitoModelFactory.SignedIn(tokens, newDevice);

        Assert.True(result.IsSignedIn);
        Assert.Same(tokens, result.Tokens);
        Assert.Same(newDevice, result.NewDevice);
        Assert.Null(result.Challenge);
        Assert.Null(result.ChallengeName);
        Assert.Null(CognitoModelFactory.SignedIn(tokens).NewDevice);
    }

    [Fact]
    public void Challenged_carries_the_challenge_and_its_name()
    {
        var challenge = CognitoModelFactory.CognitoChallenge(CognitoChallengeNames.SoftwareTokenMfa, "ada");

        var result = CognitoModelFactory.Challenged(challenge);

        Assert.False(result.IsSignedIn);
        Assert.Same(challenge, result.Challenge);
        Assert.Equal("SOFTWARE_TOKEN_MFA", result.ChallengeName);
        Assert.Null(result.Tokens);
        Assert.Null(result.NewDevice);
    }

    [Theory]
    [InlineData("NEW_PASSWORD_REQUIRED", CognitoChallengeKind.NewPasswordRequired)]
    [InlineData("SMS_MFA", CognitoChallengeKind.SmsMfa)]
    [InlineData("MFA_SETUP", CognitoChallengeKind.MfaSetup)]
    [InlineData("SELECT_CHALLENGE", CognitoChallengeKind.SelectChallenge)]
    [InlineData("WEB_AUTHN", CognitoChallengeKind.Unknown)]
    public void CognitoChallenge_derives_its_kind_from_the_name_as_real_ones_do(string name, CognitoChallengeKind kind)
    {
        var challenge = CognitoModelFactory.CognitoChallenge(name, "ada");

        Assert.Equal(kind, challenge.Kind);
        Assert.Equal(name, challenge.Name);
    }

    [Fact]
    public void CognitoChallenge_carries_the_given_values_and_reads_its_parameters_as_real_ones_do()
    {
        var parameters = new Dictionary<string, string>
        {
            [CognitoAuthParameterNames.CodeDeliveryDestination] = "+*******1234",
            [CognitoAuthParameterNames.CodeDeliveryDeliveryMedium] = "SMS",
            [CognitoAuthParameterNames.RequiredAttributes] = """["userAttributes.given_name"]""",
            [CognitoAuthParameterNames.UserAttributes] = """{"email":"ada@example.com"}""",
            [CognitoAuthParameterNames.MfasCanChoose] = """["SMS_MFA","SOFTWARE_TOKEN_MFA"]""",
        };

        var challenge = CognitoModelFactory.CognitoChallenge("SMS_MFA", UserIdForSrp, parameters, SecretSession, ["PASSWORD", "EMAIL_OTP"]);

        Assert.Equal(UserIdForSrp, challenge.Username);
        Assert.Same(parameters, challenge.Parameters);
        Assert.Equal(["PASSWORD", "EMAIL_OTP"], challenge.AvailableChallenges);
        Assert.Equal("+*******1234", challenge.CodeDeliveryDestination);
        Assert.Equal("SMS", challenge.CodeDeliveryMedium);
        Assert.Equal(["given_name"], challenge.RequiredAttributes);
        Assert.Equal("ada@example.com", challenge.UserAttributes["email"]);
        Assert.Equal(["SMS_MFA", "SOFTWARE_TOKEN_MFA"], challenge.MfasCanChoose);
        Assert.False(challenge.IsAnswered);
    }

    [Fact]
    public void CognitoChallenge_defaults_to_no_parameters_and_no_available_challenges()
    {
        var challenge = CognitoModelFactory.CognitoChallenge("CUSTOM_CHALLENGE", "ada");

        Assert.Empty(challenge.Parameters);
        Assert.Empty(challenge.AvailableChallenges);
        Assert.Empty(challenge.RequiredAttributes);
        Assert.Null(challenge.CodeDeliveryDestination);
    }

    [Fact]
    public async Task A_factory_made_challenge_is_answered_by_the_real_client_like_a_real_one_and_only_once()
    {
        var fake = new FakeHttpHandler(call => call.Operation == "RespondToAuthChallenge" ? Ok(TokensJson()) : Unexpected(call));
        using var client = ClientOver(fake);
        var challenge = CognitoModelFactory.CognitoChallenge("SMS_MFA", UserIdForSrp, session: SecretSession);

        var signedIn = await client.RespondToMfaCodeAsync(challenge, "123456");

        Assert.True(signedIn.IsSignedIn);
        Assert.True(challenge.IsAnswered);
        var body = Body(fake.Calls.Single());
        Assert.Equal("SMS_MFA", body.Text("ChallengeName"));
        Assert.Equal(SecretSession, body.Text("Session"));
        var responses = Responses(fake.Calls.Single());
        Assert.Equal("123456", responses.Text("SMS_MFA_CODE"));
        Assert.Equal(UserIdForSrp, responses.Text("USERNAME"));
        Assert.Equal(Hash(UserIdForSrp), responses.Text("SECRET_HASH"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.RespondToMfaCodeAsync(challenge, "123456"));
        Assert.Single(fake.Calls);
    }

    [Fact]
    public async Task A_factory_made_challenge_is_checked_by_the_real_client_like_a_real_one()
    {
        var fake = new FakeHttpHandler(Unexpected);
        using var client = ClientOver(fake);
        var challenge = CognitoModelFactory.CognitoChallenge("NEW_PASSWORD_REQUIRED", "ada", session: SecretSession);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.RespondToSelectMfaTypeAsync(challenge, "SMS_MFA"));
        Assert.Empty(fake.Calls);
        Assert.False(challenge.IsAnswered);
    }

    [Fact]
    public async Task A_factory_made_MFA_setup_is_finished_by_the_real_client_with_its_session_and_username()
    {
        var fake = new FakeHttpHandler(call => call.Operation switch
        {
            "VerifySoftwareToken" => Ok("""{"Status":"SUCCESS","Session":"session-verified"}"""),
            "RespondToAuthChallenge" => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);
        var setup = CognitoModelFactory.CognitoSoftwareTokenSetup(SecretCode, "Contoso Shop", "ada@example.com", SecretSession, UserIdForSrp);

        var signedIn = await client.RespondToMfaSetupAsync(setup, "654321");

        Assert.True(signedIn.IsSignedIn);
        Assert.True(setup.IsUsed);
        Assert.Equal(SecretSession, Body(fake.Calls[0]).Text("Session"));
        Assert.Equal("session-verified", Body(fake.Calls[1]).Text("Session"));
        Assert.Equal(UserIdForSrp, Responses(fake.Calls[1]).Text("USERNAME"));
    }

    [Fact]
    public void CognitoSoftwareTokenSetup_and_Secret_build_the_otpauth_uri_as_the_client_does()
    {
        var setup = CognitoModelFactory.CognitoSoftwareTokenSetup(SecretCode, "Contoso Shop", "ada@example.com");
        var secret = CognitoModelFactory.CognitoSoftwareTokenSecret(SecretCode, "Contoso Shop", "ada@example.com");

        const string Expected = "otpauth://totp/Contoso%20Shop:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Contoso%20Shop";
        Assert.Equal(SecretCode, setup.SecretCode);
        Assert.Equal(Expected, setup.OtpAuthUri.OriginalString);
        Assert.False(setup.IsUsed);
        Assert.Equal(SecretCode, secret.SecretCode);
        Assert.Equal(Expected, secret.OtpAuthUri.OriginalString);
        Assert.Throws<ArgumentException>(() => CognitoModelFactory.CognitoSoftwareTokenSecret(SecretCode, "Contoso:Shop", "ada"));
    }

    [Fact]
    public void CognitoTokens_CognitoDevice_and_CognitoDeviceConfirmation_carry_the_given_values()
    {
        var tokens = Tokens();
        var device = CognitoModelFactory.CognitoDevice("eu-west-1_device", "-group", DevicePassword);
        var confirmation = CognitoModelFactory.CognitoDeviceConfirmation(device, userConfirmationNecessary: true);

        Assert.Equal(RefreshSecret, tokens.RefreshToken);
        Assert.Equal(Expiry, tokens.ExpiresAt);
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal("ada", tokens.Username);
        Assert.Equal("eu-west-1_device", device.DeviceKey);
        Assert.Equal("-group", device.DeviceGroupKey);
        Assert.Equal(DevicePassword, device.DevicePassword);
        Assert.Same(device, confirmation.Device);
        Assert.True(confirmation.UserConfirmationNecessary);
        Assert.False(CognitoModelFactory.CognitoDeviceConfirmation(device).UserConfirmationNecessary);
    }

    [Fact]
    public void CognitoUserData_carries_the_given_values()
    {
        var user = CognitoModelFactory.CognitoUserData("ada", new Dictionary<string, string> { ["email"] = "ada@example.com" }, "SOFTWARE_TOKEN_MFA", ["SOFTWARE_TOKEN_MFA"]);
        var bare = CognitoModelFactory.CognitoUserData("bob");

        Assert.Equal("ada", user.Username);
        Assert.Equal("ada@example.com", user.Attributes["email"]);
        Assert.Equal("SOFTWARE_TOKEN_MFA", user.PreferredMfaSetting);
        Assert.Equal(["SOFTWARE_TOKEN_MFA"], user.MfaMethods);
        Assert.Empty(bare.Attributes);
        Assert.Null(bare.PreferredMfaSetting);
        Assert.Empty(bare.MfaMethods);
    }

    [Fact]
    public void CognitoValidatedToken_carries_the_given_values_and_finds_them_as_claims()
    {
        const string Issuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool";
        var issuedAt = Expiry.AddHours(-1);

        var access = CognitoModelFactory.CognitoValidatedToken(
            CognitoTokenUse.Access, "sub-1", ClientId, Issuer, Expiry, "ada", issuedAt, ["admins", "staff"], ["openid", "orders/read"], [new Claim("custom:tenant_id", "t-42")]);
        var id = CognitoModelFactory.CognitoValidatedToken(CognitoTokenUse.Id, "sub-1", ClientId, Issuer, Expiry, "ada", scopes: ["openid"]);

        Assert.Equal(CognitoTokenUse.Access, access.TokenUse);
        Assert.Equal("sub-1", access.Subject);
        Assert.Equal("ada", access.Username);
        Assert.Equal(ClientId, access.ClientId);
        Assert.Equal(Issuer, access.Issuer);
        Assert.Equal(Expiry, access.ExpiresAt);
        Assert.Equal(issuedAt, access.IssuedAt);
        Assert.Equal(["admins", "staff"], access.Groups);
        Assert.Equal(["openid", "orders/read"], access.Scopes);
        Assert.True(access.Identity.IsAuthenticated);
        Assert.Equal("sub-1", access.FindClaim("sub"));
        Assert.Equal("ada", access.FindClaim("username"));
        Assert.Equal(ClientId, access.FindClaim("client_id"));
        Assert.Equal("access", access.FindClaim("token_use"));
        Assert.Equal("t-42", access.FindClaim("custom:tenant_id"));
        Assert.Equal(["admins", "staff"], access.Identity.FindAll("cognito:groups").Select(c => c.Value));

        Assert.Equal("ada", id.FindClaim("cognito:username"));
        Assert.Equal(ClientId, id.FindClaim("aud"));
        Assert.Null(id.IssuedAt);
        Assert.Empty(id.Groups);
        Assert.Empty(id.Scopes);
    }

    [Fact]
    public void ToString_of_factory_made_values_never_shows_sessions_secrets_or_passwords()
    {
        var device = CognitoModelFactory.CognitoDevice("eu-west-1_device", "-group", DevicePassword);
        var challenge = CognitoModelFactory.CognitoChallenge("SMS_MFA", "ada", session: SecretSession, device: device);
        object[] values =
        [
            challenge,
            CognitoModelFactory.Challenged(challenge),
            CognitoModelFactory.SignedIn(Tokens()),
            Tokens(),
            device,
            CognitoModelFactory.CognitoDeviceConfirmation(device),
            CognitoModelFactory.CognitoSoftwareTokenSetup(SecretCode, "Contoso", "ada", SecretSession, device: device),
            CognitoModelFactory.CognitoSoftwareTokenSecret(SecretCode, "Contoso", "ada"),
        ];

        foreach (var value in values)
        {
            var text = value.ToString()!;
            Assert.DoesNotContain(SecretSession, text, StringComparison.Ordinal);
            Assert.DoesNotContain(SecretCode, text, StringComparison.Ordinal);
            Assert.DoesNotContain(DevicePassword, text, StringComparison.Ordinal);
            Assert.DoesNotContain(RefreshSecret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_consumer_fakes_a_generated_client_interface_with_factory_made_results()
    {
        var mfa = CognitoModelFactory.CognitoChallenge(CognitoChallengeNames.SoftwareTokenMfa, "ada", session: SecretSession);
        var fake = new FakeShopWebClient(
            signIn: (username, _) => CognitoModelFactory.Challenged(mfa),
            answer: (challenge, code) => code == "123456" ? CognitoModelFactory.SignedIn(Tokens()) : throw new CodeMismatchException("wrong code", System.Net.HttpStatusCode.BadRequest, null));
        var login = new ShopLogin(fake);

        var signedIn = await login.SignInAsync("ada", "pw-123456", () => "123456");

        Assert.True(signedIn);
        Assert.Equal(["ada"], fake.SignedInNames);
        await Assert.ThrowsAsync<CodeMismatchException>(() => login.SignInAsync("ada", "pw-123456", () => "000000"));
    }

    /// <summary>The shape of a generated client's interface (<c>ICustomersWebClient</c>), as a consumer's code sees it.</summary>
    public interface IShopWebClient
    {
        Task<SignInResult> SignInAsync(string username, [CognitoPassword] string password, CancellationToken cancellationToken = default);

        Task<SignInResult> RespondToMfaCodeAsync(CognitoChallenge challenge, string code, CancellationToken cancellationToken = default);
    }

    /// <summary>Consumer code under test: signs in, answering a TOTP challenge with a code it asks for.</summary>
    private sealed class ShopLogin(IShopWebClient client)
    {
        public async Task<bool> SignInAsync(string username, string password, Func<string> askForCode)
        {
            var result = await client.SignInAsync(username, password);
            if (result.Challenge is { Kind: CognitoChallengeKind.SoftwareTokenMfa } challenge)
            {
                result = await client.RespondToMfaCodeAsync(challenge, askForCode());
            }

            return result.IsSignedIn;
        }
    }

    /// <summary>A hand-written fake, as a consumer writes one: it returns factory-made results.</summary>
    private sealed class FakeShopWebClient(Func<string, string, SignInResult> signIn, Func<CognitoChallenge, string, SignInResult> answer) : IShopWebClient
    {
        public List<string> SignedInNames { get; } = [];

        public Task<SignInResult> SignInAsync(string username, string password, CancellationToken cancellationToken = default)
        {
            SignedInNames.Add(username);
            return Task.FromResult(signIn(username, password));
        }

        public Task<SignInResult> RespondToMfaCodeAsync(CognitoChallenge challenge, string code, CancellationToken cancellationToken = default)
            => Task.FromResult(answer(challenge, code));
    }
}
