using System.Globalization;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Protocol;

namespace CognitoTyped.Tests.Protocol;

/// <summary>
/// AWS's published Signature Version 4 test suite (aws-sig-v4-test-suite): credentials AKIDEXAMPLE /
/// wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, us-east-1, service "service", 2015-08-30T12:36:00Z.
/// </summary>
public sealed class SigV4Tests
{
    private static readonly ImmutableCredentials Example = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static readonly DateTime SignedAt = new(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);
    private const string EmptyBodyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [Theory]
    [InlineData("GET", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")]
    [InlineData("POST", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")]
    public void Vanilla_vectors_give_the_published_canonical_request_and_signature(string method, string expectedSignature)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["host"] = "example.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" };

        var canonical = SigV4RequestSigner.CanonicalRequest(method, "/", string.Empty, headers, "host;x-amz-date", EmptyBodyHash);
        var result = AWS4Signer.ComputeSignature(Example, "us-east-1", SignedAt, "service", "host;x-amz-date", canonical);

        Assert.Equal($"{method}\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n{EmptyBodyHash}", canonical);
        Assert.Equal(expectedSignature, result.Signature);
    }

    [Fact]
    public void Signing_a_request_message_reproduces_the_post_vanilla_authorization_header()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.amazonaws.com/");

        SigV4RequestSigner.Sign(request, ReadOnlySpan<byte>.Empty, Example, "us-east-1", "service", SignedAt);

        Assert.Equal("20150830T123600Z", request.Headers.GetValues("X-Amz-Date").Single());
        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b",
            request.Headers.GetValues("Authorization").Single());
    }

    [Fact]
    public void Signatures_match_AWS4Signer_while_the_secret_day_region_and_service_change_back_and_forth()
    {
        // The signing key derived last is reused: a change of any input must derive a new one, and going back must not reuse it.
        var keys = new SigV4RequestSigner.SigningKeyCache();
        var other = new ImmutableCredentials("AKIDOTHER", "another/secret+KEY", null);
        var nextDay = SignedAt.AddDays(1);
        var cases = new (ImmutableCredentials Credentials, DateTime At, string Region, string Service)[]
        {
            (Example, SignedAt, "us-east-1", "service"),
            (Example, SignedAt.AddHours(3), "us-east-1", "service"),
            (other, SignedAt, "us-east-1", "service"),
            (Example, SignedAt, "us-east-1", "service"),
            (Example, nextDay, "us-east-1", "service"),
            (Example, SignedAt, "eu-west-1", "service"),
            (Example, SignedAt, "us-east-1", "cognito-idp"),
            (Example, SignedAt, "us-east-1", "service"),
        };

        foreach (var (credentials, at, region, service) in cases)
        {
            var amzDate = at.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            var headers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["host"] = "example.amazonaws.com", ["x-amz-date"] = amzDate };
            var canonical = SigV4RequestSigner.CanonicalRequest("POST", "/", string.Empty, headers, "host;x-amz-date", EmptyBodyHash);

            var ours = SigV4RequestSigner.Authorization(credentials, region, service, amzDate, "host;x-amz-date", canonical, keys);

            Assert.Equal(AWS4Signer.ComputeSignature(credentials, region, at, service, "host;x-amz-date", canonical).ForAuthorizationHeader, ours);
        }
    }

    [Fact]
    public void Header_values_are_trimmed_and_inner_spaces_collapsed()
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["host"] = "example.amazonaws.com", ["my-header1"] = "  value1  a   b  " };

        var canonical = SigV4RequestSigner.CanonicalRequest("GET", "/", string.Empty, headers, "host;my-header1", EmptyBodyHash);

        Assert.Contains("my-header1:value1 a b\n", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fake_endpoint_sees_admin_calls_signed_for_cognito_idp_with_the_session_token()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserPool":{"Id":"eu-west-1_abc"}}"""));
        using var client = new CognitoIdentityProviderClient(
            new CognitoServiceClientOptions { Region = "eu-west-1", Credentials = new SessionAWSCredentials("ASIAEXAMPLE", "secret", "session-token") },
            new HttpClient(fake));

        await client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = "eu-west-1_abc" });

        var call = Assert.Single(fake.Calls);
        var authorization = call.Headers["Authorization"];
        var today = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        Assert.StartsWith($"AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/", authorization, StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/cognito-idp/aws4_request", authorization, StringComparison.Ordinal);
        // User-Agent is left out, as AWS's SDKs leave it out: a proxy may rewrite it (the JS SDK conformance test checks the whole header).
        Assert.Contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target", authorization, StringComparison.Ordinal);
        Assert.Equal("session-token", call.Headers["X-Amz-Security-Token"]);
        Assert.StartsWith(today.Length == 8 ? today[..6] : today, call.Headers["X-Amz-Date"], StringComparison.Ordinal);
        Assert.DoesNotContain("secret", authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fake_endpoint_sees_user_calls_unsigned()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"Username":"u"}"""));
        using var client = new CognitoIdentityProviderClient(
            new CognitoServiceClientOptions { Region = "eu-west-1", Credentials = new BasicAWSCredentials("AKID", "secret") },
            new HttpClient(fake));

        await client.GetUserAsync(new GetUserRequest { AccessToken = "t" });

        Assert.False(Assert.Single(fake.Calls).Headers.ContainsKey("Authorization"));
    }
}
