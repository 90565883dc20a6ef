using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Amazon.S3;
using CognitoTyped.Identity;
using CognitoTyped.Tests.Concurrency;
using CognitoTyped.Tests.Protocol;
using Microsoft.Extensions.Time.Testing;

namespace CognitoTyped.Tests.Identity;

/// <summary>
/// Identity-pool credentials. cognito-local has no identity pools, so cognito-identity is an in-process fake
/// answering GetId and GetCredentialsForIdentity as AWS documents them.
/// </summary>
public sealed class IdentityPoolCredentialsTests
{
    private const string UserPoolId = "eu-west-1_AbCdEf123";
    private const string IdentityPoolId = "eu-west-1:11111111-2222-3333-4444-555555555555";
    private static readonly string Provider = $"cognito-idp.eu-west-1.amazonaws.com/{UserPoolId}";

    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    /// <param name="clock">The clock the pool runs on (credentials expire an hour after its now); default the system clock.</param>
    /// <param name="credentialsGate">Holds the GetCredentialsForIdentity calls whose number (from 1) it is given for.</param>
    private static FakeHttpHandler FakeIdentityService(TimeProvider? clock = null, Func<int, RequestGate?>? credentialsGate = null)
    {
        var credentialCalls = 0;
        return new FakeHttpHandler(async call =>
        {
            using var body = JsonDocument.Parse(call.Body);
            switch (call.Operation)
            {
                case "GetId":
                    Assert.Equal(IdentityPoolId, body.RootElement.GetProperty("IdentityPoolId").GetString());
                    return FakeHttpHandler.Json(HttpStatusCode.OK, """{"IdentityId":"eu-west-1:identity-1"}""");
                case "GetCredentialsForIdentity":
                    var n = Interlocked.Increment(ref credentialCalls);
                    if (credentialsGate?.Invoke(n) is { } gate)
                    {
                        await gate.PassAsync(call.Cancellation);
                    }

                    var expires = (clock ?? TimeProvider.System).GetUtcNow().AddHours(1).ToUnixTimeSeconds();
                    var login = body.RootElement.TryGetProperty("Logins", out var logins) ? logins.GetProperty(Provider).GetString() : null;
                    Assert.Equal("eu-west-1:identity-1", body.RootElement.GetProperty("IdentityId").GetString());
                    var credentials = $$"""{"AccessKeyId":"ASIAFAKE{{n}}","SecretKey":"secret-{{n}}","SessionToken":"session-{{n}}-for-{{login}}","Expiration":{{expires}}}""";
                    return FakeHttpHandler.Json(HttpStatusCode.OK, $$"""{"IdentityId":"eu-west-1:identity-1","Credentials":{{credentials}}}""");
                default:
                    return FakeHttpHandler.Error(HttpStatusCode.BadRequest, "InvalidParameterException", "unexpected " + call.Operation);
            }
        });
    }

    private static CognitoIdentityPool PoolOver(FakeHttpHandler fake, bool allowGuests = false, TimeProvider? clock = null) => new(
        new CognitoIdentityPoolOptions { IdentityPoolId = IdentityPoolId, UserPoolId = UserPoolId, AllowUnauthenticatedIdentities = allowGuests, TimeProvider = clock ?? TimeProvider.System },
        new HttpClient(fake));

    private static CognitoTokens Tokens(string idToken = "id-token-1") => new(idToken, "access-token", "refresh-token", DateTimeOffset.UtcNow.AddHours(1));

    [Fact]
    public void LoginProvider_is_the_user_pool_issuer_without_scheme()
    {
        using var pool = PoolOver(FakeIdentityService());

        Assert.Equal("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123", pool.LoginProvider);
    }

    [Fact]
    public async Task Fake_identity_service_exchanges_the_id_token_for_credentials()
    {
        var fake = FakeIdentityService();
        using var pool = PoolOver(fake);

        var credentials = await pool.GetCredentials(Tokens()).GetCredentialsAsync();

        Assert.Equal("ASIAFAKE1", credentials.AccessKey);
        Assert.Equal("secret-1", credentials.SecretKey);
        Assert.Equal("session-1-for-id-token-1", credentials.Token);
        Assert.Equal("AWSCognitoIdentityService.GetId", fake.Calls[0].Headers["X-Amz-Target"]);
        Assert.Equal(new Uri("https://cognito-identity.eu-west-1.amazonaws.com/"), fake.Calls[0].Request.RequestUri);
    }

    [Fact]
    public async Task Fake_identity_service_sees_exactly_one_credentials_call_for_100_concurrent_callers()
    {
        var exchange = new RequestGate();
        var fake = FakeIdentityService(credentialsGate: _ => exchange);
        using var pool = PoolOver(fake);
        var credentials = pool.GetCredentials(Tokens());

        var callers = await ConcurrentCallers.StartAsync(100, credentials.GetCredentialsAsync);
        await exchange.NextArrivalAsync();
        Assert.All(callers, caller => Assert.False(caller.IsCompleted));
        exchange.Open();
        var all = await Task.WhenAll(callers);

        Assert.Equal(1, fake.CountOf("GetCredentialsForIdentity"));
        Assert.Equal(1, fake.CountOf("GetId"));
        Assert.All(all, c => Assert.Equal("ASIAFAKE1", c.AccessKey));
    }

    [Fact]
    public async Task Fake_identity_service_credentials_are_refreshed_before_they_expire()
    {
        // AWSSDK.Core takes 1 minute off each expiry (ExpirationBuffer); 5 minutes before that (PreemptExpiryTime) an ask starts a
        // refresh in the background and still hands out the old credentials, which stay valid until the new ones are in.
        var clock = new FakeTimeProvider(Start);
        var refresh = new RequestGate();
        var fake = FakeIdentityService(clock: clock, credentialsGate: n => n == 2 ? refresh : null);
        using var pool = PoolOver(fake, clock: clock);
        var credentials = pool.GetCredentials(Tokens());

        var first = await credentials.GetCredentialsAsync();
        clock.Advance(TimeSpan.FromMinutes(55));
        var insideTheWindow = await credentials.GetCredentialsAsync();
        await refresh.NextArrivalAsync();
        var whileRefreshing = await credentials.GetCredentialsAsync();

        // Asked for credentials valid beyond the old expiry, the base class waits; it joins the refresh in flight rather than sending another.
        var longLived = credentials.GetCredentialsAsync(minimumLifetime: TimeSpan.FromMinutes(10));
        Assert.False(longLived.IsCompleted);
        refresh.Open();
        var refreshed = await longLived;

        Assert.Equal("ASIAFAKE1", first.AccessKey);
        Assert.Equal("ASIAFAKE1", insideTheWindow.AccessKey);
        Assert.Equal("ASIAFAKE1", whileRefreshing.AccessKey);
        Assert.Equal("ASIAFAKE2", refreshed.AccessKey);
        Assert.True(clock.GetUtcNow() < Start.AddMinutes(59), "the refresh was over before the first credentials expired");
        Assert.Equal(2, fake.CountOf("GetCredentialsForIdentity"));
        Assert.Equal(1, fake.CountOf("GetId"));
    }

    [Fact]
    public async Task Fake_identity_service_credentials_refreshed_in_the_background_and_joined_by_a_waiting_caller_lose_the_expiration_buffer_once()
    {
        // The background refresh and a caller that needs longer-lived credentials share one GetCredentialsForIdentity call; the
        // base class takes its 1-minute ExpirationBuffer off the state each of them is handed, so they must not share one state.
        var clock = new FakeTimeProvider(Start);
        var refresh = new RequestGate();
        var fake = FakeIdentityService(clock: clock, credentialsGate: n => n == 2 ? refresh : null);
        using var pool = PoolOver(fake, clock: clock);
        var credentials = pool.GetCredentials(Tokens());

        await credentials.GetCredentialsAsync();
        clock.Advance(TimeSpan.FromMinutes(55));
        await credentials.GetCredentialsAsync();
        await refresh.NextArrivalAsync();
        var joined = credentials.GetCredentialsAsync(minimumLifetime: TimeSpan.FromMinutes(10));
        refresh.Open();
        var refreshed = await joined;

        // Issued at 12:55 for an hour: 13:55, less the buffer once.
        Assert.Equal("ASIAFAKE2", refreshed.AccessKey);
        Assert.Equal(2, fake.CountOf("GetCredentialsForIdentity"));
        Assert.Equal(Start.AddMinutes(55).AddHours(1).AddMinutes(-1).UtcDateTime, credentials.Expiration);
    }

    [Fact]
    public async Task Fake_identity_service_gets_the_current_token_on_each_refresh()
    {
        var clock = new FakeTimeProvider(Start);
        var fake = FakeIdentityService(clock: clock);
        using var pool = PoolOver(fake, clock: clock);
        var current = Tokens("id-token-A");
        var credentials = pool.GetCredentials(_ => ValueTask.FromResult(current));

        var first = await credentials.GetCredentialsAsync();
        current = Tokens("id-token-B");
        clock.Advance(TimeSpan.FromHours(1));
        var second = await credentials.GetCredentialsAsync();

        Assert.EndsWith("for-id-token-A", first.Token, StringComparison.Ordinal);
        Assert.EndsWith("for-id-token-B", second.Token, StringComparison.Ordinal);
    }

    [Fact]
    public void Guest_credentials_are_refused_when_the_pool_does_not_allow_them()
    {
        using var pool = PoolOver(FakeIdentityService(), allowGuests: false);

        var error = Assert.Throws<InvalidOperationException>(() => pool.GetGuestCredentials());
        Assert.Contains("unauthenticated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fake_identity_service_error_surfaces_as_a_typed_exception()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Invalid login token."));
        using var pool = PoolOver(fake);

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => pool.GetCredentials(Tokens()).GetCredentialsAsync());
        Assert.Equal("req-NotAuthorizedException", error.RequestId);
    }

    [Fact]
    public async Task Fake_identity_service_credentials_sign_a_real_S3_client_request_to_a_loopback_listener()
    {
        using var pool = PoolOver(FakeIdentityService());
        var credentials = pool.GetCredentials(Tokens());
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var captured = CaptureOneRequestAsync(listener);

        using var s3 = new AmazonS3Client(credentials, new AmazonS3Config
        {
            ServiceURL = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}",
            ForcePathStyle = true,
            AuthenticationRegion = "eu-west-1",
            MaxErrorRetry = 0,
        });
        await s3.ListBucketsAsync();
        var headers = await captured;

        Assert.Contains("Credential=ASIAFAKE1/", headers["authorization"], StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/s3/aws4_request", headers["authorization"], StringComparison.Ordinal);
        Assert.Equal("session-1-for-id-token-1", headers["x-amz-security-token"]);
    }

    private static async Task<Dictionary<string, string>> CaptureOneRequestAsync(TcpListener listener)
    {
        using var socket = await listener.AcceptTcpClientAsync();
        var stream = socket.GetStream();
        var buffer = new byte[64 * 1024];
        var received = new StringBuilder();
        while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            received.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var headers = received.ToString().Split("\r\n").Skip(1).TakeWhile(l => l.Length > 0)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = """<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>fake</ID></Owner><Buckets></Buckets></ListAllMyBucketsResult>""";
        var response = $"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(response));
        return headers;
    }
}
