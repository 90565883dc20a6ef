using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Amazon.S3;
using CognitoTyped.Identity;
using CognitoTyped.Tests.Protocol;

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

    private static FakeHttpHandler FakeIdentityService(Func<int, DateTimeOffset>? expiration = null, TimeSpan? latency = null)
    {
        var credentialCalls = 0;
        return new FakeHttpHandler(async call =>
        {
            if (latency is { } wait)
            {
                await Task.Delay(wait, call.Cancellation);
            }

            using var body = JsonDocument.Parse(call.Body);
            switch (call.Operation)
            {
                case "GetId":
                    Assert.Equal(IdentityPoolId, body.RootElement.GetProperty("IdentityPoolId").GetString());
                    return FakeHttpHandler.Json(HttpStatusCode.OK, """{"IdentityId":"eu-west-1:identity-1"}""");
                case "GetCredentialsForIdentity":
                    var n = Interlocked.Increment(ref credentialCalls);
                    var expires = (expiration?.Invoke(n) ?? DateTimeOffset.UtcNow.AddHours(1)).ToUnixTimeSeconds();
                    var login = body.RootElement.TryGetProperty("Logins", out var logins) ? logins.GetProperty(Provider).GetString() : null;
                    Assert.Equal("eu-west-1:identity-1", body.RootElement.GetProperty("IdentityId").GetString());
                    var credentials = $$"""{"AccessKeyId":"ASIAFAKE{{n}}","SecretKey":"secret-{{n}}","SessionToken":"session-{{n}}-for-{{login}}","Expiration":{{expires}}}""";
                    return FakeHttpHandler.Json(HttpStatusCode.OK, $$"""{"IdentityId":"eu-west-1:identity-1","Credentials":{{credentials}}}""");
                default:
                    return FakeHttpHandler.Error(HttpStatusCode.BadRequest, "InvalidParameterException", "unexpected " + call.Operation);
            }
        });
    }

    private static CognitoIdentityPool PoolOver(FakeHttpHandler fake, bool allowGuests = false) => new(
        new CognitoIdentityPoolOptions { IdentityPoolId = IdentityPoolId, UserPoolId = UserPoolId, AllowUnauthenticatedIdentities = allowGuests },
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
        var fake = FakeIdentityService(latency: TimeSpan.FromMilliseconds(50));
        using var pool = PoolOver(fake);
        var credentials = pool.GetCredentials(Tokens());

        var all = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => credentials.GetCredentialsAsync())));

        Assert.Equal(1, fake.CountOf("GetCredentialsForIdentity"));
        Assert.Equal(1, fake.CountOf("GetId"));
        Assert.All(all, c => Assert.Equal("ASIAFAKE1", c.AccessKey));
    }

    [Fact]
    public async Task Fake_identity_service_credentials_are_refreshed_before_they_expire()
    {
        // The first credentials expire in 2 minutes: inside the 5-minute pre-emption window, so the next ask refreshes
        // (AWSSDK.Core may hand out the still-valid old ones to that ask while the new ones arrive).
        var fake = FakeIdentityService(expiration: n => n == 1 ? DateTimeOffset.UtcNow.AddMinutes(2) : DateTimeOffset.UtcNow.AddHours(1));
        using var pool = PoolOver(fake);
        var credentials = pool.GetCredentials(Tokens());

        var first = await credentials.GetCredentialsAsync();
        var latest = first;
        for (var ask = 0; ask < 250 && latest.AccessKey == "ASIAFAKE1"; ask++)
        {
            latest = await credentials.GetCredentialsAsync();
            if (latest.AccessKey == "ASIAFAKE1")
            {
                await Task.Delay(20);
            }
        }

        Assert.Equal("ASIAFAKE1", first.AccessKey);
        Assert.Equal("ASIAFAKE2", latest.AccessKey);
        Assert.Equal("ASIAFAKE2", (await credentials.GetCredentialsAsync()).AccessKey);
        Assert.Equal(2, fake.CountOf("GetCredentialsForIdentity"));
        Assert.Equal(1, fake.CountOf("GetId"));
    }

    [Fact]
    public async Task Fake_identity_service_gets_the_current_token_on_each_refresh()
    {
        var fake = FakeIdentityService(expiration: _ => DateTimeOffset.UtcNow.AddMinutes(1));
        using var pool = PoolOver(fake);
        var current = Tokens("id-token-A");
        var credentials = pool.GetCredentials(_ => ValueTask.FromResult(current));

        var first = await credentials.GetCredentialsAsync();
        current = Tokens("id-token-B");
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
