using System.Net;
using System.Net.Sockets;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Tests.Concurrency;
using Microsoft.Extensions.Time.Testing;

namespace CognitoTyped.Tests.Protocol;

public sealed class RetryTests
{
    private static CognitoIdentityProviderClient ClientOver(FakeHttpHandler fake, int maxAttempts = 3, TimeSpan? timeout = null, List<TimeSpan>? delays = null, TimeProvider? clock = null)
    {
        var options = new CognitoServiceClientOptions
        {
            Region = "eu-west-1",
            RequestTimeout = timeout ?? TimeSpan.FromSeconds(30),
            Retry = new CognitoRetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromSeconds(1) },
        };
        var transport = new CognitoTyped.Protocol.AwsJsonTransport(
            CognitoTyped.Protocol.AwsServiceEndpoint.For("cognito-idp", "AWSCognitoIdentityProviderService", options),
            options,
            new HttpClient(fake),
            delay: (delay, ct) =>
            {
                // The backoff is recorded, not waited out.
                delays?.Add(delay);
                return ct.IsCancellationRequested ? Task.FromCanceled(ct) : Task.CompletedTask;
            },
            time: clock);
        return new CognitoIdentityProviderClient(transport);
    }

    private static readonly string UserJson = """{"Username":"ada","UserAttributes":[{"Name":"email","Value":"ada@example.com"}]}""";

    [Fact]
    public async Task Fake_503_then_success_is_retried_and_succeeds()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? FakeHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable")
            : FakeHttpHandler.Json(HttpStatusCode.OK, UserJson));
        using var client = ClientOver(fake);

        var user = await client.GetUserAsync(new GetUserRequest { AccessToken = "token" });

        Assert.Equal("ada", user.Username);
        Assert.Equal(2, fake.CountOf("GetUser"));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Fake_5xx_is_retried(HttpStatusCode status)
    {
        var fake = new FakeHttpHandler(call => call.Number < 3 ? FakeHttpHandler.Json(status, "oops") : FakeHttpHandler.Json(HttpStatusCode.OK, UserJson));
        using var client = ClientOver(fake);

        await client.GetUserAsync(new GetUserRequest { AccessToken = "token" });

        Assert.Equal(3, fake.CountOf("GetUser"));
    }

    [Fact]
    public async Task Fake_429_every_time_gives_up_after_MaxAttempts_with_TooManyRequests()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.TooManyRequests, "TooManyRequestsException"));
        using var client = ClientOver(fake, maxAttempts: 4);

        var error = await Assert.ThrowsAsync<TooManyRequestsException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal(4, fake.CountOf("GetUser"));
        Assert.Equal("req-TooManyRequestsException", error.RequestId);
    }

    [Fact]
    public async Task Fake_reset_connection_then_success_is_retried()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? throw new HttpRequestException("reset", new IOException("Connection reset by peer", new SocketException((int)SocketError.ConnectionReset)))
            : FakeHttpHandler.Json(HttpStatusCode.OK, UserJson));
        using var client = ClientOver(fake);

        var user = await client.GetUserAsync(new GetUserRequest { AccessToken = "t" });

        Assert.Equal("ada", user.Username);
        Assert.Equal(2, fake.CountOf("GetUser"));
    }

    [Fact]
    public async Task Fake_reset_connection_every_time_ends_in_CognitoNetworkException()
    {
        var fake = new FakeHttpHandler((Func<FakeHttpHandler.Call, HttpResponseMessage>)(_ => throw new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))));
        using var client = ClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoNetworkException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal(3, fake.CountOf("GetUser"));
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Fake_503_on_a_challenge_answer_is_not_retried_so_the_session_is_not_replayed()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "InternalErrorException"));
        using var client = ClientOver(fake);

        // The 503 came after the answer was sent: whether it was processed is unknown, and the caller is told so.
        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest { ChallengeName = "SMS_MFA", ClientId = "c", Session = "s" }));

        Assert.IsType<InternalErrorException>(error.InnerException);
        Assert.Equal(1, fake.CountOf("RespondToAuthChallenge"));
    }

    [Fact]
    public async Task Fake_reset_on_a_challenge_answer_is_not_retried()
    {
        var fake = new FakeHttpHandler((Func<FakeHttpHandler.Call, HttpResponseMessage>)(_ => throw new HttpRequestException("reset", new IOException("reset"))));
        using var client = ClientOver(fake);

        var error = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest { ChallengeName = "SMS_MFA", ClientId = "c", Session = "s" }));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(1, fake.CountOf("RespondToAuthChallenge"));
    }

    [Fact]
    public async Task Fake_throttling_on_a_challenge_answer_is_retried_because_it_was_refused_before_any_work()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? FakeHttpHandler.Error(HttpStatusCode.BadRequest, "TooManyRequestsException")
            : FakeHttpHandler.Json(HttpStatusCode.OK, """{"ChallengeParameters":{}}"""));
        using var client = ClientOver(fake);

        await client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest { ChallengeName = "SMS_MFA", ClientId = "c", Session = "s" });

        Assert.Equal(2, fake.CountOf("RespondToAuthChallenge"));
    }

    [Fact]
    public async Task Fake_LimitExceeded_is_retried_for_reads_but_not_for_sign_up()
    {
        var getUserCalls = 0;
        var fake = new FakeHttpHandler(call => call.Operation == "GetUser" && Interlocked.Increment(ref getUserCalls) > 1
            ? FakeHttpHandler.Json(HttpStatusCode.OK, UserJson)
            : FakeHttpHandler.Error(HttpStatusCode.BadRequest, "LimitExceededException"));
        using var client = ClientOver(fake);

        await Assert.ThrowsAsync<LimitExceededException>(() => client.SignUpAsync(new SignUpRequest { ClientId = "c", Username = "u", Password = "p" }));
        Assert.Equal(1, fake.CountOf("SignUp"));

        await client.GetUserAsync(new GetUserRequest { AccessToken = "t" });
        Assert.Equal(2, fake.CountOf("GetUser"));
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException"));
        using var client = ClientOver(fake);

        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal(1, fake.CountOf("GetUser"));
    }

    [Fact]
    public async Task Backoff_grows_exponentially_within_the_cap_with_jitter()
    {
        var delays = new List<TimeSpan>();
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable"));
        using var client = ClientOver(fake, maxAttempts: 6, delays: delays);

        await Assert.ThrowsAnyAsync<CognitoServiceException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal(5, delays.Count);
        for (var i = 0; i < delays.Count; i++)
        {
            var ceiling = Math.Min(1000, 100 * Math.Pow(2, i));
            Assert.InRange(delays[i].TotalMilliseconds, 0, ceiling);
        }
    }

    [Fact]
    public void Backoff_ceiling_doubles_and_is_capped()
    {
        var options = new CognitoRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(700) };

        Assert.Equal(100, CognitoTyped.Protocol.RetryPolicy.Backoff(1, options, 1.0).TotalMilliseconds);
        Assert.Equal(200, CognitoTyped.Protocol.RetryPolicy.Backoff(2, options, 1.0).TotalMilliseconds);
        Assert.Equal(400, CognitoTyped.Protocol.RetryPolicy.Backoff(3, options, 1.0).TotalMilliseconds);
        Assert.Equal(700, CognitoTyped.Protocol.RetryPolicy.Backoff(4, options, 1.0).TotalMilliseconds);
        Assert.Equal(700, CognitoTyped.Protocol.RetryPolicy.Backoff(60, options, 1.0).TotalMilliseconds);
        Assert.Equal(0, CognitoTyped.Protocol.RetryPolicy.Backoff(3, options, 0.0).TotalMilliseconds);
    }

    [Fact]
    public async Task Fake_slow_server_hits_the_per_request_timeout_and_each_attempt_is_abandoned()
    {
        var clock = new FakeTimeProvider();
        var server = new RequestGate();
        var fake = new FakeHttpHandler(async call =>
        {
            // Never opened: only the attempt's timeout ends this wait.
            await server.PassAsync(call.Cancellation);
            return FakeHttpHandler.Json(HttpStatusCode.OK, UserJson);
        });
        using var client = ClientOver(fake, maxAttempts: 2, timeout: TimeSpan.FromSeconds(5), clock: clock);

        // Never before the timeout; at most a slice of it later (attempts starting close together share one deadline).
        var slice = CognitoTyped.Protocol.AttemptDeadlines.SliceOf(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromSeconds(5) / 16, slice);
        var getUser = client.GetUserAsync(new GetUserRequest { AccessToken = "t" });
        await server.NextArrivalAsync();
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(fake.Calls[0].Cancellation.IsCancellationRequested);
        clock.Advance(slice);
        await server.NextArrivalAsync();
        Assert.True(fake.Calls[0].Cancellation.IsCancellationRequested);
        Assert.False(getUser.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.False(getUser.IsCompleted);
        clock.Advance(slice);
        var error = await Assert.ThrowsAsync<TimeoutException>(() => getUser);

        Assert.Equal(2, fake.CountOf("GetUser"));
        Assert.True(fake.Calls[1].Cancellation.IsCancellationRequested);
        Assert.Contains("GetUser", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stops_at_once_and_is_not_retried()
    {
        using var cancel = new CancellationTokenSource();
        var fake = new FakeHttpHandler(async call =>
        {
            await cancel.CancelAsync();
            // This wait is what the caller's cancellation ends; it never runs its 30 s.
            await Task.Delay(TimeSpan.FromSeconds(30), call.Cancellation);
            return FakeHttpHandler.Json(HttpStatusCode.OK, UserJson);
        });
        using var client = ClientOver(fake);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }, cancel.Token));

        Assert.Equal(1, fake.CountOf("GetUser"));
    }

    [Fact]
    public async Task Fake_timeouts_on_the_system_clock_fire_on_every_call_and_a_call_between_them_is_not_cut_short()
    {
        // The attempt's timeout source is kept for the next attempt when it did not fire: each call must still get a working
        // timeout, and a source that fired must never be handed to the next call.
        var fake = new FakeHttpHandler(async call =>
        {
            if (call.Number != 2)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), call.Cancellation);
            }

            return FakeHttpHandler.Json(HttpStatusCode.OK, UserJson);
        });
        using var client = ClientOver(fake, maxAttempts: 1, timeout: TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAsync<TimeoutException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));
        var user = await client.GetUserAsync(new GetUserRequest { AccessToken = "t" });
        await Assert.ThrowsAsync<TimeoutException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }));

        Assert.Equal("ada", user.Username);
        Assert.Equal(3, fake.CountOf("GetUser"));
    }

    [Fact]
    public async Task Cancellation_by_the_caller_names_the_callers_token_and_leaves_the_client_usable()
    {
        using var cancel = new CancellationTokenSource();
        var fake = new FakeHttpHandler(async call =>
        {
            if (call.Number == 1)
            {
                await cancel.CancelAsync();
                await Task.Delay(TimeSpan.FromSeconds(30), call.Cancellation);
            }

            return FakeHttpHandler.Json(HttpStatusCode.OK, UserJson);
        });
        using var client = ClientOver(fake);

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "t" }, cancel.Token));
        using var later = new CancellationTokenSource();
        var user = await client.GetUserAsync(new GetUserRequest { AccessToken = "t" }, later.Token);

        Assert.Equal(cancel.Token, cancelled.CancellationToken);
        Assert.Equal("ada", user.Username);
        Assert.False(later.IsCancellationRequested);
    }

    [Fact]
    public async Task Request_carries_the_AWS_JSON_protocol_headers_and_body()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserConfirmed":false,"UserSub":"s-1"}"""));
        using var client = ClientOver(fake);

        var response = await client.SignUpAsync(new SignUpRequest { ClientId = "client", Username = "ada", Password = "pw", UserAttributes = [new AttributeType { Name = "email", Value = "a@b.c" }] });

        var call = Assert.Single(fake.Calls);
        Assert.Equal(HttpMethod.Post, call.Request.Method);
        Assert.Equal(new Uri("https://cognito-idp.eu-west-1.amazonaws.com/"), call.Request.RequestUri);
        Assert.Equal("AWSCognitoIdentityProviderService.SignUp", call.Headers["X-Amz-Target"]);
        Assert.Equal("application/x-amz-json-1.1", call.Request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("""{"ClientId":"client","Username":"ada","Password":"pw","UserAttributes":[{"Name":"email","Value":"a@b.c"}]}""", call.Body);
        Assert.False(call.Headers.ContainsKey("Authorization"));
        Assert.Equal("s-1", response.UserSub);
    }
}
