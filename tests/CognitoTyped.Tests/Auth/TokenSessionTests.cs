using System.Net;
using CognitoTyped.Identity;
using CognitoTyped.Tests.Concurrency;
using CognitoTyped.Tests.Protocol;
using Microsoft.Extensions.Time.Testing;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Auth;

/// <summary>CognitoTokenSession against a fake REFRESH_TOKEN_AUTH endpoint and a clock the test moves.</summary>
public sealed class TokenSessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static CognitoTokens TokensExpiringAt(DateTimeOffset expiresAt, string idToken = "id-0")
        => new(Jwt(new Dictionary<string, object> { ["cognito:username"] = UserIdForSrp, ["marker"] = idToken }), "access-0", "refresh-0", expiresAt);

    private static FakeHttpHandler RefreshEndpoint(Func<FakeHttpHandler.Call, Task>? before = null)
    {
        var refreshes = 0;
        return new FakeHttpHandler(async call =>
        {
            if (before is not null)
            {
                await before(call);
            }

            if (call.Operation != "InitiateAuth" || Body(call).Text("AuthFlow") != "REFRESH_TOKEN_AUTH")
            {
                return Unexpected(call);
            }

            var n = Interlocked.Increment(ref refreshes);
            return Ok(TokensJson(refreshToken: string.Empty, idMarker: "refreshed-" + n));
        });
    }

    [Fact]
    public async Task Fake_100_concurrent_callers_of_an_expiring_session_cause_exactly_one_refresh()
    {
        var clock = new FakeTimeProvider(Start);
        var refresh = new RequestGate();
        var fake = RefreshEndpoint(call => refresh.PassAsync(call.Cancellation));
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(2)), options: new CognitoTokenSessionOptions { TimeProvider = clock });

        var callers = await ConcurrentCallers.StartAsync(100, () => session.GetTokensAsync().AsTask());
        await refresh.NextArrivalAsync();
        Assert.All(callers, caller => Assert.False(caller.IsCompleted));
        refresh.Open();
        var all = await Task.WhenAll(callers);

        Assert.Equal(1, refresh.Arrived);
        Assert.Equal(1, fake.CountOf("InitiateAuth"));
        Assert.All(all, tokens => Assert.Equal("refreshed-1", CognitoJwt.ReadStringClaim(tokens.IdToken, "marker")));
        Assert.Equal("refresh-0", session.Tokens.RefreshToken);
        Assert.Equal(Hash(UserIdForSrp), AuthParameters(fake.Calls[0]).Text("SECRET_HASH"));
    }

    [Fact]
    public void Fake_a_refresh_waited_for_synchronously_on_a_single_threaded_context_completes()
    {
        // A UI thread blocking on the session (sync-over-async, as the AWS SDK's synchronous paths do) must not be needed to
        // finish the refresh it waits for.
        var clock = new FakeTimeProvider(Start);
        var fake = RefreshEndpoint();
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddSeconds(30)), options: new CognitoTokenSessionOptions { TimeProvider = clock });
        using var ui = new SingleThreadedContext();

        var tokens = ui.Run(() => session.GetTokensAsync().AsTask().GetAwaiter().GetResult());

        Assert.Equal("refreshed-1", CognitoJwt.ReadStringClaim(tokens.IdToken, "marker"));
    }

    [Fact]
    public async Task Fake_tokens_far_from_expiry_are_handed_out_without_a_refresh_and_refreshed_once_inside_the_margin()
    {
        var clock = new FakeTimeProvider(Start);
        var fake = RefreshEndpoint();
        using var client = ClientOver(fake);
        var original = TokensExpiringAt(Start.AddHours(1));
        var session = new CognitoTokenSession(client, original, options: new CognitoTokenSessionOptions { TimeProvider = clock, RefreshMargin = TimeSpan.FromMinutes(10) });

        Assert.Same(original, await session.GetTokensAsync());
        clock.Advance(TimeSpan.FromMinutes(49));
        Assert.Same(original, await session.GetTokensAsync());
        Assert.Empty(fake.Calls);

        clock.Advance(TimeSpan.FromMinutes(2));
        var refreshed = await session.GetTokensAsync();
        var again = await session.GetTokensAsync();

        Assert.NotSame(original, refreshed);
        Assert.Same(refreshed, again);
        Assert.Equal(1, fake.CountOf("InitiateAuth"));
    }

    [Fact]
    public async Task Fake_a_failed_refresh_reaches_every_waiting_caller_and_the_next_call_tries_again()
    {
        var clock = new FakeTimeProvider(Start);
        var attempts = 0;
        var fake = new FakeHttpHandler(_ => Interlocked.Increment(ref attempts) == 1
            ? FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Refresh Token has expired")
            : Ok(TokensJson(refreshToken: string.Empty)));
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddSeconds(30)), options: new CognitoTokenSessionOptions { TimeProvider = clock });

        await Assert.ThrowsAsync<NotAuthorizedException>(async () => await session.GetTokensAsync());
        var tokens = await session.GetTokensAsync();

        Assert.Equal(2, fake.CountOf("InitiateAuth"));
        Assert.Equal(UserIdForSrp, tokens.Username);
    }

    public static TheoryData<string> TransientFailures() => new() { "503", "network" };

    private static FakeHttpHandler FailingRefreshEndpoint(string failure, Func<bool>? succeed = null) => new(call =>
    {
        if (succeed?.Invoke() == true)
        {
            return Ok(TokensJson(refreshToken: string.Empty));
        }

        return failure == "network"
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "connection reset (fake)")
            : FakeHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "InternalErrorException", "fake outage");
    });

    [Theory]
    [MemberData(nameof(TransientFailures))]
    public async Task Fake_after_a_transient_refresh_failure_callers_fail_fast_without_a_request_for_a_window_that_doubles_up_to_a_cap(string failure)
    {
        var clock = new FakeTimeProvider(Start);
        var fake = FailingRefreshEndpoint(failure);
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(1)), options: new CognitoTokenSessionOptions { TimeProvider = clock });
        var tick = TimeSpan.FromTicks(1);

        var first = await Assert.ThrowsAnyAsync<Exception>(async () => await session.GetTokensAsync());
        Assert.Equal(1, fake.CountOf("InitiateAuth"));

        // 1 s, 2 s, 4 s, … up to a minute, then a minute each time: inside the window the same failure, no request.
        var expectedWindows = new[] { 1, 2, 4, 8, 16, 32, 60, 60 }.Select(seconds => TimeSpan.FromSeconds(seconds));
        var requests = 1;
        foreach (var window in expectedWindows)
        {
            var failFast = await Assert.ThrowsAnyAsync<Exception>(async () => await session.GetTokensAsync());
            Assert.Same(first.GetType(), failFast.GetType());
            clock.Advance(window - tick);
            await Assert.ThrowsAnyAsync<Exception>(async () => await session.GetTokensAsync());
            Assert.Equal(requests, fake.CountOf("InitiateAuth"));

            clock.Advance(tick);
            await Assert.ThrowsAnyAsync<Exception>(async () => await session.GetTokensAsync());
            Assert.Equal(++requests, fake.CountOf("InitiateAuth"));
        }
    }

    [Fact]
    public async Task Fake_a_successful_refresh_ends_the_back_off_and_the_next_failure_starts_it_again_at_one_second()
    {
        var clock = new FakeTimeProvider(Start);
        var succeed = false;
        var fake = FailingRefreshEndpoint("503", () => succeed);
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(1)), options: new CognitoTokenSessionOptions { TimeProvider = clock });

        await Assert.ThrowsAsync<InternalErrorException>(async () => await session.GetTokensAsync());
        clock.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<InternalErrorException>(async () => await session.GetTokensAsync());
        clock.Advance(TimeSpan.FromSeconds(2));
        succeed = true;
        var refreshed = await session.GetTokensAsync();
        Assert.Equal(3, fake.CountOf("InitiateAuth"));

        succeed = false;
        clock.Advance(refreshed.ExpiresAt - clock.GetUtcNow());
        await Assert.ThrowsAsync<InternalErrorException>(async () => await session.GetTokensAsync());
        await Assert.ThrowsAsync<InternalErrorException>(async () => await session.GetTokensAsync());
        Assert.Equal(4, fake.CountOf("InitiateAuth"));
        clock.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<InternalErrorException>(async () => await session.GetTokensAsync());
        Assert.Equal(5, fake.CountOf("InitiateAuth"));
    }

    [Fact]
    public async Task Fake_an_explicit_RefreshAsync_inside_the_back_off_window_asks_Cognito_again()
    {
        var clock = new FakeTimeProvider(Start);
        var succeed = false;
        var fake = FailingRefreshEndpoint("503", () => succeed);
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(1)), options: new CognitoTokenSessionOptions { TimeProvider = clock });

        await Assert.ThrowsAsync<InternalErrorException>(async () => await session.GetTokensAsync());
        succeed = true;
        var refreshed = await session.RefreshAsync();

        Assert.Equal(2, fake.CountOf("InitiateAuth"));
        Assert.Same(refreshed, await session.GetTokensAsync());
    }

    [Fact]
    public async Task Fake_a_NotAuthorized_refresh_is_not_backed_off_every_call_asks_Cognito_again()
    {
        // The refresh token is revoked or expired: no wait makes it valid, so there is no window to sit out; the caller's cue is
        // to sign the user in again, and each call reports that straight from Cognito.
        var clock = new FakeTimeProvider(Start);
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Refresh Token has been revoked"));
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(1)), options: new CognitoTokenSessionOptions { TimeProvider = clock });

        await Assert.ThrowsAsync<NotAuthorizedException>(async () => await session.GetTokensAsync());
        await Assert.ThrowsAsync<NotAuthorizedException>(async () => await session.GetTokensAsync());

        Assert.Equal(2, fake.CountOf("InitiateAuth"));
    }

    [Fact]
    public async Task Fake_one_caller_giving_up_does_not_cancel_the_refresh_others_wait_for()
    {
        var clock = new FakeTimeProvider(Start);
        var refresh = new RequestGate();
        var fake = RefreshEndpoint(call => refresh.PassAsync(call.Cancellation));
        using var client = ClientOver(fake);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddMinutes(1)), options: new CognitoTokenSessionOptions { TimeProvider = clock });
        using var impatient = new CancellationTokenSource();

        var giveUp = session.GetTokensAsync(impatient.Token).AsTask();
        var patient = session.GetTokensAsync().AsTask();
        await refresh.NextArrivalAsync();
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => giveUp);
        Assert.False(patient.IsCompleted);
        refresh.Open();
        var tokens = await patient;

        Assert.Equal("refreshed-1", CognitoJwt.ReadStringClaim(tokens.IdToken, "marker"));
        Assert.Equal(1, fake.CountOf("InitiateAuth"));
        Assert.False(fake.Calls[0].Cancellation.IsCancellationRequested);
    }

    [Fact]
    public async Task Fake_a_session_on_a_remembered_device_refreshes_with_its_DEVICE_KEY()
    {
        var clock = new FakeTimeProvider(Start);
        var fake = RefreshEndpoint();
        using var client = ClientOver(fake);
        var device = new CognitoDevice("eu-west-1_device-1", "-group-key", "device-password");
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start), device, new CognitoTokenSessionOptions { TimeProvider = clock });

        await session.RefreshAsync();

        Assert.Equal("eu-west-1_device-1", AuthParameters(fake.Calls[0]).Text("DEVICE_KEY"));
    }

    [Fact]
    public async Task Fake_short_lived_tokens_are_not_refreshed_on_every_call_when_the_margin_exceeds_their_lifetime()
    {
        var clock = new FakeTimeProvider(Start);
        var fake = new FakeHttpHandler(_ => Ok(TokensJson(refreshToken: string.Empty, expiresIn: 300)));
        using var client = new CognitoAuthClient(
            new CognitoClientOptions { UserPoolId = PoolId, ClientId = ClientId, ClientSecret = ClientSecret },
            new HttpClient(fake),
            clock);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start), options: new CognitoTokenSessionOptions { TimeProvider = clock, RefreshMargin = TimeSpan.FromMinutes(10) });

        await session.GetTokensAsync();
        await session.GetTokensAsync();
        await session.GetTokensAsync();

        Assert.Equal(1, fake.CountOf("InitiateAuth"));
    }

    [Fact]
    public async Task Fake_identity_pool_credentials_ask_the_session_for_a_current_ID_token()
    {
        var clock = new FakeTimeProvider(Start);
        var idp = RefreshEndpoint();
        using var client = ClientOver(idp);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddSeconds(10)), options: new CognitoTokenSessionOptions { TimeProvider = clock });
        string? loginSent = null;
        var identity = new FakeHttpHandler(call =>
        {
            using var body = System.Text.Json.JsonDocument.Parse(call.Body);
            if (call.Operation == "GetId")
            {
                loginSent = body.RootElement.GetProperty("Logins").EnumerateObject().Single().Value.GetString();
                return FakeHttpHandler.Json(HttpStatusCode.OK, """{"IdentityId":"eu-west-1:identity-1"}""");
            }

            var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return FakeHttpHandler.Json(HttpStatusCode.OK, $$$"""{"IdentityId":"eu-west-1:identity-1","Credentials":{"AccessKeyId":"ASIAFAKE","SecretKey":"s","SessionToken":"t","Expiration":{{{expires}}}}}""");
        });
        using var pool = new CognitoIdentityPool(
            new CognitoIdentityPoolOptions { IdentityPoolId = "eu-west-1:11111111-2222-3333-4444-555555555555", UserPoolId = PoolId },
            new HttpClient(identity));

        var credentials = await pool.GetCredentials(session.GetTokensAsync).GetCredentialsAsync();

        Assert.Equal("ASIAFAKE", credentials.AccessKey);
        Assert.Equal("refreshed-1", CognitoJwt.ReadStringClaim(loginSent!, "marker"));
        Assert.Equal(1, idp.CountOf("InitiateAuth"));
    }
}
