using System.Globalization;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests;

/// <summary>
/// CognitoTokenValidator on tokens cognito-local really issued, with the keys its JWKS endpoint really serves (RS256, kid
/// "CognitoLocal", issuer <c>http://127.0.0.1:PORT/{poolId}</c>).
/// </summary>
public sealed class TokenValidationTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";

    private sealed record SignedInUser(string PoolId, string ClientId, string Username, string Sub, CognitoTokens Tokens, CognitoAuthClient Client);

    private string IssuerOf(string poolId) => $"http://127.0.0.1:{emulator.Url.Port.ToString(CultureInfo.InvariantCulture)}/{poolId}";

    private CognitoTokenValidator ValidatorFor(string poolId, string clientId, TimeProvider? clock = null)
    {
        var options = new CognitoTokenValidatorOptions
        {
            UserPoolId = poolId,
            Issuer = IssuerOf(poolId),
            JwksUri = new Uri(emulator.Url, $"{poolId}/.well-known/jwks.json"),
            TimeProvider = clock ?? TimeProvider.System,
        };
        options.ClientIds.Add(clientId);
        return new CognitoTokenValidator(options);
    }

    private async Task<SignedInUser> SignedInUserAsync()
    {
        var (poolId, clientId) = await emulator.CreatePasswordPoolAsync("jwks");
        var client = new CognitoAuthClient(emulator.ClientOptions(poolId, clientId));
        var username = "jwt-" + Guid.NewGuid().ToString("N")[..10];
        var signUp = await client.SignUpAsync(username, Password, [new("email", username + "@example.com")]);
        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        var signedIn = await client.SignInWithPasswordAsync(username, Password);
        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        return new SignedInUser(poolId, clientId, username, signUp.UserSub!, signedIn.Tokens!, client);
    }

    /// <summary>The same token with one character of the signature changed.</summary>
    private static string WithTamperedSignature(string jwt)
    {
        var lastDot = jwt.LastIndexOf('.');
        var index = lastDot + 5;
        var replacement = jwt[index] == 'A' ? 'B' : 'A';
        return string.Concat(jwt.AsSpan(0, index), replacement.ToString(), jwt.AsSpan(index + 1));
    }

    [Fact]
    public async Task Real_access_and_ID_tokens_from_cognito_local_validate_against_its_JWKS()
    {
        var user = await SignedInUserAsync();
        using var validator = ValidatorFor(user.PoolId, user.ClientId);

        var access = await validator.ValidateAccessTokenAsync(user.Tokens.AccessToken);
        var id = await validator.ValidateIdTokenAsync(user.Tokens.IdToken);

        Assert.Equal(IssuerOf(user.PoolId), CognitoJwt.ReadStringClaim(user.Tokens.AccessToken, "iss"));
        Assert.Equal(CognitoTokenUse.Access, access.TokenUse);
        Assert.Equal(user.Sub, access.Subject);
        Assert.Equal(user.ClientId, access.ClientId);
        Assert.Equal(IssuerOf(user.PoolId), access.Issuer);
        Assert.True(access.ExpiresAt > DateTimeOffset.UtcNow);
        Assert.Equal(CognitoTokenUse.Id, id.TokenUse);
        Assert.Equal(user.Sub, id.Subject);
        Assert.Equal(user.Username, id.Username);
        Assert.Equal(user.Username + "@example.com", id.FindClaim("email"));
    }

    [Fact]
    public async Task Tokens_from_a_real_refresh_validate_too()
    {
        var user = await SignedInUserAsync();
        using var validator = ValidatorFor(user.PoolId, user.ClientId);

        var refreshed = await user.Client.RefreshAsync(user.Tokens);

        Assert.Equal(user.Sub, (await validator.ValidateAccessTokenAsync(refreshed.AccessToken)).Subject);
        Assert.Equal(user.Sub, (await validator.ValidateIdTokenAsync(refreshed.IdToken)).Subject);
    }

    [Fact]
    public async Task A_real_token_with_a_tampered_signature_is_refused()
    {
        var user = await SignedInUserAsync();
        using var validator = ValidatorFor(user.PoolId, user.ClientId);

        var error = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAccessTokenAsync(WithTamperedSignature(user.Tokens.AccessToken)));

        Assert.Equal(CognitoTokenValidationFailure.InvalidSignature, error.Reason);
        Assert.DoesNotContain(user.Tokens.AccessToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_token_of_another_pool_on_the_same_emulator_is_refused_for_its_issuer()
    {
        var user = await SignedInUserAsync();
        var other = await SignedInUserAsync();
        using var validator = ValidatorFor(user.PoolId, user.ClientId);

        var error = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAccessTokenAsync(other.Tokens.AccessToken));

        Assert.Equal(CognitoTokenValidationFailure.WrongIssuer, error.Reason);
    }

    [Fact]
    public async Task A_real_token_of_another_app_client_is_refused()
    {
        var user = await SignedInUserAsync();
        using var validator = ValidatorFor(user.PoolId, "another-client-id");

        var error = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAccessTokenAsync(user.Tokens.AccessToken));

        Assert.Equal(CognitoTokenValidationFailure.WrongClient, error.Reason);
    }

    [Fact]
    public async Task A_real_access_token_is_refused_where_an_ID_token_is_expected_and_the_other_way_round()
    {
        var user = await SignedInUserAsync();
        using var validator = ValidatorFor(user.PoolId, user.ClientId);

        var asId = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateIdTokenAsync(user.Tokens.AccessToken));
        var asAccess = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAccessTokenAsync(user.Tokens.IdToken));

        Assert.Equal(CognitoTokenValidationFailure.WrongTokenUse, asId.Reason);
        Assert.Equal(CognitoTokenValidationFailure.WrongTokenUse, asAccess.Reason);
    }

    [Fact]
    public async Task A_real_token_is_refused_as_expired_once_its_exp_and_the_clock_skew_have_passed()
    {
        var user = await SignedInUserAsync();
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(CognitoJwt.ReadClaims(user.Tokens.AccessToken)["exp"], CultureInfo.InvariantCulture));
        var clock = new MovableClock(expiresAt.AddMinutes(1));
        using var validator = ValidatorFor(user.PoolId, user.ClientId, clock);

        Assert.Equal(user.Sub, (await validator.ValidateAccessTokenAsync(user.Tokens.AccessToken)).Subject);
        clock.Now = expiresAt.AddMinutes(3);
        var error = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.ValidateAccessTokenAsync(user.Tokens.AccessToken));

        Assert.Equal(CognitoTokenValidationFailure.Expired, error.Reason);
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
