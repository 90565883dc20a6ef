using Amazon.Runtime;
using CognitoTyped.Tests.Protocol;
using static CognitoTyped.Tests.Auth.AuthFakes;

namespace CognitoTyped.Tests.Auth;

/// <summary>
/// The admin sign-in (AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH) against a fake that answers with the shapes AWS documents for
/// AdminInitiateAuth and AdminRespondToAuthChallenge: cognito-local signs in with that flow (see the integration tests) but never
/// challenges it, so the challenge path, the signing of every step and what is refused are proven here.
/// </summary>
public sealed class AdminSignInFakeTests
{
    private static readonly BasicAWSCredentials Credentials = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    private static CognitoAuthClient AdminClientOver(FakeHttpHandler fake, string? secret = ClientSecret) => new(
        new CognitoClientOptions
        {
            UserPoolId = PoolId,
            ClientId = ClientId,
            ClientSecret = secret,
            Credentials = Credentials,
            Retry = new CognitoRetryOptions { MaxAttempts = 1 },
        },
        new HttpClient(fake));

    [Fact]
    public async Task Fake_admin_sign_in_sends_the_pool_the_flow_the_password_and_SECRET_HASH_signed_with_the_credentials()
    {
        var fake = new FakeHttpHandler(_ => Ok(TokensJson()));
        using var client = AdminClientOver(fake);

        var result = await client.AdminSignInWithPasswordAsync("ada@example.com", "pw-123456");

        Assert.True(result.IsSignedIn);
        var call = Assert.Single(fake.Calls);
        Assert.Equal("AdminInitiateAuth", call.Operation);
        var body = Body(call);
        Assert.Equal(PoolId, body.Text("UserPoolId"));
        Assert.Equal(ClientId, body.Text("ClientId"));
        Assert.Equal("ADMIN_USER_PASSWORD_AUTH", body.Text("AuthFlow"));
        var parameters = AuthParameters(call);
        Assert.Equal("ada@example.com", parameters.Text("USERNAME"));
        Assert.Equal("pw-123456", parameters.Text("PASSWORD"));
        Assert.Equal(Hash("ada@example.com"), parameters.Text("SECRET_HASH"));
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/", call.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/cognito-idp/aws4_request", call.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fake_a_challenge_after_admin_sign_in_is_answered_with_AdminRespondToAuthChallenge_signed_and_with_the_pool()
    {
        var fake = new FakeHttpHandler(call => call.Number == 1
            ? Challenge("NEW_PASSWORD_REQUIRED", "session-1", new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp, ["requiredAttributes"] = "[]" })
            : call.Operation == "AdminRespondToAuthChallenge" ? Ok(TokensJson()) : Unexpected(call));
        using var client = AdminClientOver(fake);

        var challenge = (await client.AdminSignInWithPasswordAsync("ada@example.com", "temporary-1")).Challenge!;
        var signedIn = await client.RespondToNewPasswordRequiredAsync(challenge, "brand-new-pw-1");

        Assert.Equal(CognitoChallengeKind.NewPasswordRequired, challenge.Kind);
        Assert.True(signedIn.IsSignedIn);
        var answer = fake.Calls[1];
        Assert.Equal("AdminRespondToAuthChallenge", answer.Operation);
        var body = Body(answer);
        Assert.Equal(PoolId, body.Text("UserPoolId"));
        Assert.Equal("NEW_PASSWORD_REQUIRED", body.Text("ChallengeName"));
        Assert.Equal("session-1", body.Text("Session"));
        var responses = Responses(answer);
        Assert.Equal("brand-new-pw-1", responses.Text("NEW_PASSWORD"));
        Assert.Equal(UserIdForSrp, responses.Text("USERNAME"));
        Assert.Equal(Hash(UserIdForSrp), responses.Text("SECRET_HASH"));
        Assert.StartsWith("AWS4-HMAC-SHA256 ", answer.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fake_an_MFA_code_after_admin_sign_in_goes_to_the_admin_operation_and_the_user_sign_in_still_goes_to_the_user_one()
    {
        var fake = new FakeHttpHandler(call => call.Operation switch
        {
            "AdminInitiateAuth" or "InitiateAuth" => Challenge("SOFTWARE_TOKEN_MFA", "session-" + call.Number, new Dictionary<string, string> { ["USER_ID_FOR_SRP"] = UserIdForSrp }),
            "AdminRespondToAuthChallenge" or "RespondToAuthChallenge" => Ok(TokensJson()),
            _ => Unexpected(call),
        });
        using var client = AdminClientOver(fake);

        var admin = (await client.AdminSignInWithPasswordAsync("ada@example.com", "pw-123456")).Challenge!;
        Assert.True((await client.RespondToMfaCodeAsync(admin, "123456")).IsSignedIn);
        var user = (await client.SignInWithPasswordAsync("ada@example.com", "pw-123456")).Challenge!;
        Assert.True((await client.RespondToMfaCodeAsync(user, "654321")).IsSignedIn);

        Assert.Equal(new[] { "AdminInitiateAuth", "AdminRespondToAuthChallenge", "InitiateAuth", "RespondToAuthChallenge" }, fake.Calls.Select(c => c.Operation));
        Assert.Equal("123456", Responses(fake.Calls[1]).Text("SOFTWARE_TOKEN_MFA_CODE"));
        Assert.False(fake.Calls[3].Headers.ContainsKey("Authorization"), "the user flow is never signed");
    }

    [Fact]
    public async Task Fake_a_disabled_user_is_refused_with_a_typed_NotAuthorizedException_that_keeps_the_password_out()
    {
        // What Cognito answers for a disabled user (cognito-local signs disabled users in, so this is a fake).
        var fake = new FakeHttpHandler(_ => FakeHttpHandler.Error(System.Net.HttpStatusCode.BadRequest, "NotAuthorizedException", "User is disabled."));
        using var client = AdminClientOver(fake);

        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => client.AdminSignInWithPasswordAsync("ada@example.com", "pw-secret-123"));

        Assert.Equal("NotAuthorizedException", refused.ErrorCode);
        Assert.Contains("User is disabled.", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-secret-123", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_sign_in_without_the_pool_ID_is_refused_before_anything_is_sent()
    {
        var fake = new FakeHttpHandler(Unexpected);
        using var client = new CognitoAuthClient(new CognitoClientOptions { Region = "eu-west-1", ClientId = ClientId, Credentials = Credentials }, new HttpClient(fake));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => client.AdminSignInWithPasswordAsync("ada", "pw-123456"));

        Assert.Contains("UserPoolId", refused.Message, StringComparison.Ordinal);
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public void The_credentials_never_appear_in_the_options_text()
    {
        var options = new CognitoClientOptions { UserPoolId = PoolId, ClientId = ClientId, Credentials = Credentials };

        Assert.DoesNotContain("AKIDEXAMPLE", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("wJalrXUtnFEMI", options.ToString(), StringComparison.Ordinal);
    }
}
