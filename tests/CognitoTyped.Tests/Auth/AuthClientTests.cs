using System.Net;
using System.Text;
using System.Text.Json;
using CognitoTyped.Srp;
using CognitoTyped.Tests.Protocol;

namespace CognitoTyped.Tests.Auth;

/// <summary>What CognitoAuthClient sends, checked on a fake endpoint (SECRET_HASH is not checked by cognito-local).</summary>
public sealed class AuthClientTests
{
    private const string ClientId = "1example23456789abcdefghij";
    private const string ClientSecret = "fake-secret-for-tests-only";

    private static CognitoAuthClient ClientOver(FakeHttpHandler fake, string? secret = ClientSecret) => new(
        new CognitoClientOptions { UserPoolId = "eu-west-1_Pool", ClientId = ClientId, ClientSecret = secret },
        new HttpClient(fake));

    private static string Jwt(object payload)
    {
        static string Segment(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return Segment("""{"alg":"none"}""") + "." + Segment(JsonSerializer.Serialize(payload)) + ".sig";
    }

    private static JsonElement Body(FakeHttpHandler.Call call) => JsonDocument.Parse(call.Body).RootElement;

    private static readonly string TokensJson = TokensResponse();

    private static string TokensResponse()
    {
        var idToken = Jwt(new Dictionary<string, object> { ["cognito:username"] = "7d1c-uuid", ["email"] = "ada@example.com" });
        var accessToken = Jwt(new Dictionary<string, object> { ["username"] = "7d1c-uuid" });
        var result = $$"""{"IdToken":"{{idToken}}","AccessToken":"{{accessToken}}","RefreshToken":"refresh-1","ExpiresIn":3600,"TokenType":"Bearer"}""";
        return "{\"AuthenticationResult\":" + result + ",\"ChallengeParameters\":{}}";
    }

    [Fact]
    public async Task Fake_endpoint_sees_SECRET_HASH_of_the_username_on_sign_up()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"UserConfirmed":false,"UserSub":"s"}"""));
        using var client = ClientOver(fake);

        await client.SignUpAsync("ada@example.com", "pw-123456", [new("email", "ada@example.com")]);

        var body = Body(fake.Calls[0]);
        Assert.Equal(SecretHash.Compute("ada@example.com", ClientId, ClientSecret), body.GetProperty("SecretHash").GetString());
    }

    [Fact]
    public async Task Fake_endpoint_sees_no_SECRET_HASH_for_a_client_without_secret()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, TokensJson));
        using var client = ClientOver(fake, secret: null);

        await client.SignInWithPasswordAsync("ada", "pw-123456");

        var body = Body(fake.Calls[0]);
        Assert.False(body.TryGetProperty("SecretHash", out _));
        Assert.False(body.GetProperty("AuthParameters").TryGetProperty("SECRET_HASH", out _));
        Assert.Equal("USER_PASSWORD_AUTH", body.GetProperty("AuthFlow").GetString());
    }

    [Fact]
    public async Task Fake_endpoint_sees_refresh_SECRET_HASH_computed_with_the_cognito_username_not_the_alias()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, TokensJson));
        using var client = ClientOver(fake);
        var tokens = (await client.SignInWithPasswordAsync("ada@example.com", "pw-123456")).Tokens!;

        await client.RefreshAsync(tokens);

        var parameters = Body(fake.Calls[1]).GetProperty("AuthParameters");
        Assert.Equal("REFRESH_TOKEN_AUTH", Body(fake.Calls[1]).GetProperty("AuthFlow").GetString());
        Assert.Equal("refresh-1", parameters.GetProperty("REFRESH_TOKEN").GetString());
        Assert.Equal(SecretHash.Compute("7d1c-uuid", ClientId, ClientSecret), parameters.GetProperty("SECRET_HASH").GetString());
        Assert.NotEqual(SecretHash.Compute("ada@example.com", ClientId, ClientSecret), parameters.GetProperty("SECRET_HASH").GetString());
    }

    [Fact]
    public async Task Fake_endpoint_sees_challenge_answers_with_USER_ID_FOR_SRP_after_alias_sign_in()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? FakeHttpHandler.Json(HttpStatusCode.OK, """{"ChallengeName":"SMS_MFA","Session":"session-1","ChallengeParameters":{"USER_ID_FOR_SRP":"7d1c-uuid","CODE_DELIVERY_DESTINATION":"+*******1234"}}""")
            : FakeHttpHandler.Json(HttpStatusCode.OK, TokensJson));
        using var client = ClientOver(fake);

        var first = await client.SignInWithPasswordAsync("ada@example.com", "pw-123456");
        var second = await client.RespondToMfaCodeAsync(first.Challenge!, "123456");

        Assert.True(second.IsSignedIn);
        var body = Body(fake.Calls[1]);
        Assert.Equal("session-1", body.GetProperty("Session").GetString());
        Assert.Equal("SMS_MFA", body.GetProperty("ChallengeName").GetString());
        var responses = body.GetProperty("ChallengeResponses");
        Assert.Equal("7d1c-uuid", responses.GetProperty("USERNAME").GetString());
        Assert.Equal("123456", responses.GetProperty("SMS_MFA_CODE").GetString());
        Assert.Equal(SecretHash.Compute("7d1c-uuid", ClientId, ClientSecret), responses.GetProperty("SECRET_HASH").GetString());
    }

    [Fact]
    public async Task NEW_PASSWORD_REQUIRED_lists_its_required_attributes_without_prefix()
    {
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Json(HttpStatusCode.OK, """{"ChallengeName":"NEW_PASSWORD_REQUIRED","Session":"s","ChallengeParameters":{"requiredAttributes":"[\"userAttributes.given_name\",\"userAttributes.custom:tenant_id\"]","userAttributes":"{}"}}"""));
        using var client = ClientOver(fake);

        var result = await client.SignInWithPasswordAsync("ada", "Temporary-1");

        Assert.Equal(["given_name", "custom:tenant_id"], result.Challenge!.RequiredAttributes);
    }

    [Fact]
    public void Secrets_and_tokens_never_appear_in_ToString()
    {
        var options = new CognitoClientOptions { UserPoolId = "eu-west-1_Pool", ClientId = ClientId, ClientSecret = ClientSecret };
        var tokens = new CognitoTokens("id.token.value", "access.token.value", "refresh-token-value", DateTimeOffset.UtcNow);

        Assert.DoesNotContain(ClientSecret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
        foreach (var secret in new[] { "id.token.value", "access.token.value", "refresh-token-value" })
        {
            Assert.DoesNotContain(secret, tokens.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Region_defaults_to_the_prefix_of_the_pool_id()
    {
        Assert.Equal("ap-southeast-2", new CognitoClientOptions { UserPoolId = "ap-southeast-2_XyZ", ClientId = "c" }.ResolveRegion());
        Assert.Equal("eu-central-1", new CognitoClientOptions { UserPoolId = "ap-southeast-2_XyZ", ClientId = "c", Region = "eu-central-1" }.ResolveRegion());
        Assert.Throws<InvalidOperationException>(() => new CognitoClientOptions { UserPoolId = "nounderscore", ClientId = "c" }.ResolveRegion());
    }

    [Fact]
    public void A_client_without_ClientId_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CognitoAuthClient(new CognitoClientOptions { UserPoolId = "eu-west-1_P" }));
        Assert.Contains("ClientId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jwt_claims_are_read_as_strings_without_validation()
    {
        var jwt = Jwt(new Dictionary<string, object> { ["sub"] = "abc", ["email_verified"] = true, ["auth_time"] = 1700000000, ["cognito:groups"] = new[] { "admins", "staff" } });

        var claims = CognitoJwt.ReadClaims(jwt);

        Assert.Equal("abc", claims["sub"]);
        Assert.Equal("true", claims["email_verified"]);
        Assert.Equal("1700000000", claims["auth_time"]);
        Assert.Equal(["admins", "staff"], CognitoJwt.ReadStringArrayClaim(jwt, "cognito:groups"));
        Assert.Empty(CognitoJwt.ReadClaims("not-a-jwt"));
    }
}
