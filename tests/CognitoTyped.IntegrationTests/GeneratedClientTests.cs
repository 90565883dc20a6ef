using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Generated;
using CognitoTyped.IntegrationTests.Infrastructure;
using CognitoTyped.Provisioning;

namespace CognitoTyped.IntegrationTests;

/// <summary>The client generated from this project's cognito.json, against the real emulator.</summary>
public sealed class GeneratedClientTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";

    private Task<ProvisionedUserPool> ProvisionAsync()
        => CognitoProvisioner.ProvisionAsync(ShopDefinition.UserPool, emulator.Admin, "Shop-" + Guid.NewGuid().ToString("N")[..8]);

    private static string NewUsername() => "gen-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A new pool, its Mobile client, and a user signed up (tenant "t"), confirmed and signed in with it.</summary>
    private async Task<(ShopMobileClient Client, string Username, CognitoTokens Tokens)> SignedInMobileUserAsync()
    {
        var pool = await ProvisionAsync();
        var client = new ShopMobileClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Mobile").ClientId));
        var username = NewUsername();
        await client.SignUpAsync(username, Password, new ShopMobileSignUpAttributes { Email = username + "@example.com", TenantId = "t" });
        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        return (client, username, (await client.SignInAsync(username, Password)).Tokens!);
    }

    [Fact]
    public async Task Generated_client_round_trips_typed_attributes_through_sign_up_sign_in_and_GetUser()
    {
        var pool = await ProvisionAsync();
        using var client = new ShopMobileClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Mobile").ClientId));
        var username = NewUsername();
        var attributes = new ShopMobileSignUpAttributes
        {
            Email = username + "@example.com",
            GivenName = "Ada",
            Birthdate = new DateOnly(1815, 12, 10),
            TenantId = "tenant-7",
            Seats = 42,
            Beta = true,
        };

        await client.SignUpAsync(username, Password, attributes);
        await emulator.Admin.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.UserPoolId, Username = username });
        var signIn = await client.SignInAsync(username, Password);
        var user = await client.GetUserAsync(signIn.Tokens!.AccessToken);

        Assert.Equal(username, user.Username);
        Assert.Equal(attributes.Email, user.Attributes.Email);
        Assert.Equal("Ada", user.Attributes.GivenName);
        Assert.Equal(new DateOnly(1815, 12, 10), user.Attributes.Birthdate);
        Assert.Equal("tenant-7", user.Attributes.TenantId);
        Assert.Equal(42, user.Attributes.Seats);
        Assert.True(user.Attributes.Beta);
        Assert.False(string.IsNullOrEmpty(user.Attributes.Sub));
        Assert.Equal(user.Attributes.Sub, ShopAttributes.FromIdToken(signIn.Tokens.IdToken).Sub);
    }

    [Fact]
    public async Task Generated_client_updates_refreshes_changes_password_and_deletes()
    {
        var (client, username, tokens) = await SignedInMobileUserAsync();
        using var disposeClient = client;

        await client.UpdateUserAttributesAsync(tokens.AccessToken, new ShopMobileAttributeUpdate { FamilyName = "Lovelace", Seats = 3 });
        var refreshed = await client.RefreshAsync(tokens);
        var user = await client.GetUserAsync(refreshed.AccessToken);
        Assert.Equal("Lovelace", user.Attributes.FamilyName);
        Assert.Equal(3, user.Attributes.Seats);
        Assert.Equal("t", user.Attributes.TenantId);

        await client.ChangePasswordAsync(refreshed.AccessToken, Password, "Changed-pass-word-5");
        var again = await client.SignInAsync(username, "Changed-pass-word-5");
        Assert.True(again.IsSignedIn);

        await client.DeleteUserAsync(again.Tokens!.AccessToken);
        await Assert.ThrowsAnyAsync<CognitoServiceException>(() => client.SignInAsync(username, "Changed-pass-word-5"));
    }

    [Fact]
    public async Task Generated_client_deletes_typed_attributes_and_keeps_the_others()
    {
        var (client, username, tokens) = await SignedInMobileUserAsync();
        using var disposeClient = client;
        await client.UpdateUserAttributesAsync(tokens.AccessToken, new ShopMobileAttributeUpdate { FamilyName = "Lovelace", Seats = 3 });

        await client.DeleteUserAttributesAsync(tokens.AccessToken, [ShopMobileDeletableAttribute.FamilyName]);

        var user = await client.GetUserAsync(tokens.AccessToken);
        Assert.Null(user.Attributes.FamilyName);
        Assert.Equal(3, user.Attributes.Seats);
        Assert.Equal(username + "@example.com", user.Attributes.Email);
        Assert.Equal("family_name", ShopMobileAttributeUpdate.CognitoNameOf(ShopMobileDeletableAttribute.FamilyName));
    }

    [Fact]
    public async Task Generated_client_with_a_secret_signs_up_and_signs_in_with_SECRET_HASH()
    {
        var pool = await ProvisionAsync();
        var server = pool.Client("Server");
        using var client = new ShopServerClient(emulator.ClientOptions(pool.UserPoolId, server.ClientId, server.ClientSecret));
        var username = NewUsername();

        await client.SignUpAsync(username, Password, new ShopServerSignUpAttributes { Email = username + "@example.com", GivenName = "Grace" });
        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        var tokens = (await client.SignInAsync(username, Password)).Tokens!;
        var refreshed = await client.RefreshAsync(tokens);

        Assert.Equal(username, refreshed.Username);
        Assert.Equal("Grace", (await client.GetUserAsync(refreshed.AccessToken)).Attributes.GivenName);
    }

    [Fact]
    public async Task Group_membership_is_read_from_the_validated_tokens_with_generated_constants()
    {
        var pool = await ProvisionAsync();
        using var client = new ShopMobileClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Mobile").ClientId));
        var username = NewUsername();
        await client.SignUpAsync(username, Password, new ShopMobileSignUpAttributes { Email = username + "@example.com", TenantId = "t" });
        await emulator.Admin.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.UserPoolId, Username = username });
        await emulator.Admin.AdminAddUserToGroupAsync(new AdminAddUserToGroupRequest { UserPoolId = pool.UserPoolId, Username = username, GroupName = ShopGroups.Admins });

        var tokens = (await client.SignInAsync(username, Password)).Tokens!;
        // Membership is decided on a validated token only: validate against the keys cognito-local serves.
        var options = new CognitoTokenValidatorOptions
        {
            UserPoolId = pool.UserPoolId,
            Issuer = new Uri(emulator.Url, pool.UserPoolId).ToString(),
            JwksUri = new Uri(emulator.Url, $"{pool.UserPoolId}/.well-known/jwks.json"),
        };
        options.ClientIds.Add(pool.Client("Mobile").ClientId);
        using var validator = new CognitoTokenValidator(options);
        var idToken = await validator.ValidateIdTokenAsync(tokens.IdToken);

        Assert.Equal("admins", ShopGroups.Admins);
        Assert.Contains(ShopGroups.Admins, CognitoJwt.ReadStringArrayClaim(tokens.IdToken, "cognito:groups"));
        Assert.DoesNotContain(ShopGroups.Staff, CognitoJwt.ReadStringArrayClaim(tokens.IdToken, "cognito:groups"));
        Assert.True(ShopGroups.IsInAdmins(idToken));
        Assert.False(ShopGroups.IsInStaff(idToken));
        Assert.Equal([ShopGroups.Admins], ShopGroups.GetGroups(idToken));
        Assert.True(ShopGroups.IsInAdmins(new System.Security.Claims.ClaimsPrincipal(idToken.Identity)));
    }
}
