using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using CognitoTyped.Identity;
using CognitoTyped.Tests.Concurrency;
using CognitoTyped.Tests.Protocol;
using Microsoft.Extensions.Time.Testing;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Identity;

/// <summary>
/// The AWS SDK asks for credentials synchronously in places (<c>GetPreSignedURL</c>, the sync <c>GetCredentials()</c>). Called on
/// a UI thread, that blocks the thread while the credentials are fetched; nothing on the way may need that thread to finish.
/// </summary>
public sealed class SynchronousCredentialsTests
{
    private const string IdentityPoolId = "eu-west-1:11111111-2222-3333-4444-555555555555";
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static CognitoTokens TokensExpiringAt(DateTimeOffset expiresAt)
        => new(Jwt(new Dictionary<string, object> { ["cognito:username"] = UserIdForSrp, ["marker"] = "id-0" }), "access-0", "refresh-0", expiresAt);

    private static FakeHttpHandler FakeIdentityService(TimeProvider clock) => new(call =>
    {
        if (call.Operation == "GetId")
        {
            return FakeHttpHandler.Json(HttpStatusCode.OK, """{"IdentityId":"eu-west-1:identity-1"}""");
        }

        var expires = clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        return FakeHttpHandler.Json(HttpStatusCode.OK, $$$"""{"IdentityId":"eu-west-1:identity-1","Credentials":{"AccessKeyId":"ASIAFAKE","SecretKey":"s","SessionToken":"t","Expiration":{{{expires}}}}}""");
    });

    private static CognitoIdentityPool PoolOver(FakeHttpHandler fake, TimeProvider clock) => new(
        new CognitoIdentityPoolOptions { IdentityPoolId = IdentityPoolId, UserPoolId = PoolId, TimeProvider = clock },
        new HttpClient(fake));

    [Fact]
    public void Fake_sync_GetCredentials_on_a_single_threaded_context_completes_while_the_session_refreshes_its_tokens()
    {
        var clock = new FakeTimeProvider(Start);
        var idp = new FakeHttpHandler(_ => Ok(TokensJson(refreshToken: string.Empty, idMarker: "refreshed")));
        using var client = ClientOver(idp);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddSeconds(10)), options: new CognitoTokenSessionOptions { TimeProvider = clock });
        using var pool = PoolOver(FakeIdentityService(clock), clock);
        var credentials = pool.GetCredentials(session.GetTokensAsync);
        using var ui = new SingleThreadedContext();

        var immutable = ui.Run(credentials.GetCredentials);

        Assert.Equal("ASIAFAKE", immutable.AccessKey);
        Assert.Equal(1, idp.CountOf("InitiateAuth"));
    }

    [Fact]
    public void Fake_sync_GetCredentials_on_a_single_threaded_context_completes_with_a_token_delegate_that_resumes_on_the_context()
    {
        var clock = new FakeTimeProvider(Start);
        using var pool = PoolOver(FakeIdentityService(clock), clock);

        // What app code writes: no ConfigureAwait, so after the await it wants the (blocked) UI thread back.
        var credentials = pool.GetCredentials(async _ =>
        {
            await Task.Yield();
            return TokensExpiringAt(Start.AddHours(1));
        });
        using var ui = new SingleThreadedContext();

        var immutable = ui.Run(credentials.GetCredentials);

        Assert.Equal("ASIAFAKE", immutable.AccessKey);
    }

    [Fact]
    public void Fake_S3_GetPreSignedURL_on_a_single_threaded_context_completes_with_session_credentials()
    {
        var clock = new FakeTimeProvider(Start);
        var idp = new FakeHttpHandler(_ => Ok(TokensJson(refreshToken: string.Empty, idMarker: "refreshed")));
        using var client = ClientOver(idp);
        var session = new CognitoTokenSession(client, TokensExpiringAt(Start.AddSeconds(10)), options: new CognitoTokenSessionOptions { TimeProvider = clock });
        using var pool = PoolOver(FakeIdentityService(clock), clock);
        using var s3 = new AmazonS3Client(pool.GetCredentials(session.GetTokensAsync), Amazon.RegionEndpoint.EUWest1);
        using var ui = new SingleThreadedContext();

        var url = ui.Run(() => s3.GetPreSignedURL(new GetPreSignedUrlRequest { BucketName = "bucket", Key = "key", Expires = DateTime.UtcNow.AddMinutes(5) }));

        Assert.Contains("ASIAFAKE", url, StringComparison.Ordinal);
    }
}
