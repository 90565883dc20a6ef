using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests;

/// <summary>Every user operation cognito-local supports, through the runtime, against the real emulator.</summary>
public sealed class UserFlowTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";

    private async Task<(CognitoAuthClient Client, string PoolId, string ClientId)> NewPoolAsync(bool emailUsername = false)
    {
        var (poolId, clientId) = await emulator.CreatePasswordPoolAsync("flows", pool =>
        {
            pool.UsernameAttributes = emailUsername ? ["email"] : [];
            pool.AutoVerifiedAttributes = ["email"];
        });
        return (new CognitoAuthClient(emulator.ClientOptions(poolId, clientId)), poolId, clientId);
    }

    private static string NewUsername() => "user-" + Guid.NewGuid().ToString("N")[..10];

    private static KeyValuePair<string, string>[] EmailOf(string username) => [new("email", username + "@example.com")];

    /// <summary>
    /// Cognito answers a wrong password with NotAuthorizedException; cognito-local 5.3 answers InvalidPasswordException.
    /// Either way it must be the typed exception carrying the AWS code, never a bare failure.
    /// </summary>
    private static async Task<CognitoServiceException> AssertWrongPasswordAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAnyAsync<CognitoServiceException>(call);
        Assert.True(error is NotAuthorizedException or InvalidPasswordException, $"unexpected {error.GetType().Name} ({error.ErrorCode})");
        Assert.Equal(error.GetType().Name, error.ErrorCode);
        return error;
    }

    private static async Task<CognitoTokens> SignUpAndSignInAsync(CognitoAuthClient client, string username, string password = Password)
    {
        await client.SignUpAsync(username, password, [new("email", username + "@example.com"), new("given_name", "Ada")]);
        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        var signedIn = await client.SignInWithPasswordAsync(username, password);
        Assert.True(signedIn.IsSignedIn, $"expected tokens, got {signedIn}");
        return signedIn.Tokens!;
    }

    [Fact]
    public async Task SignUp_confirm_sign_in_returns_tokens_for_that_user()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();

        var signUp = await client.SignUpAsync(username, Password, [new("email", username + "@example.com")]);
        Assert.False(signUp.UserConfirmed);
        Assert.False(string.IsNullOrEmpty(signUp.UserSub));

        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        var result = await client.SignInWithPasswordAsync(username, Password);

        Assert.True(result.IsSignedIn);
        Assert.Null(result.Challenge);
        Assert.Equal(username, result.Tokens!.Username);
        Assert.Equal(signUp.UserSub, CognitoJwt.ReadStringClaim(result.Tokens.IdToken, "sub"));
        Assert.False(string.IsNullOrEmpty(result.Tokens.RefreshToken));
        Assert.True(result.Tokens.ExpiresAt > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task ConfirmSignUp_with_wrong_code_throws_CodeMismatch()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        await client.SignUpAsync(username, Password, EmailOf(username));

        var error = await Assert.ThrowsAsync<CodeMismatchException>(() => client.ConfirmSignUpAsync(username, "000000"));

        Assert.Equal("CodeMismatchException", error.ErrorCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
    }

    [Fact]
    public async Task SignUp_with_existing_username_throws_UsernameExists()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        await client.SignUpAsync(username, Password, EmailOf(username));

        var error = await Assert.ThrowsAsync<UsernameExistsException>(() => client.SignUpAsync(username, Password, EmailOf(username)));
        Assert.Equal("UsernameExistsException", error.ErrorCode);
    }

    [Fact]
    public async Task SignIn_with_wrong_password_throws_a_typed_error_without_the_password_in_the_message()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        await SignUpAndSignInAsync(client, username);

        var error = await AssertWrongPasswordAsync(() => client.SignInWithPasswordAsync(username, "Wrong-password-1"));

        Assert.DoesNotContain("Wrong-password-1", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_of_unknown_user_throws_a_typed_exception()
    {
        var (client, _, _) = await NewPoolAsync();

        var error = await Assert.ThrowsAnyAsync<CognitoServiceException>(() => client.SignInWithPasswordAsync(NewUsername(), Password));

        Assert.True(error is UserNotFoundException or NotAuthorizedException, error.ErrorCode);
    }

    [Fact]
    public async Task SignIn_with_unknown_client_throws_ResourceNotFound()
    {
        var (_, poolId, _) = await NewPoolAsync();
        using var client = new CognitoAuthClient(emulator.ClientOptions(poolId, "doesnotexist"));

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => client.SignInWithPasswordAsync(NewUsername(), Password));
    }

    [Fact]
    public async Task GetUser_returns_the_attributes_signed_up_with_and_UpdateUserAttributes_changes_them()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        var tokens = await SignUpAndSignInAsync(client, username);

        var user = await client.GetUserAsync(tokens.AccessToken);
        Assert.Equal(username, user.Username);
        Assert.Equal(username + "@example.com", user.Attributes["email"]);
        Assert.Equal("Ada", user.Attributes["given_name"]);
        Assert.True(user.Attributes.ContainsKey("sub"));

        await client.UpdateUserAttributesAsync(tokens.AccessToken, [new("given_name", "Grace"), new("family_name", "Hopper")]);
        var updated = await client.GetUserAsync(tokens.AccessToken);

        Assert.Equal("Grace", updated.Attributes["given_name"]);
        Assert.Equal("Hopper", updated.Attributes["family_name"]);
    }

    [Fact]
    public async Task Refresh_returns_new_tokens_and_keeps_the_refresh_token()
    {
        var (client, _, _) = await NewPoolAsync();
        var tokens = await SignUpAndSignInAsync(client, NewUsername());

        var refreshed = await client.RefreshAsync(tokens);

        Assert.Equal(tokens.RefreshToken, refreshed.RefreshToken);
        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
        Assert.Equal(tokens.Username, refreshed.Username);
        var user = await client.GetUserAsync(refreshed.AccessToken);
        Assert.Equal(tokens.Username, user.Username);
    }

    [Fact]
    public async Task Revoked_refresh_token_no_longer_refreshes()
    {
        var (client, _, _) = await NewPoolAsync();
        var tokens = await SignUpAndSignInAsync(client, NewUsername());

        await client.RevokeTokenAsync(tokens.RefreshToken!);

        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.RefreshAsync(tokens));
    }

    [Fact]
    public async Task ChangePassword_then_sign_in_works_only_with_the_new_password()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        var tokens = await SignUpAndSignInAsync(client, username);

        await client.ChangePasswordAsync(tokens.AccessToken, Password, "Brand-new-pass-7");

        Assert.True((await client.SignInWithPasswordAsync(username, "Brand-new-pass-7")).IsSignedIn);
        await AssertWrongPasswordAsync(() => client.SignInWithPasswordAsync(username, Password));
    }

    [Fact]
    public async Task ChangePassword_with_wrong_previous_password_throws_a_typed_error()
    {
        var (client, _, _) = await NewPoolAsync();
        var tokens = await SignUpAndSignInAsync(client, NewUsername());

        await AssertWrongPasswordAsync(() => client.ChangePasswordAsync(tokens.AccessToken, "Not-the-password-1", "Brand-new-pass-7"));
    }

    [Fact]
    public async Task ForgotPassword_then_confirm_with_the_code_resets_the_password()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        await SignUpAndSignInAsync(client, username);

        var delivery = await client.ForgotPasswordAsync(username);
        Assert.NotNull(delivery);
        await client.ConfirmForgotPasswordAsync(username, CognitoLocalFixture.ConfirmationCode, "Reset-pass-word-3");

        Assert.True((await client.SignInWithPasswordAsync(username, "Reset-pass-word-3")).IsSignedIn);
    }

    [Fact]
    public async Task ConfirmForgotPassword_with_wrong_code_throws_CodeMismatch()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        await SignUpAndSignInAsync(client, username);
        await client.ForgotPasswordAsync(username);

        await Assert.ThrowsAsync<CodeMismatchException>(() => client.ConfirmForgotPasswordAsync(username, "999999", "Reset-pass-word-3"));
    }

    [Fact]
    public async Task DeleteUser_removes_the_user()
    {
        var (client, _, _) = await NewPoolAsync();
        var username = NewUsername();
        var tokens = await SignUpAndSignInAsync(client, username);

        await client.DeleteUserAsync(tokens.AccessToken);

        await Assert.ThrowsAnyAsync<CognitoServiceException>(() => client.SignInWithPasswordAsync(username, Password));
    }

    [Fact]
    public async Task Sign_in_by_email_alias_works_when_the_pool_uses_email_as_username()
    {
        var (client, _, _) = await NewPoolAsync(emailUsername: true);
        var email = NewUsername() + "@example.com";
        await client.SignUpAsync(email, Password, [new("email", email)]);
        await client.ConfirmSignUpAsync(email, CognitoLocalFixture.ConfirmationCode);

        var result = await client.SignInWithPasswordAsync(email, Password);

        Assert.True(result.IsSignedIn);
        Assert.Equal(email, CognitoJwt.ReadStringClaim(result.Tokens!.IdToken, "email"));
    }
}
