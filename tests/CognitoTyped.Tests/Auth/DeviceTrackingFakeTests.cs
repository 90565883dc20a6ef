using System.Net;
using CognitoTyped.Tests.Protocol;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Auth;

/// <summary>
/// Device tracking against a fake cognito-idp that keeps what ConfirmDevice registered and checks the device's SRP proof with it,
/// as Cognito does (cognito-local has no device tracking).
/// </summary>
public sealed class DeviceTrackingFakeTests
{
    private const string Password = "Correct-horse-9";
    private const string DeviceKey = "eu-west-1_5e4b1c2d-device";
    private const string DeviceGroupKey = "-group-key";

    /// <summary>A pool with device tracking on: one user, SRP sign-in, devices confirmed with a verifier and proved with it later.</summary>
    private sealed class DeviceTrackingPool
    {
        private readonly FakeSrpServer _user = FakeSrpServer.ForUser(PoolName, UserIdForSrp, Password);
        private FakeSrpServer? _device;

        public FakeHttpHandler Handler { get; }

        public bool DeviceProved { get; private set; }

        public DeviceTrackingPool() => Handler = new FakeHttpHandler(Respond);

        private HttpResponseMessage Respond(FakeHttpHandler.Call call)
        {
            switch (call.Operation)
            {
                case "InitiateAuth":
                    return Challenge("PASSWORD_VERIFIER", "session-pv", new Dictionary<string, string>
                    {
                        ["USER_ID_FOR_SRP"] = UserIdForSrp,
                        ["SRP_B"] = _user.ChallengeFor(AuthParameters(call).Text("SRP_A")!),
                        ["SALT"] = _user.SaltHex,
                        ["SECRET_BLOCK"] = _user.SecretBlock,
                    });
                case "ConfirmDevice":
                    var config = Body(call).GetProperty("DeviceSecretVerifierConfig");
                    _device = FakeSrpServer.ForDevice(config.Text("PasswordVerifier")!, config.Text("Salt")!);
                    return Ok("""{"UserConfirmationNecessary":true}""");
                case "RespondToAuthChallenge":
                    var responses = Responses(call);
                    switch (Body(call).Text("ChallengeName"))
                    {
                        case "PASSWORD_VERIFIER":
                            if (!_user.Verifies(PoolName, UserIdForSrp, responses.Text("TIMESTAMP")!, responses.Text("PASSWORD_CLAIM_SIGNATURE")!))
                            {
                                return FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Incorrect username or password.");
                            }

                            // A known device is asked to prove itself; an unknown one is offered for tracking.
                            return responses.Text("DEVICE_KEY") == DeviceKey && _device is not null
                                ? Challenge("DEVICE_SRP_AUTH", "session-device", new Dictionary<string, string>())
                                : Ok(TokensJson(newDeviceKey: DeviceKey));
                        case "DEVICE_SRP_AUTH":
                            return Challenge("DEVICE_PASSWORD_VERIFIER", "session-dpv", new Dictionary<string, string>
                            {
                                ["SRP_B"] = _device!.ChallengeFor(responses.Text("SRP_A")!),
                                ["SALT"] = _device.SaltHex,
                                ["SECRET_BLOCK"] = _device.SecretBlock,
                                ["USERNAME"] = UserIdForSrp,
                            });
                        case "DEVICE_PASSWORD_VERIFIER":
                            DeviceProved = _device!.Verifies(DeviceGroupKey, DeviceKey, responses.Text("TIMESTAMP")!, responses.Text("PASSWORD_CLAIM_SIGNATURE")!);
                            return DeviceProved
                                ? Ok(TokensJson(refreshToken: "refresh-on-device"))
                                : FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Incorrect username or password.");
                        default:
                            return Unexpected(call);
                    }

                case "UpdateDeviceStatus":
                case "ForgetDevice":
                    return Ok("{}");
                default:
                    return Unexpected(call);
            }
        }
    }

    [Fact]
    public async Task Fake_a_confirmed_device_is_proved_with_device_SRP_on_the_next_sign_in()
    {
        var pool = new DeviceTrackingPool();
        using var client = ClientOver(pool.Handler);

        var first = await client.SignInWithSrpAsync("ada@example.com", Password);
        var confirmed = await client.ConfirmDeviceAsync(first, "Ada's laptop");
        var stored = new CognitoDevice(confirmed.Device.DeviceKey, confirmed.Device.DeviceGroupKey, confirmed.Device.DevicePassword);
        var second = await client.SignInWithSrpAsync("ada@example.com", Password, stored);

        Assert.Equal(DeviceKey, first.NewDevice!.DeviceKey);
        Assert.True(confirmed.UserConfirmationNecessary);
        Assert.Equal(DeviceKey, confirmed.Device.DeviceKey);
        Assert.Equal(DeviceGroupKey, confirmed.Device.DeviceGroupKey);
        Assert.True(second.IsSignedIn, $"expected tokens, got {second}");
        Assert.True(pool.DeviceProved);
        Assert.Equal("refresh-on-device", second.Tokens!.RefreshToken);

        var calls = pool.Handler.Calls;
        var confirm = Body(calls.Single(c => c.Operation == "ConfirmDevice"));
        Assert.Equal(DeviceKey, confirm.Text("DeviceKey"));
        Assert.Equal("Ada's laptop", confirm.Text("DeviceName"));
        Assert.Equal(first.Tokens!.AccessToken, confirm.Text("AccessToken"));

        var secondSignIn = calls.Where(c => c.Number > calls.Single(c => c.Operation == "ConfirmDevice").Number).ToArray();
        Assert.Equal(DeviceKey, AuthParameters(secondSignIn[0]).Text("DEVICE_KEY"));
        Assert.Equal(DeviceKey, Responses(secondSignIn[1]).Text("DEVICE_KEY"));
        foreach (var (call, session) in new[] { (secondSignIn[2], "session-device"), (secondSignIn[3], "session-dpv") })
        {
            var responses = Responses(call);
            Assert.Equal(session, Body(call).Text("Session"));
            Assert.Equal(DeviceKey, responses.Text("DEVICE_KEY"));
            Assert.Equal(UserIdForSrp, responses.Text("USERNAME"));
            Assert.Equal(Hash(UserIdForSrp), responses.Text("SECRET_HASH"));
        }
    }

    [Fact]
    public async Task Fake_a_device_with_the_wrong_device_password_is_refused()
    {
        var pool = new DeviceTrackingPool();
        using var client = ClientOver(pool.Handler);
        var first = await client.SignInWithSrpAsync("ada", Password);
        var confirmed = await client.ConfirmDeviceAsync(first);
        var forged = new CognitoDevice(confirmed.Device.DeviceKey, confirmed.Device.DeviceGroupKey, "not-the-device-password");

        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.SignInWithSrpAsync("ada", Password, forged));

        Assert.False(pool.DeviceProved);
    }

    [Fact]
    public async Task Fake_DEVICE_SRP_AUTH_reached_without_the_device_comes_back_typed_and_is_answered_with_it_later()
    {
        var verifier = CognitoTyped.Srp.DeviceSecretVerifier.Generate(DeviceGroupKey, DeviceKey);
        var device = FakeSrpServer.ForDevice(verifier.PasswordVerifierBase64, verifier.SaltBase64);
        var fake = new FakeHttpHandler(call => (call.Operation, Body(call).Text("ChallengeName")) switch
        {
            ("InitiateAuth", _) => Challenge("DEVICE_SRP_AUTH", "session-device", new Dictionary<string, string> { ["USERNAME"] = UserIdForSrp }),
            ("RespondToAuthChallenge", "DEVICE_SRP_AUTH") => Challenge("DEVICE_PASSWORD_VERIFIER", "session-dpv", new Dictionary<string, string>
            {
                ["SRP_B"] = device.ChallengeFor(Responses(call).Text("SRP_A")!),
                ["SALT"] = device.SaltHex,
                ["SECRET_BLOCK"] = device.SecretBlock,
            }),
            ("RespondToAuthChallenge", "DEVICE_PASSWORD_VERIFIER") when device.Verifies(DeviceGroupKey, DeviceKey, Responses(call).Text("TIMESTAMP")!, Responses(call).Text("PASSWORD_CLAIM_SIGNATURE")!) => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = ClientOver(fake);

        var challenge = (await client.SignInWithPasswordAsync("ada@example.com", Password)).Challenge!;
        var signedIn = await client.RespondToDeviceSrpAuthAsync(challenge, new CognitoDevice(DeviceKey, DeviceGroupKey, verifier.DevicePassword));

        Assert.Equal(CognitoChallengeKind.DeviceSrpAuth, challenge.Kind);
        Assert.Equal(UserIdForSrp, challenge.Username);
        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        Assert.True(challenge.IsAnswered);
        Assert.Equal("session-device", Body(fake.Calls[1]).Text("Session"));
        Assert.Equal(Hash(UserIdForSrp), Responses(fake.Calls[2]).Text("SECRET_HASH"));
    }

    [Fact]
    public async Task Fake_remembering_and_forgetting_a_device_send_its_key_and_status()
    {
        var pool = new DeviceTrackingPool();
        using var client = ClientOver(pool.Handler);

        await client.UpdateDeviceStatusAsync("access-token", DeviceKey, remembered: true);
        await client.UpdateDeviceStatusAsync("access-token", DeviceKey, remembered: false);
        await client.ForgetDeviceAsync("access-token", DeviceKey);

        var calls = pool.Handler.Calls;
        Assert.Equal(["UpdateDeviceStatus", "UpdateDeviceStatus", "ForgetDevice"], calls.Select(c => c.Operation));
        Assert.Equal("remembered", Body(calls[0]).Text("DeviceRememberedStatus"));
        Assert.Equal("not_remembered", Body(calls[1]).Text("DeviceRememberedStatus"));
        Assert.All(calls, c => Assert.Equal(DeviceKey, Body(c).Text("DeviceKey")));
        Assert.All(calls, c => Assert.Equal("access-token", Body(c).Text("AccessToken")));
    }

    [Fact]
    public async Task Fake_refresh_on_a_remembered_device_sends_DEVICE_KEY_and_SECRET_HASH_of_the_cognito_username()
    {
        var fake = new FakeHttpHandler(_ => Ok(TokensJson(refreshToken: string.Empty)));
        using var client = ClientOver(fake);
        var tokens = new CognitoTokens(Jwt(new Dictionary<string, object> { ["cognito:username"] = UserIdForSrp }), "access", "refresh-1", DateTimeOffset.UtcNow);

        await client.RefreshAsync(tokens, new CognitoDevice(DeviceKey, DeviceGroupKey, "device-password"));

        var parameters = AuthParameters(fake.Calls[0]);
        Assert.Equal(DeviceKey, parameters.Text("DEVICE_KEY"));
        Assert.Equal(Hash(UserIdForSrp), parameters.Text("SECRET_HASH"));
        Assert.Equal("refresh-1", parameters.Text("REFRESH_TOKEN"));
    }

    [Fact]
    public async Task Fake_endpoint_receives_UpdateDeviceStatus_unsigned_with_its_target()
    {
        var fake = new FakeHttpHandler(_ => Ok("{}"));
        using var service = new CognitoTyped.IdentityProvider.CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "us-east-2" }, new HttpClient(fake));

        await service.UpdateDeviceStatusAsync(new CognitoTyped.IdentityProvider.UpdateDeviceStatusRequest { AccessToken = "a", DeviceKey = DeviceKey, DeviceRememberedStatus = "remembered" });

        var call = Assert.Single(fake.Calls);
        Assert.Equal("AWSCognitoIdentityProviderService.UpdateDeviceStatus", call.Headers["X-Amz-Target"]);
        Assert.Equal(new Uri("https://cognito-idp.us-east-2.amazonaws.com/"), call.Request.RequestUri);
        Assert.False(call.Headers.ContainsKey("Authorization"));
        Assert.Equal("""{"AccessToken":"a","DeviceKey":"eu-west-1_5e4b1c2d-device","DeviceRememberedStatus":"remembered"}""", call.Body);
    }

    [Fact]
    public void A_device_never_shows_its_password()
    {
        var device = new CognitoDevice(DeviceKey, DeviceGroupKey, "device-password-secret");

        Assert.DoesNotContain("device-password-secret", device.ToString(), StringComparison.Ordinal);
        Assert.Contains(DeviceKey, device.ToString(), StringComparison.Ordinal);
    }
}
