using System.Net;
using System.Security.Cryptography;
using CognitoTyped.Tests.Concurrency;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.Tests.Tokens;

public sealed class CognitoTokenValidatorTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly RSA poolKey = RSA.Create(2048);
    private readonly RSA rotatedKey = RSA.Create(2048);
    private readonly RSA attackerKey = RSA.Create(2048);
    private readonly FakeTimeProvider clock = new(Start);
    private readonly FakeJwksHttpMessageHandler jwks = new(TestTokens.JwksUri);
    private readonly HttpClient httpClient;

    public CognitoTokenValidatorTests()
    {
        jwks.Publish(("key-1", poolKey));
        httpClient = new HttpClient(jwks);
    }

    public void Dispose()
    {
        httpClient.Dispose();
        poolKey.Dispose();
        rotatedKey.Dispose();
        attackerKey.Dispose();
    }

    [Fact]
    public async Task Valid_access_token_is_accepted_with_its_claims()
    {
        using var validator = CreateValidator();

        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start.AddMinutes(-5)));

        Assert.Equal(CognitoTokenUse.Access, result.TokenUse);
        Assert.Equal("6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70", result.Subject);
        Assert.Equal("alice", result.Username);
        Assert.Equal(TestTokens.ClientId, result.ClientId);
        Assert.Equal(TestTokens.Issuer, result.Issuer);
        Assert.Equal(Start.AddMinutes(55), result.ExpiresAt);
        Assert.Equal(Start.AddMinutes(-5), result.IssuedAt);
        Assert.Equal(["admins", "beta"], result.Groups);
        Assert.Equal(["aws.cognito.signin.user.admin", "openid"], result.Scopes);
    }

    [Fact]
    public async Task Valid_id_token_is_accepted_with_its_audience_as_client()
    {
        using var validator = CreateValidator();

        var result = await validator.ValidateIdTokenAsync(TestTokens.Id(poolKey, "key-1", Start));

        Assert.Equal(CognitoTokenUse.Id, result.TokenUse);
        Assert.Equal(TestTokens.ClientId, result.ClientId);
        Assert.Equal("alice", result.Username);
        Assert.Equal("alice@example.com", result.FindClaim("email"));
        Assert.Equal("t-42", result.FindClaim("custom:tenant_id"));
        Assert.Empty(result.Scopes);
    }

    [Fact]
    public async Task Token_with_a_tampered_signature_is_refused_as_InvalidSignature()
    {
        using var validator = CreateValidator();
        string token = TestTokens.Access(poolKey, "key-1", Start);
        int middleOfSignature = token.LastIndexOf('.') + 20;
        string tampered = token[..middleOfSignature] + (token[middleOfSignature] == 'A' ? 'B' : 'A') + token[(middleOfSignature + 1)..];

        await AssertRefused(validator, tampered, CognitoTokenUse.Access, CognitoTokenValidationFailure.InvalidSignature);
    }

    [Fact]
    public async Task Token_with_a_tampered_payload_is_refused_as_InvalidSignature()
    {
        using var validator = CreateValidator();
        string[] parts = TestTokens.Access(poolKey, "key-1", Start).Split('.');
        string payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"alice\"", "\"mallory\"", StringComparison.Ordinal);
        string tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        await AssertRefused(validator, tampered, CognitoTokenUse.Access, CognitoTokenValidationFailure.InvalidSignature);
    }

    [Fact]
    public async Task Token_signed_by_another_key_under_the_pool_kid_is_refused_as_InvalidSignature()
    {
        using var validator = CreateValidator();

        await AssertRefused(validator, TestTokens.Access(attackerKey, "key-1", Start), CognitoTokenUse.Access, CognitoTokenValidationFailure.InvalidSignature);
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused_as_WrongIssuer()
    {
        using var validator = CreateValidator();
        string token = TestTokens.Access(poolKey, "key-1", Start, issuer: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool");

        await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.WrongIssuer);
    }

    [Fact]
    public async Task Access_token_of_another_app_client_is_refused_as_WrongClient()
    {
        using var validator = CreateValidator();

        await AssertRefused(
            validator, TestTokens.Access(poolKey, "key-1", Start, clientId: TestTokens.OtherClientId), CognitoTokenUse.Access, CognitoTokenValidationFailure.WrongClient);
    }

    [Fact]
    public async Task Id_token_for_another_audience_is_refused_as_WrongClient()
    {
        using var validator = CreateValidator();

        await AssertRefused(
            validator, TestTokens.Id(poolKey, "key-1", Start, audience: TestTokens.OtherClientId), CognitoTokenUse.Id, CognitoTokenValidationFailure.WrongClient);
    }

    [Fact]
    public async Task Token_of_any_listed_app_client_is_accepted()
    {
        using var validator = CreateValidator(o => o.ClientIds.Add(TestTokens.OtherClientId));

        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start, clientId: TestTokens.OtherClientId));

        Assert.Equal(TestTokens.OtherClientId, result.ClientId);
    }

    [Fact]
    public async Task Id_token_presented_as_access_token_is_refused_as_WrongTokenUse()
    {
        using var validator = CreateValidator();

        await AssertRefused(validator, TestTokens.Id(poolKey, "key-1", Start), CognitoTokenUse.Access, CognitoTokenValidationFailure.WrongTokenUse);
    }

    [Fact]
    public async Task Access_token_presented_as_id_token_is_refused_as_WrongTokenUse()
    {
        using var validator = CreateValidator();

        await AssertRefused(validator, TestTokens.Access(poolKey, "key-1", Start), CognitoTokenUse.Id, CognitoTokenValidationFailure.WrongTokenUse);
    }

    [Fact]
    public async Task Token_expired_beyond_the_clock_skew_is_refused_as_Expired()
    {
        using var validator = CreateValidator(o => o.ClockSkew = TimeSpan.FromMinutes(2));
        string token = TestTokens.Access(poolKey, "key-1", Start.AddHours(-1).AddMinutes(-3));

        await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.Expired);
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        using var validator = CreateValidator(o => o.ClockSkew = TimeSpan.FromMinutes(2));

        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start.AddHours(-1).AddMinutes(-1)));

        Assert.True(result.ExpiresAt < Start);
    }

    [Fact]
    public async Task Token_becomes_expired_as_the_clock_moves_on()
    {
        using var validator = CreateValidator(o => o.ClockSkew = TimeSpan.Zero);
        string token = TestTokens.Access(poolKey, "key-1", Start, lifetime: TimeSpan.FromMinutes(10));
        await validator.ValidateAccessTokenAsync(token);

        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));

        await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.Expired);
    }

    [Fact]
    public async Task Token_signed_with_HS256_is_refused_as_UnsupportedAlgorithm()
    {
        using var validator = CreateValidator();
        string token = TestTokens.Access(poolKey, "key-1", Start, algorithm: SecurityAlgorithms.HmacSha256);

        await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.UnsupportedAlgorithm);
        Assert.Equal(0, jwks.FetchCount);
    }

    [Fact]
    public async Task Unsigned_token_is_refused_as_UnsupportedAlgorithm()
    {
        using var validator = CreateValidator();
        string[] parts = TestTokens.Access(poolKey, "key-1", Start).Split('.');
        string unsigned = $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"kid\":\"key-1\"}")}.{parts[1]}.";

        await AssertRefused(validator, unsigned, CognitoTokenUse.Access, CognitoTokenValidationFailure.UnsupportedAlgorithm);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public async Task Garbage_is_refused_as_Malformed(string token)
    {
        using var validator = CreateValidator();

        await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.Malformed);
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_cached()
    {
        using var validator = CreateValidator();

        for (int i = 0; i < 10; i++)
        {
            await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));
        }

        Assert.Equal(1, jwks.FetchCount);
    }

    [Fact]
    public async Task Unknown_kid_after_key_rotation_refetches_the_keys_and_accepts_the_token()
    {
        using var validator = CreateValidator();
        await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));
        clock.Advance(TimeSpan.FromMinutes(6));

        jwks.Publish(("key-1", poolKey), ("key-2", rotatedKey));
        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(rotatedKey, "key-2", clock.GetUtcNow()));

        Assert.Equal("alice", result.Username);
        Assert.Equal(2, jwks.FetchCount);
    }

    [Fact]
    public async Task Rotated_key_is_picked_up_even_right_after_the_first_fetch()
    {
        using var validator = CreateValidator();
        jwks.Publish(("key-2", rotatedKey));

        // First contact: nothing cached yet, so the first fetch already has key-2.
        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(rotatedKey, "key-2", Start));

        Assert.Equal(CognitoTokenUse.Access, result.TokenUse);
        Assert.Equal(1, jwks.FetchCount);
    }

    [Fact]
    public async Task Unknown_kid_refetches_at_most_once_per_minimum_interval()
    {
        using var validator = CreateValidator(o => o.MinimumRefetchInterval = TimeSpan.FromMinutes(5));
        await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));
        clock.Advance(TimeSpan.FromMinutes(5));

        for (int i = 0; i < 5; i++)
        {
            await AssertRefused(validator, TestTokens.Access(attackerKey, $"made-up-{i}", clock.GetUtcNow()), CognitoTokenUse.Access, CognitoTokenValidationFailure.UnknownSigningKey);
        }

        Assert.Equal(2, jwks.FetchCount);

        clock.Advance(TimeSpan.FromMinutes(5));
        await AssertRefused(validator, TestTokens.Access(attackerKey, "made-up-again", clock.GetUtcNow()), CognitoTokenUse.Access, CognitoTokenValidationFailure.UnknownSigningKey);

        Assert.Equal(3, jwks.FetchCount);
    }

    [Fact]
    public async Task Concurrent_tokens_with_a_new_kid_cause_exactly_one_refetch()
    {
        using var validator = CreateValidator();
        await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));
        clock.Advance(TimeSpan.FromMinutes(10));
        jwks.Publish(("key-1", poolKey), ("key-2", rotatedKey));
        var refetch = jwks.Gate = new RequestGate();
        string token = TestTokens.Access(rotatedKey, "key-2", clock.GetUtcNow());

        var callers = await ConcurrentCallers.StartAsync(50, () => validator.ValidateAccessTokenAsync(token));
        await refetch.NextArrivalAsync();
        Assert.All(callers, caller => Assert.False(caller.IsCompleted));
        refetch.Open();
        var results = await Task.WhenAll(callers);

        Assert.All(results, r => Assert.Equal("alice", r.Username));
        Assert.Equal(1, refetch.Arrived);
        Assert.Equal(2, jwks.FetchCount);
    }

    [Fact]
    public async Task Keys_are_refetched_after_their_lifetime()
    {
        using var validator = CreateValidator(o => o.KeySetLifetime = TimeSpan.FromHours(1));
        await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));

        clock.Advance(TimeSpan.FromHours(1));
        await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", clock.GetUtcNow()));

        Assert.Equal(2, jwks.FetchCount);
    }

    [Fact]
    public async Task Known_key_keeps_working_when_the_jwks_endpoint_fails_after_the_key_lifetime()
    {
        using var validator = CreateValidator(o => o.KeySetLifetime = TimeSpan.FromHours(1));
        await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));
        clock.Advance(TimeSpan.FromHours(2));
        jwks.FailWith = HttpStatusCode.ServiceUnavailable;

        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", clock.GetUtcNow()));

        Assert.Equal("alice", result.Username);
        Assert.Equal(2, jwks.FetchCount);
    }

    [Fact]
    public async Task Unreachable_jwks_endpoint_is_reported_as_SigningKeysUnavailable()
    {
        using var validator = CreateValidator();
        jwks.FailWith = HttpStatusCode.InternalServerError;

        var exception = await AssertRefused(validator, TestTokens.Access(poolKey, "key-1", Start), CognitoTokenUse.Access, CognitoTokenValidationFailure.SigningKeysUnavailable);

        Assert.Contains(TestTokens.JwksUri.ToString(), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_issuer_and_jwks_url_come_from_the_pool_id()
    {
        var options = new CognitoTokenValidatorOptions { UserPoolId = "us-east-2_AbCdEf123" };

        Assert.Equal("https://cognito-idp.us-east-2.amazonaws.com/us-east-2_AbCdEf123", options.ResolveIssuer());
        Assert.Equal(new Uri("https://cognito-idp.us-east-2.amazonaws.com/us-east-2_AbCdEf123/.well-known/jwks.json"), options.ResolveJwksUri());
    }

    [Fact]
    public async Task Emulator_issuer_override_fetches_keys_under_that_issuer()
    {
        const string LocalIssuer = "http://127.0.0.1:9229/local_4fg3Gf5j";
        var localJwks = new FakeJwksHttpMessageHandler(new Uri(LocalIssuer + "/.well-known/jwks.json"));
        localJwks.Publish(("local-key", poolKey));
        using var localClient = new HttpClient(localJwks);
        var options = new CognitoTokenValidatorOptions { UserPoolId = "local_4fg3Gf5j", Issuer = LocalIssuer, TimeProvider = clock };
        options.ClientIds.Add(TestTokens.ClientId);
        using var validator = new CognitoTokenValidator(options, localClient);

        var result = await validator.ValidateIdTokenAsync(TestTokens.Id(poolKey, "local-key", Start, issuer: LocalIssuer));

        Assert.Equal(LocalIssuer, result.Issuer);
        Assert.Equal(1, localJwks.FetchCount);
    }

    [Fact]
    public void Validator_without_client_ids_is_a_configuration_error()
    {
        var options = new CognitoTokenValidatorOptions { UserPoolId = TestTokens.PoolId };

        Assert.Throws<InvalidOperationException>(() => new CognitoTokenValidator(options, httpClient));
    }

    [Fact]
    public async Task Validated_token_ToString_shows_no_token()
    {
        using var validator = CreateValidator();
        string token = TestTokens.Access(poolKey, "key-1", Start);

        var text = (await validator.ValidateAccessTokenAsync(token)).ToString();

        Assert.DoesNotContain(token.Split('.')[1][..20], text, StringComparison.Ordinal);
        Assert.Contains("6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70", text, StringComparison.Ordinal);
    }

    private CognitoTokenValidator CreateValidator(Action<CognitoTokenValidatorOptions>? configure = null)
    {
        var options = new CognitoTokenValidatorOptions { UserPoolId = TestTokens.PoolId, TimeProvider = clock };
        options.ClientIds.Add(TestTokens.ClientId);
        configure?.Invoke(options);
        return new CognitoTokenValidator(options, httpClient);
    }

    /// <summary>Asserts the reason, and that neither the message nor the exception text quotes any part of the token.</summary>
    private static async Task<CognitoTokenValidationException> AssertRefused(
        CognitoTokenValidator validator, string token, CognitoTokenUse use, CognitoTokenValidationFailure reason)
    {
        var exception = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAsync(token, use));

        Assert.Equal(reason, exception.Reason);
        foreach (string part in token.Split('.').Where(p => p.Length >= 8))
        {
            Assert.DoesNotContain(part, exception.ToString(), StringComparison.Ordinal);
        }

        return exception;
    }
}
