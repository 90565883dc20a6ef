using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests;

/// <summary>
/// A signed-in user adds an authenticator app (TOTP) to their account, turns it on, and from then on signs in with its codes,
/// against cognito-local, which checks real RFC 6238 codes.
/// </summary>
public sealed class AuthenticatorAppTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";

    private async Task<CognitoAuthClient> NewPoolAsync()
    {
        var (poolId, clientId) = await emulator.CreatePasswordPoolAsync("totp", pool => pool.MfaConfiguration = "OPTIONAL");
        return new CognitoAuthClient(emulator.ClientOptions(poolId, clientId));
    }

    private static async Task<(string Username, CognitoTokens Tokens)> SignedInUserAsync(CognitoAuthClient client)
    {
        var username = "user-" + Guid.NewGuid().ToString("N")[..10];
        await client.SignUpAsync(username, Password, [new("email", username + "@example.com")]);
        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        var signedIn = await client.SignInWithPasswordAsync(username, Password);
        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        return (username, signedIn.Tokens!);
    }

    [Fact]
    public async Task Associate_verify_and_prefer_an_authenticator_app_then_sign_in_with_its_code()
    {
        var client = await NewPoolAsync();
        var (username, tokens) = await SignedInUserAsync(client);

        var secret = await client.AssociateSoftwareTokenAsync(tokens.AccessToken, "CognitoTyped tests", username + "@example.com");
        Assert.Equal(
            $"otpauth://totp/CognitoTyped%20tests:{username}%40example.com?secret={secret.SecretCode}&issuer=CognitoTyped%20tests",
            secret.OtpAuthUri.AbsoluteUri);
        Assert.DoesNotContain(secret.SecretCode, secret.ToString(), StringComparison.Ordinal);

        var wrong = await Assert.ThrowsAsync<CodeMismatchException>(() => client.VerifySoftwareTokenAsync(tokens.AccessToken, CodeNoWindowAccepts(secret.SecretCode)));
        Assert.Equal("CodeMismatchException", wrong.ErrorCode);
        await client.VerifySoftwareTokenAsync(tokens.AccessToken, Totp.Code(secret.SecretCode, DateTimeOffset.UtcNow), "Phone");
        await client.SetMfaPreferenceAsync(tokens.AccessToken, CognitoMfaFactor.SoftwareToken, enabled: true, preferred: true);

        var first = await client.SignInWithPasswordAsync(username, Password);
        Assert.False(first.IsSignedIn);
        Assert.Equal(CognitoChallengeKind.SoftwareTokenMfa, first.Challenge!.Kind);
        var signedIn = await client.RespondToMfaCodeAsync(first.Challenge, Totp.Code(secret.SecretCode, DateTimeOffset.UtcNow));
        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        Assert.Equal(username, (await client.GetUserAsync(signedIn.Tokens!.AccessToken)).Username);
    }

    [Fact]
    public async Task Turning_the_authenticator_app_off_signs_in_with_the_password_alone_again()
    {
        var client = await NewPoolAsync();
        var (username, tokens) = await SignedInUserAsync(client);
        var secret = await client.AssociateSoftwareTokenAsync(tokens.AccessToken, "CognitoTyped tests", username);
        await client.VerifySoftwareTokenAsync(tokens.AccessToken, Totp.Code(secret.SecretCode, DateTimeOffset.UtcNow));
        await client.SetMfaPreferenceAsync(tokens.AccessToken, CognitoMfaFactor.SoftwareToken, enabled: true, preferred: true);
        Assert.False((await client.SignInWithPasswordAsync(username, Password)).IsSignedIn);

        await client.SetMfaPreferenceAsync(tokens.AccessToken, CognitoMfaFactor.SoftwareToken, enabled: false);

        Assert.True((await client.SignInWithPasswordAsync(username, Password)).IsSignedIn);
    }

    [Fact]
    public async Task Preferring_an_authenticator_app_that_was_never_verified_is_a_typed_error()
    {
        var client = await NewPoolAsync();
        var (username, tokens) = await SignedInUserAsync(client);
        _ = await client.AssociateSoftwareTokenAsync(tokens.AccessToken, "CognitoTyped tests", username);

        var error = await Assert.ThrowsAnyAsync<CognitoServiceException>(
            () => client.SetMfaPreferenceAsync(tokens.AccessToken, CognitoMfaFactor.SoftwareToken, enabled: true, preferred: true));

        Assert.Equal("InvalidParameterException", error.ErrorCode);
    }

    [Fact]
    public async Task Arguments_are_checked_before_anything_is_sent()
    {
        var client = await NewPoolAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => client.AssociateSoftwareTokenAsync("token", "Bad:Issuer", "ada"));
        await Assert.ThrowsAsync<ArgumentException>(() => client.SetMfaPreferenceAsync("token", CognitoMfaFactor.Sms, enabled: false, preferred: true));
    }

    /// <summary>A six-digit code that is not the valid one for any step Cognito may accept around now.</summary>
    private static string CodeNoWindowAccepts(string base32Secret)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(base32Secret, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => new string((char)('0' + i), 6)).First(code => !valid.Contains(code));
    }
}
