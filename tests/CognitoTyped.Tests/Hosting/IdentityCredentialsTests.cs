using System.Net;
using System.Text;
using System.Text.Json;
using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Amazon.S3;
using Amazon.S3.Model;
using CognitoTyped.Hosting;
using CognitoTyped.Tests.Protocol;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CognitoTyped.Tests.Hosting;

/// <summary>
/// <c>UseCognitoIdentityCredentials</c>: a real AWS SDK S3 client resolved from DI signs, against a loopback listener, with the
/// identity-pool credentials of the user signed in to the app session. No real peer serves identity pools (cognito-local has
/// none), so cognito-identity is an in-process fake answering GetId and GetCredentialsForIdentity per user.
/// </summary>
public sealed class IdentityCredentialsTests : IDisposable
{
    private const string Pool = "Customers";
    private const string UserPoolId = "eu-west-1_AbCdEf123";
    private const string IdentityPoolId = "eu-west-1:11111111-2222-3333-4444-555555555555";
    private const string FakeIdentityServiceUrl = "http://127.0.0.1:9/fake-cognito-identity/";
    private const string Provider = $"cognito-idp.eu-west-1.amazonaws.com/{UserPoolId}";

    private static readonly string AliceIdToken = IdToken("alice");
    private static readonly string BobIdToken = IdToken("bob");

    private readonly LoopbackS3Listener _s3 = new();
    private readonly FakeHttpHandler _fakeIdentity = FakeIdentityService();

    public void Dispose() => _s3.Dispose();

    [Fact]
    public async Task S3_client_from_DI_signs_with_the_identity_credentials_of_the_signed_in_user()
    {
        await using var provider = Build(aws => aws.Region = RegionEndpoint.EUWest1);
        provider.GetRequiredKeyedService<CognitoAppSession>(Pool).SignIn(Session(AliceIdToken));

        await provider.GetRequiredService<IAmazonS3>().ListBucketsAsync();

        var request = Assert.Single(_s3.Requests);
        Assert.Matches("^AWS4-HMAC-SHA256 Credential=ASIAALICE1/[0-9]{8}/eu-west-1/s3/aws4_request,", request["authorization"]);
        Assert.Equal("session-alice-1", request["x-amz-security-token"]);
        var getId = Assert.Single(_fakeIdentity.Calls, c => c.Operation == "GetId");
        Assert.Equal(AliceIdToken, LoginsOf(getId)[Provider]);
        Assert.Equal(new Uri(FakeIdentityServiceUrl), getId.Request.RequestUri);
    }

    [Fact]
    public async Task After_sign_out_and_sign_in_of_another_user_S3_signs_with_the_second_users_identity_and_key()
    {
        await using var provider = Build(aws => aws.Region = RegionEndpoint.EUWest1);
        var appSession = provider.GetRequiredKeyedService<CognitoAppSession>(Pool);
        var s3 = provider.GetRequiredService<IAmazonS3>();

        appSession.SignIn(Session(AliceIdToken));
        await s3.ListBucketsAsync();
        appSession.SignOut();
        appSession.SignIn(Session(BobIdToken));
        await s3.ListBucketsAsync();

        Assert.Equal(2, _s3.Requests.Count);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIAALICE1/", _s3.Requests[0]["authorization"], StringComparison.Ordinal);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIABOB2/", _s3.Requests[1]["authorization"], StringComparison.Ordinal);
        Assert.Equal("session-bob-2", _s3.Requests[1]["x-amz-security-token"]);
        var getIds = _fakeIdentity.Calls.Where(c => c.Operation == "GetId").Select(c => LoginsOf(c)[Provider]).ToList();
        Assert.Equal([AliceIdToken, BobIdToken], getIds);
        var exchanges = _fakeIdentity.Calls.Where(c => c.Operation == "GetCredentialsForIdentity").Select(IdentityOf).ToList();
        Assert.Equal(["eu-west-1:identity-alice", "eu-west-1:identity-bob"], exchanges);
    }

    [Fact]
    public async Task Signed_out_without_guest_access_the_S3_call_fails_saying_nobody_is_signed_in()
    {
        await using var provider = Build(aws => aws.Region = RegionEndpoint.EUWest1, allowGuests: false);
        var appSession = provider.GetRequiredKeyedService<CognitoAppSession>(Pool);
        appSession.SignIn(Session(AliceIdToken));
        appSession.SignOut();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetRequiredService<IAmazonS3>().ListBucketsAsync());

        Assert.StartsWith("No user is signed in to user pool Customers", error.Message, StringComparison.Ordinal);
        Assert.Empty(_s3.Requests);
        Assert.Empty(_fakeIdentity.Calls);
    }

    [Fact]
    public async Task Signed_out_with_guest_access_S3_signs_with_guest_credentials_not_the_previous_users()
    {
        await using var provider = Build(aws => aws.Region = RegionEndpoint.EUWest1, allowGuests: true);
        var appSession = provider.GetRequiredKeyedService<CognitoAppSession>(Pool);
        var s3 = provider.GetRequiredService<IAmazonS3>();

        appSession.SignIn(Session(AliceIdToken));
        await s3.ListBucketsAsync();
        appSession.SignOut();
        await s3.ListBucketsAsync();

        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIAGUEST2/", _s3.Requests[1]["authorization"], StringComparison.Ordinal);
        Assert.Equal("session-guest-2", _s3.Requests[1]["x-amz-security-token"]);
        Assert.Empty(LoginsOf(_fakeIdentity.Calls.Last(c => c.Operation == "GetId")));
    }

    [Fact]
    public async Task An_existing_AddDefaultAWSOptions_region_is_kept()
    {
        await using var provider = Build(aws => aws.Region = RegionEndpoint.USEast2);
        provider.GetRequiredService<IStartupValidator>().Validate();
        provider.GetRequiredKeyedService<CognitoAppSession>(Pool).SignIn(Session(AliceIdToken));

        await provider.GetRequiredService<IAmazonS3>().ListBucketsAsync();

        var aws = provider.GetRequiredService<AWSOptions>();
        Assert.Equal(RegionEndpoint.USEast2, aws.Region);
        Assert.IsType<CognitoSessionAWSCredentials>(aws.Credentials);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIAALICE1/", Assert.Single(_s3.Requests)["authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_AWSOptions_the_identity_pools_region_and_credentials_are_registered()
    {
        await using var provider = Build(configureAws: null);
        provider.GetRequiredKeyedService<CognitoAppSession>(Pool).SignIn(Session(AliceIdToken));

        await provider.GetRequiredService<IAmazonS3>().ListBucketsAsync();

        var aws = provider.GetRequiredService<AWSOptions>();
        Assert.Equal(RegionEndpoint.EUWest1, aws.Region);
        Assert.IsType<CognitoSessionAWSCredentials>(aws.Credentials);
        Assert.Matches("Credential=ASIAALICE1/[0-9]{8}/eu-west-1/s3/aws4_request", Assert.Single(_s3.Requests)["authorization"]);
    }

    [Fact]
    public async Task A_presigned_URL_made_on_the_synchronous_path_carries_the_signed_in_users_credentials()
    {
        await using var provider = Build(aws => aws.Region = RegionEndpoint.EUWest1);
        provider.GetRequiredKeyedService<CognitoAppSession>(Pool).SignIn(Session(BobIdToken));

        var url = provider.GetRequiredService<IAmazonS3>().GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = "photos",
            Key = "bob/cat.jpg",
            Expires = DateTime.UtcNow.AddMinutes(5),
        });

        Assert.Contains("X-Amz-Credential=ASIABOB1%2F", url, StringComparison.Ordinal);
        Assert.Contains("X-Amz-Security-Token=session-bob-1", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDefaultAWSOptions_after_UseCognitoIdentityCredentials_is_reported_at_start()
    {
        var services = new ServiceCollection();
        var builder = CognitoHosting.AddCognitoTyped(services, Configuration());
        CognitoHosting.AddUserPool(builder, Pool);
        CognitoHosting.AddIdentityPool(builder, Pool, allowUnauthenticatedIdentities: false);
        builder.UseCognitoIdentityCredentials(Pool);
        services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.EUWest1 });
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.StartsWith("An AWSOptions was registered after UseCognitoIdentityCredentials(\"Customers\")", StringComparison.Ordinal));
        Assert.IsNotType<CognitoSessionAWSCredentials>(provider.GetRequiredService<AWSOptions>().Credentials);
    }

    [Fact]
    public async Task An_identity_pool_with_no_region_anywhere_fails_with_a_message_instead_of_asking_AWSOptions_for_it_in_a_loop()
    {
        // Neither pool ID has a region prefix, so the identity pool's options ask AWSOptions for one: the AWSOptions being made.
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"Cognito:{Pool}:IdentityServiceUrl"] = FakeIdentityServiceUrl,
        }).Build();
        var builder = CognitoHosting.AddCognitoTyped(services, configuration);
        CognitoHosting.AddUserPool(builder, Pool);
        CognitoHosting.AddIdentityPool(builder, Pool, allowUnauthenticatedIdentities: false);
        builder.UseCognitoIdentityCredentials(Pool);
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<AWSOptions>());

        Assert.Equal("The identity pool of user pool Customers has no region: set Cognito:Customers:Region, or an IdentityPoolId like eu-west-1:0f4b….", error.Message);
    }

    [Fact]
    public void UseCognitoIdentityCredentials_again_for_the_same_pool_changes_nothing_and_for_another_pool_is_refused()
    {
        var services = new ServiceCollection();
        var builder = CognitoHosting.AddCognitoTyped(services, Configuration());
        CognitoHosting.AddUserPool(builder, Pool);
        CognitoHosting.AddIdentityPool(builder, Pool, allowUnauthenticatedIdentities: false);
        CognitoHosting.AddUserPool(builder, "Staff");
        CognitoHosting.AddIdentityPool(builder, "Staff", allowUnauthenticatedIdentities: false);
        builder.ConfigureIdentityPool("Staff", o => (o.UserPoolId, o.IdentityPoolId) = ("eu-west-1_Staff1", "eu-west-1:22222222-2222-3333-4444-555555555555"));
        builder.UseCognitoIdentityCredentials(Pool);
        var registrations = services.Count;

        builder.UseCognitoIdentityCredentials(Pool);
        var error = Assert.Throws<InvalidOperationException>(() => builder.UseCognitoIdentityCredentials("Staff"));

        Assert.Equal(registrations, services.Count);
        Assert.Equal("AWSOptions already signs as the user of pool Customers (UseCognitoIdentityCredentials was called for it); it can hold only one pool's credentials.", error.Message);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void UseCognitoIdentityCredentials_refuses_a_pool_without_an_identity_pool()
    {
        var services = new ServiceCollection();
        var builder = CognitoHosting.AddCognitoTyped(services, configuration: null);
        CognitoHosting.AddUserPool(builder, Pool);

        var error = Assert.Throws<ArgumentException>(() => builder.UseCognitoIdentityCredentials(Pool));
        Assert.Contains("declares no IdentityPool", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Registers as the generated <c>AddCognitoTyped</c> does, then AWSSDK's options and S3 client pointed at the listener.</summary>
    /// <param name="configureAws">Sets the AWSOptions given to <c>AddDefaultAWSOptions</c>; null registers none.</param>
    /// <param name="allowGuests">Whether cognito.json lets the identity pool give guests credentials.</param>
    private ServiceProvider Build(Action<AWSOptions>? configureAws, bool allowGuests = false)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var builder = CognitoHosting.AddCognitoTyped(services, Configuration());
        CognitoHosting.AddUserPool(builder, Pool);
        CognitoHosting.AddIdentityPool(builder, Pool, allowUnauthenticatedIdentities: allowGuests);
        builder.IdentityHttpClient.ConfigurePrimaryHttpMessageHandler(() => _fakeIdentity);

        if (configureAws is not null)
        {
            var aws = new AWSOptions();
            configureAws(aws);
            services.AddDefaultAWSOptions(aws);
        }

        services.AddAWSService<IAmazonS3>((config, _) =>
        {
            config.ServiceURL = _s3.Url;
            config.MaxErrorRetry = 0;

            // With a ServiceURL the SDK signs for us-east-1 unless told the region to sign for.
            config.AuthenticationRegion = "eu-west-1";
            ((AmazonS3Config)config).ForcePathStyle = true;
        });
        builder.UseCognitoIdentityCredentials(Pool);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [$"Cognito:{Pool}:UserPoolId"] = UserPoolId,
        [$"Cognito:{Pool}:IdentityPoolId"] = IdentityPoolId,
        [$"Cognito:{Pool}:IdentityServiceUrl"] = FakeIdentityServiceUrl,
    }).Build();

    private static CognitoTokenSession Session(string idToken) => new(
        CognitoModelFactory.CognitoTokens(idToken, "access-token", "refresh-token", DateTimeOffset.UtcNow.AddHours(1)),
        (_, _) => throw new InvalidOperationException("No refresh is expected: the tokens are valid for an hour."));

    /// <summary>An ID token as the fake needs it: only the user's name in <c>sub</c> is read; the fake checks no signature.</summary>
    private static string IdToken(string user)
    {
        static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $$"""{{Part("""{"alg":"RS256","kid":"fake"}""")}}.{{Part($$"""{"sub":"{{user}}","token_use":"id","iss":"https://{{Provider}}"}""")}}.fake-signature""";
    }

    private static Dictionary<string, string> LoginsOf(FakeHttpHandler.Call call)
    {
        using var body = JsonDocument.Parse(call.Body);
        return body.RootElement.TryGetProperty("Logins", out var logins)
            ? logins.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!)
            : [];
    }

    private static string IdentityOf(FakeHttpHandler.Call call)
    {
        using var body = JsonDocument.Parse(call.Body);
        return body.RootElement.GetProperty("IdentityId").GetString()!;
    }

    /// <summary>
    /// A fake cognito-identity: each user (read from the ID token in Logins; no Logins is a guest) has an identity, and each
    /// GetCredentialsForIdentity call (numbered from 1) returns keys naming the user. Exchanging one user's identity with
    /// another user's token fails, as the real service refuses it.
    /// </summary>
    private static FakeHttpHandler FakeIdentityService()
    {
        var credentialCalls = 0;
        return new FakeHttpHandler(call =>
        {
            var user = UserOf(LoginsOf(call));
            switch (call.Operation)
            {
                case "GetId":
                    return FakeHttpHandler.Json(HttpStatusCode.OK, $$"""{"IdentityId":"eu-west-1:identity-{{user}}"}""");
                case "GetCredentialsForIdentity":
                    if (IdentityOf(call) != "eu-west-1:identity-" + user)
                    {
                        return FakeHttpHandler.Error(HttpStatusCode.BadRequest, "NotAuthorizedException", "Logins don't match the identity.");
                    }

                    var n = Interlocked.Increment(ref credentialCalls);
                    var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
                    var credentials = $$"""{"AccessKeyId":"ASIA{{user.ToUpperInvariant()}}{{n}}","SecretKey":"secret-{{user}}-{{n}}","SessionToken":"session-{{user}}-{{n}}","Expiration":{{expires}}}""";
                    return FakeHttpHandler.Json(HttpStatusCode.OK, $$"""{"IdentityId":"eu-west-1:identity-{{user}}","Credentials":{{credentials}}}""");
                default:
                    return FakeHttpHandler.Error(HttpStatusCode.BadRequest, "InvalidParameterException", "unexpected " + call.Operation);
            }
        });
    }

    private static string UserOf(Dictionary<string, string> logins)
    {
        if (!logins.TryGetValue(Provider, out var idToken))
        {
            return "guest";
        }

        var payload = idToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var claims = JsonDocument.Parse(Convert.FromBase64String(payload));
        return claims.RootElement.GetProperty("sub").GetString()!;
    }
}
