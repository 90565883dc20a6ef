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

    [Fact]
    public async Task Token_with_the_issuer_cognito_idp_issuer_form_of_the_pool_is_accepted()
    {
        using var validator = CreateValidator();
        const string GlobalIssuer = "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1";

        var access = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start, issuer: GlobalIssuer));
        var id = await validator.ValidateIdTokenAsync(TestTokens.Id(poolKey, "key-1", Start, issuer: GlobalIssuer));

        Assert.Equal(GlobalIssuer, access.Issuer);
        Assert.Equal(GlobalIssuer, id.Issuer);
        Assert.Equal(1, jwks.FetchCount);
    }

    [Theory]
    [InlineData("https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool")]
    [InlineData("https://issuer-cognito-idp.us-east-1.amazonaws.com/eu-west-1_TestPool1")]
    [InlineData("http://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1")]
    [InlineData("https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1/")]
    public async Task Issuer_form_that_is_not_exactly_the_pool_s_is_refused_as_WrongIssuer(string issuer)
    {
        using var validator = CreateValidator();

        await AssertRefused(validator, TestTokens.Access(poolKey, "key-1", Start, issuer: issuer), CognitoTokenUse.Access, CognitoTokenValidationFailure.WrongIssuer);
    }

    [Fact]
    public async Task Explicit_issuer_override_is_the_only_issuer_accepted()
    {
        const string LocalIssuer = "http://127.0.0.1:9229/eu-west-1_TestPool1";
        using var validator = CreateValidator(o =>
        {
            o.Issuer = LocalIssuer;
            o.JwksUri = TestTokens.JwksUri;
        });

        Assert.Equal([LocalIssuer], validator.Issuers);
        await AssertRefused(validator, TestTokens.Access(poolKey, "key-1", Start), CognitoTokenUse.Access, CognitoTokenValidationFailure.WrongIssuer);
        await AssertRefused(
            validator,
            TestTokens.Access(poolKey, "key-1", Start, issuer: "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1"),
            CognitoTokenUse.Access,
            CognitoTokenValidationFailure.WrongIssuer);
    }

    [Fact]
    public void Both_issuer_forms_are_accepted_by_default()
    {
        var options = new CognitoTokenValidatorOptions { UserPoolId = "us-east-2_AbCdEf123" };

        Assert.Equal(
            ["https://cognito-idp.us-east-2.amazonaws.com/us-east-2_AbCdEf123", "https://issuer-cognito-idp.us-east-2.amazonaws.com/us-east-2_AbCdEf123"],
            options.ResolveIssuers());
    }

    [Fact]
    public async Task Token_longer_than_the_size_cap_is_refused_as_TooLarge_without_fetching_keys()
    {
        using var validator = CreateValidator();
        string token = TestTokens.Access(poolKey, "key-1", Start, extraClaims: new() { ["padding"] = new string('x', 20 * 1024) });

        await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.TooLarge);
        Assert.Equal(0, jwks.FetchCount);
    }

    [Fact]
    public async Task Size_cap_is_an_option()
    {
        string token = TestTokens.Access(poolKey, "key-1", Start, extraClaims: new() { ["padding"] = new string('x', 20 * 1024) });
        using var validator = CreateValidator(o => o.MaxTokenLength = 64 * 1024);

        var result = await validator.ValidateAccessTokenAsync(token);

        Assert.Equal("alice", result.Username);
        Assert.Equal(16 * 1024, new CognitoTokenValidatorOptions().MaxTokenLength);
    }

    [Fact]
    public async Task Jwks_fetch_that_hangs_is_abandoned_after_the_fetch_timeout()
    {
        using var validator = CreateValidator();
        var hanging = jwks.Gate = new RequestGate();

        var caller = validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", Start));
        await hanging.NextArrivalAsync();
        clock.Advance(new CognitoTokenValidatorOptions().JwksFetchTimeout);

        var exception = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => caller.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal(CognitoTokenValidationFailure.SigningKeysUnavailable, exception.Reason);
        Assert.Contains("JwksFetchTimeout", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caller_that_cancels_stops_waiting_but_the_shared_fetch_goes_on_for_the_others()
    {
        using var validator = CreateValidator();
        var held = jwks.Gate = new RequestGate();
        string token = TestTokens.Access(poolKey, "key-1", Start);
        using var impatient = new CancellationTokenSource();

        var first = validator.ValidateAsync(token, CognitoTokenUse.Access, impatient.Token);
        await held.NextArrivalAsync();
        var others = await ConcurrentCallers.StartAsync(10, () => validator.ValidateAccessTokenAsync(token));
        impatient.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.All(others, other => Assert.False(other.IsCompleted));
        held.Open();
        var results = await Task.WhenAll(others);

        Assert.All(results, r => Assert.Equal("alice", r.Username));
        Assert.Equal(1, jwks.FetchCount);
    }

    [Fact]
    public async Task Unknown_kid_flood_after_a_failed_first_fetch_hits_the_endpoint_once_per_interval()
    {
        using var validator = CreateValidator(o => o.MinimumRefetchInterval = TimeSpan.FromMinutes(5));
        jwks.FailWith = HttpStatusCode.ServiceUnavailable;

        for (int i = 0; i < 20; i++)
        {
            await AssertRefused(validator, TestTokens.Access(attackerKey, $"made-up-{i}", Start), CognitoTokenUse.Access, CognitoTokenValidationFailure.SigningKeysUnavailable);
        }

        Assert.Equal(1, jwks.FetchCount);

        jwks.FailWith = null;
        clock.Advance(TimeSpan.FromMinutes(5));
        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", clock.GetUtcNow()));

        Assert.Equal("alice", result.Username);
        Assert.Equal(2, jwks.FetchCount);
    }

    [Fact]
    public async Task Failed_first_fetches_are_retried_after_1_2_4_seconds_up_to_the_interval_not_after_the_whole_interval()
    {
        using var validator = CreateValidator(o => o.MinimumRefetchInterval = TimeSpan.FromSeconds(5));
        jwks.FailWith = HttpStatusCode.ServiceUnavailable;
        var token = TestTokens.Access(poolKey, "key-1", Start);

        // Each round: refused at once (no fetch yet: the wait has not passed), then one fetch once it has.
        var fetches = new List<int>();
        foreach (var wait in new[] { 0, 1, 2, 4, 5, 5 })
        {
            clock.Advance(TimeSpan.FromSeconds(wait) - TimeSpan.FromMilliseconds(wait == 0 ? 0 : 1));
            if (wait > 0)
            {
                await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.SigningKeysUnavailable);
                fetches.Add(jwks.FetchCount);
                clock.Advance(TimeSpan.FromMilliseconds(1));
            }

            await AssertRefused(validator, token, CognitoTokenUse.Access, CognitoTokenValidationFailure.SigningKeysUnavailable);
            fetches.Add(jwks.FetchCount);
        }

        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6], fetches);

        jwks.FailWith = null;
        clock.Advance(TimeSpan.FromSeconds(5));
        var result = await validator.ValidateAccessTokenAsync(TestTokens.Access(poolKey, "key-1", clock.GetUtcNow()));
        Assert.Equal("alice", result.Username);
    }

    [Fact]
    public async Task Concurrent_unknown_kid_flood_before_any_key_set_shares_one_fetch()
    {
        using var validator = CreateValidator();
        var held = jwks.Gate = new RequestGate();

        var callers = await ConcurrentCallers.StartAsync(50, () => validator.ValidateAccessTokenAsync(TestTokens.Access(attackerKey, "made-up-" + Guid.NewGuid().ToString("N"), Start)));
        await held.NextArrivalAsync();
        held.Open();

        foreach (var caller in callers)
        {
            var exception = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => caller);
            Assert.Equal(CognitoTokenValidationFailure.UnknownSigningKey, exception.Reason);
        }

        Assert.Equal(1, jwks.FetchCount);
    }

    [Theory]
    [InlineData("http://cognito-local:9229/local_4fg3Gf5j", null)]
    [InlineData(null, "http://keys.example.com/.well-known/jwks.json")]
    [InlineData("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TestPool1", "http://10.0.0.5/.well-known/jwks.json")]
    public void Plain_http_issuer_or_jwks_endpoint_off_loopback_is_refused(string? issuer, string? jwksUri)
    {
        var options = new CognitoTokenValidatorOptions { UserPoolId = TestTokens.PoolId, Issuer = issuer, JwksUri = jwksUri is null ? null : new Uri(jwksUri) };
        options.ClientIds.Add(TestTokens.ClientId);

        var exception = Assert.Throws<InvalidOperationException>(() => new CognitoTokenValidator(options, httpClient));

        Assert.Contains("AllowInsecureHttp", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9229/local_4fg3Gf5j")]
    [InlineData("http://localhost:9229/local_4fg3Gf5j")]
    [InlineData("http://[::1]:9229/local_4fg3Gf5j")]
    public void Plain_http_on_loopback_is_allowed(string issuer)
    {
        var options = new CognitoTokenValidatorOptions { UserPoolId = "local_4fg3Gf5j", Issuer = issuer };
        options.ClientIds.Add(TestTokens.ClientId);

        using var validator = new CognitoTokenValidator(options, httpClient);

        Assert.Equal(issuer, validator.Issuer);
    }

    [Fact]
    public async Task Plain_http_emulator_reached_by_host_name_works_with_AllowInsecureHttp()
    {
        const string ContainerIssuer = "http://cognito-local:9229/local_4fg3Gf5j";
        var containerJwks = new FakeJwksHttpMessageHandler(new Uri(ContainerIssuer + "/.well-known/jwks.json"));
        containerJwks.Publish(("local-key", poolKey));
        using var containerClient = new HttpClient(containerJwks);
        var options = new CognitoTokenValidatorOptions { UserPoolId = "local_4fg3Gf5j", Issuer = ContainerIssuer, AllowInsecureHttp = true, TimeProvider = clock };
        options.ClientIds.Add(TestTokens.ClientId);
        using var validator = new CognitoTokenValidator(options, containerClient);

        var result = await validator.ValidateIdTokenAsync(TestTokens.Id(poolKey, "local-key", Start, issuer: ContainerIssuer));

        Assert.Equal(ContainerIssuer, result.Issuer);
        Assert.False(new CognitoTokenValidatorOptions().AllowInsecureHttp);
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
