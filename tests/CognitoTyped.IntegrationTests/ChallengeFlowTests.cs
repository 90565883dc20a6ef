using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests;

/// <summary>
/// The challenge flows cognito-local supports (NEW_PASSWORD_REQUIRED after AdminCreateUser), typed, end to end; and a token
/// session refreshing through it. cognito-local 5.3 neither checks a temporary password nor applies the answer's userAttributes.*,
/// so those are checked on the fake. MFA, custom auth, SRP, devices and USER_AUTH are not in cognito-local: they are covered by the
/// Fake_ tests of CognitoTyped.Tests.
/// </summary>
public sealed class ChallengeFlowTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string TemporaryPassword = "Temporary-pass-1";
    private const string Password = "Correct-horse-9";

    private Task<(string PoolId, string ClientId)> NewPoolAsync() => emulator.CreatePasswordPoolAsync("challenge");

    private async Task<string> AdminCreatedUserAsync(string poolId, string? givenName = null)
    {
        var username = "invited-" + Guid.NewGuid().ToString("N")[..10];
        List<AttributeType> attributes = [new AttributeType { Name = "email", Value = username + "@example.com" }];
        if (givenName is not null)
        {
            attributes.Add(new AttributeType { Name = "given_name", Value = givenName });
        }

        await emulator.Admin.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = poolId,
            Username = username,
            TemporaryPassword = TemporaryPassword,
            MessageAction = "SUPPRESS",
            UserAttributes = attributes,
        });
        return username;
    }

    [Fact]
    public async Task An_invited_user_gets_a_typed_NEW_PASSWORD_REQUIRED_and_the_answer_signs_in()
    {
        var (poolId, clientId) = await NewPoolAsync();
        var username = await AdminCreatedUserAsync(poolId, givenName: "Ada");
        using var client = new CognitoAuthClient(emulator.ClientOptions(poolId, clientId));

        var first = await client.SignInWithPasswordAsync(username, TemporaryPassword);

        Assert.False(first.IsSignedIn);
        var challenge = first.Challenge!;
        Assert.Equal(CognitoChallengeKind.NewPasswordRequired, challenge.Kind);
        Assert.Equal(username, challenge.Username);
        Assert.Null(challenge.CodeDeliveryDestination);
        Assert.Empty(challenge.AvailableChallenges);

        var second = await client.RespondToNewPasswordRequiredAsync(challenge, Password);

        Assert.True(second.IsSignedIn, $"expected tokens, got {second}");
        Assert.Equal(username, second.Tokens!.Username);
        Assert.True(challenge.IsAnswered);
        Assert.True((await client.SignInWithPasswordAsync(username, Password)).IsSignedIn);
    }

    [Fact]
    public async Task The_NEW_PASSWORD_REQUIRED_session_is_spent_by_the_first_answer_and_never_sent_again()
    {
        var (poolId, clientId) = await NewPoolAsync();
        var username = await AdminCreatedUserAsync(poolId);
        using var client = new CognitoAuthClient(emulator.ClientOptions(poolId, clientId));
        var challenge = (await client.SignInWithPasswordAsync(username, TemporaryPassword)).Challenge!;

        await client.RespondToNewPasswordRequiredAsync(challenge, Password);
        var replay = await Assert.ThrowsAsync<InvalidOperationException>(() => client.RespondToChallengeAsync(challenge, new Dictionary<string, string> { ["NEW_PASSWORD"] = "Another-pass-2" }));

        Assert.Contains("cannot be replayed", replay.Message, StringComparison.Ordinal);
        Assert.True((await client.SignInWithPasswordAsync(username, Password)).IsSignedIn);
    }

    [Fact]
    public async Task A_token_session_refreshes_through_cognito_local_before_expiry_and_keeps_the_refresh_token()
    {
        var (poolId, clientId) = await NewPoolAsync();
        var username = await AdminCreatedUserAsync(poolId);
        using var client = new CognitoAuthClient(emulator.ClientOptions(poolId, clientId));
        var challenge = (await client.SignInWithPasswordAsync(username, TemporaryPassword)).Challenge!;
        await client.RespondToNewPasswordRequiredAsync(challenge, Password);

        // cognito-local 5.3 does not accept the refresh token RespondToAuthChallenge issues; a plain sign-in's it does.
        var tokens = (await client.SignInWithPasswordAsync(username, Password)).Tokens!;
        var expiresSoon = new CognitoTokens(tokens.IdToken, tokens.AccessToken, tokens.RefreshToken, DateTimeOffset.UtcNow.AddMinutes(1));
        var session = new CognitoTokenSession(client, expiresSoon);

        var current = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => session.GetTokensAsync().AsTask()));

        Assert.All(current, t => Assert.Same(current[0], t));
        Assert.NotSame(expiresSoon, current[0]);
        Assert.True(current[0].ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(10));
        Assert.Equal(tokens.RefreshToken, current[0].RefreshToken);
        Assert.Equal(username, (await client.GetUserAsync(current[0].AccessToken)).Username);
    }
}
