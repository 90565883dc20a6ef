using System.Globalization;
using Amazon;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Generated;
using CognitoTyped.IntegrationTests.Infrastructure;
using CognitoTyped.Provisioning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CognitoTyped.IntegrationTests;

/// <summary>The admin client generated from this project's cognito.json (pool "Shop"), against the real emulator.</summary>
public sealed class GeneratedAdminClientTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";

    private async Task<(ShopAdminClient Admin, ProvisionedUserPool Pool)> NewPoolAsync()
    {
        var pool = await CognitoProvisioner.ProvisionAsync(ShopDefinition.UserPool, emulator.Admin, "Admin-" + Guid.NewGuid().ToString("N")[..8]);
        var admin = new ShopAdminClient(new CognitoAdminOptions
        {
            UserPoolId = pool.UserPoolId,
            Region = "us-east-1",
            ServiceUrl = emulator.Url,
            Credentials = new BasicAWSCredentials("local", "local"),
        });
        return (admin, pool);
    }

    private static string NewUsername() => "adm-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>cognito-local sends the welcome message by SMS unless told otherwise, and refuses a user without a phone number.</summary>
    private static Task<ShopAdminUser> CreateAsync(IShopAdminClient admin, string username, string? email = null, string? givenName = null, string? temporaryPassword = null)
        => admin.AdminCreateUserAsync(
            username,
            new ShopAdminAttributes { Email = email ?? username + "@example.com", GivenName = givenName, TenantId = "tenant-1", Seats = 5, Beta = true },
            temporaryPassword,
            messageAction: MessageActionType.Suppress);

    [Fact]
    public async Task AdminCreateUser_then_AdminGetUser_returns_the_typed_attributes_status_and_dates()
    {
        var (admin, _) = await NewPoolAsync();
        using var disposeAdmin = admin;
        var username = NewUsername();

        var created = await CreateAsync(admin, username, givenName: "Ada", temporaryPassword: "Temporary-pass-1");
        var fetched = await admin.AdminGetUserAsync(username);

        Assert.Equal(username, created.Username);
        Assert.Equal(username, fetched.Username);
        Assert.Equal(username + "@example.com", fetched.Attributes.Email);
        Assert.Equal("Ada", fetched.Attributes.GivenName);
        Assert.Equal("tenant-1", fetched.Attributes.TenantId);
        Assert.Equal(5, fetched.Attributes.Seats);
        Assert.True(fetched.Attributes.Beta);
        Assert.False(string.IsNullOrEmpty(fetched.Attributes.Sub));
        Assert.Equal(created.Attributes.Sub, fetched.Attributes.Sub);
        Assert.Equal(UserStatusType.ForceChangePassword, fetched.UserStatus);
        Assert.True(fetched.Enabled);
        Assert.NotNull(fetched.UserCreateDate);
        Assert.NotNull(fetched.UserLastModifiedDate);
    }

    [Fact]
    public async Task AdminUpdateUserAttributes_changes_any_mutable_attribute_and_AdminDeleteUserAttributes_removes_optional_ones()
    {
        var (admin, _) = await NewPoolAsync();
        using var disposeAdmin = admin;
        var username = NewUsername();
        await CreateAsync(admin, username, givenName: "Ada");

        // Seats and FamilyName are outside the Server client's write list: an administrator may still change them.
        await admin.AdminUpdateUserAttributesAsync(username, new ShopAdminAttributeUpdate { FamilyName = "Lovelace", Seats = 42, Beta = false });
        var updated = await admin.AdminGetUserAsync(username);
        Assert.Equal("Lovelace", updated.Attributes.FamilyName);
        Assert.Equal(42, updated.Attributes.Seats);
        Assert.False(updated.Attributes.Beta);
        Assert.Equal("Ada", updated.Attributes.GivenName);

        await admin.AdminDeleteUserAttributesAsync(username, ShopAdminDeletableAttribute.GivenName, ShopAdminDeletableAttribute.Seats);
        var deleted = await admin.AdminGetUserAsync(username);
        Assert.Null(deleted.Attributes.GivenName);
        Assert.Null(deleted.Attributes.Seats);
        Assert.Equal("Lovelace", deleted.Attributes.FamilyName);
        Assert.Equal(username + "@example.com", deleted.Attributes.Email);
    }

    [Fact]
    public async Task AdminSetUserPassword_permanent_confirms_the_user_who_then_signs_in()
    {
        var (admin, pool) = await NewPoolAsync();
        using var disposeAdmin = admin;
        var username = NewUsername();
        await CreateAsync(admin, username, temporaryPassword: "Temporary-pass-1");

        await admin.AdminSetUserPasswordAsync(username, Password, permanent: true);

        Assert.Equal(UserStatusType.Confirmed, (await admin.AdminGetUserAsync(username)).UserStatus);
        using var mobile = new ShopMobileClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Mobile").ClientId));
        Assert.True((await mobile.SignInAsync(username, Password)).IsSignedIn);
    }

    [Fact]
    public async Task AdminDisableUser_makes_AdminGetUser_say_disabled_and_AdminEnableUser_undoes_it()
    {
        var (admin, _) = await NewPoolAsync();
        using var disposeAdmin = admin;
        var username = NewUsername();
        await CreateAsync(admin, username);

        await admin.AdminDisableUserAsync(username);
        Assert.False((await admin.AdminGetUserAsync(username)).Enabled);
        Assert.False(Assert.Single(await admin.ListUsersAsync().ToListAsync()).Enabled);

        // Not filtered by status here: cognito-local compares `status` with "true"/"false", where Cognito takes "Enabled"/"Disabled".
        await admin.AdminEnableUserAsync(username);
        Assert.True((await admin.AdminGetUserAsync(username)).Enabled);
    }

    [Fact]
    public async Task Group_membership_is_added_listed_both_ways_and_removed_with_typed_groups()
    {
        var (admin, _) = await NewPoolAsync();
        using var disposeAdmin = admin;
        var username = NewUsername();
        var other = NewUsername();
        await CreateAsync(admin, username);
        await CreateAsync(admin, other);

        await admin.AdminAddUserToGroupAsync(username, ShopGroup.Admins);
        await admin.AdminAddUserToGroupAsync(username, "staff");
        await admin.AdminAddUserToGroupAsync(other, ShopGroup.Staff);

        var groups = await admin.AdminListGroupsForUserAsync(username).Select(g => g.GroupName).OrderBy(g => g, StringComparer.Ordinal).ToListAsync();
        Assert.Equal(["admins", "staff"], groups);
        Assert.Equal([username], await admin.ListUsersInGroupAsync(ShopGroup.Admins).Select(u => u.Username).ToListAsync());
        Assert.Equal(
            new[] { username, other }.Order(StringComparer.Ordinal),
            await admin.ListUsersInGroupAsync(ShopGroup.Staff).Select(u => u.Username).OrderBy(u => u, StringComparer.Ordinal).ToListAsync());

        await admin.AdminRemoveUserFromGroupAsync(username, ShopGroup.Admins);
        Assert.Equal(["staff"], await admin.AdminListGroupsForUserAsync(username).Select(g => g.GroupName).ToListAsync());
        Assert.Empty(await admin.ListUsersInGroupAsync(ShopGroup.Admins).ToListAsync());
    }

    [Fact]
    public async Task ListUsers_with_typed_filters_finds_exactly_the_matching_users_among_150()
    {
        const int Users = 150;
        var (admin, _) = await NewPoolAsync();
        using var disposeAdmin = admin;
        var created = Enumerable.Range(0, Users)
            .Select(i => (Index: i, Username: "list-" + i.ToString("D3", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]))
            .ToList();
        var adas = created.Where(u => u.Index % 7 == 0).Select(u => u.Username).ToList();
        await Parallel.ForEachAsync(created, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (user, _) =>
        {
            var isAda = user.Index % 7 == 0;
            await CreateAsync(admin, user.Username, email: (isAda ? "ada." : "bob.") + user.Username + "@example.com", givenName: isAda ? "Ada" : "Bob");
        });

        var byEmail = await admin.ListUsersAsync(ShopUserFilter.Email.StartsWith("ada.")).Select(u => u.Username).OrderBy(u => u, StringComparer.Ordinal).ToListAsync();
        var byName = await admin.ListUsersAsync(ShopUserFilter.GivenName.Equals("Ada")).Select(u => u.Username).OrderBy(u => u, StringComparer.Ordinal).ToListAsync();
        var one = await admin.ListUsersAsync(ShopUserFilter.Username.Equals(adas[1])).ToListAsync();
        var bySub = await admin.ListUsersAsync(ShopUserFilter.Sub.Equals(one[0].Attributes.Sub!)).ToListAsync();
        var prefix = await admin.ListUsersAsync(ShopUserFilter.Username.StartsWith("list-14")).CountAsync();
        var all = await admin.ListUsersAsync().ToListAsync();

        Assert.Equal(22, adas.Count);
        Assert.Equal(adas, byEmail);
        Assert.Equal(adas, byName);
        Assert.Equal("Ada", Assert.Single(one).Attributes.GivenName);
        Assert.Equal(adas[1], Assert.Single(bySub).Username);
        Assert.Equal(10, prefix);
        Assert.Equal(Users, all.Count);
        // Escaping of quotes and backslashes is proven in CognitoUserFilterTextTests: cognito-local compares the raw text.
        Assert.All(all, u => Assert.Equal("tenant-1", u.Attributes.TenantId));
        Assert.Equal(Users, await admin.ListUsersAsync(ShopUserFilter.UserStatus.Equals(UserStatusType.ForceChangePassword)).CountAsync());
        Assert.Empty(await admin.ListUsersAsync(ShopUserFilter.UserStatus.Equals(UserStatusType.Confirmed)).ToListAsync());
    }

    [Fact]
    public async Task The_generated_Server_client_signs_in_as_an_administrator_with_its_secret()
    {
        var (admin, pool) = await NewPoolAsync();
        using var disposeAdmin = admin;
        var username = NewUsername();
        await CreateAsync(admin, username, temporaryPassword: "Temporary-pass-1");
        await admin.AdminSetUserPasswordAsync(username, Password, permanent: true);
        var server = pool.Client("Server");
        using var client = new ShopServerClient(new CognitoClientOptions
        {
            UserPoolId = pool.UserPoolId,
            ClientId = server.ClientId,
            ClientSecret = server.ClientSecret,
            Region = "us-east-1",
            ServiceUrl = emulator.Url,
            Credentials = new BasicAWSCredentials("local", "local"),
        });

        var signedIn = await client.AdminSignInAsync(username, Password);

        Assert.True(signedIn.IsSignedIn);
        Assert.Equal(username, signedIn.Tokens!.Username);
        var refreshed = await client.RefreshAsync(signedIn.Tokens);
        Assert.Equal(username, refreshed.Username);
        await Assert.ThrowsAnyAsync<CognitoServiceException>(() => client.AdminSignInAsync(username, "Wrong-password-1"));
    }

    [Fact]
    public async Task AdminConfirmSignUp_confirms_a_signed_up_user_and_AdminDeleteUser_deletes_it()
    {
        var (admin, pool) = await NewPoolAsync();
        using var disposeAdmin = admin;
        using var mobile = new ShopMobileClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Mobile").ClientId));
        var username = NewUsername();
        await mobile.SignUpAsync(username, Password, new ShopMobileSignUpAttributes { Email = username + "@example.com", TenantId = "t" });
        Assert.Equal(UserStatusType.Unconfirmed, (await admin.AdminGetUserAsync(username)).UserStatus);

        await admin.AdminConfirmSignUpAsync(username);
        Assert.Equal(UserStatusType.Confirmed, (await admin.AdminGetUserAsync(username)).UserStatus);
        Assert.True((await mobile.SignInAsync(username, Password)).IsSignedIn);

        // cognito-local 5.3.0 has no AdminUserGlobalSignOut or AdminResetUserPassword: those two are not exercised here.
        await admin.AdminDeleteUserAsync(username);
        await Assert.ThrowsAnyAsync<CognitoServiceException>(() => admin.AdminGetUserAsync(username));
    }

    [Fact]
    public async Task AddCognitoTyped_registers_the_admin_client_on_the_pools_signed_client_and_configured_pool_ID()
    {
        var pool = await CognitoProvisioner.ProvisionAsync(ShopDefinition.UserPool, emulator.Admin, "AdminDi-" + Guid.NewGuid().ToString("N")[..8]);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cognito:Shop:UserPoolId"] = pool.UserPoolId,
            ["Cognito:Shop:ServiceUrl"] = emulator.Url.ToString(),
            ["Cognito:Shop:Clients:Mobile:ClientId"] = pool.Client("Mobile").ClientId,
            ["Cognito:Shop:Clients:Server:ClientId"] = pool.Client("Server").ClientId,
            ["Cognito:Shop:Clients:Server:ClientSecret"] = pool.Client("Server").ClientSecret,
            ["Cognito:Shop:Clients:Portal:ClientId"] = pool.Client("Portal").ClientId,
            ["Cognito:Shop:Domain"] = emulator.Url.ToString(),
        });
        builder.Services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.USEast1, Credentials = new BasicAWSCredentials("local", "local") });
        builder.Services.AddCognitoTyped(builder.Configuration);
        using var host = builder.Build();

        var admin = host.Services.GetRequiredService<IShopAdminClient>();
        Assert.Same(host.Services.GetRequiredService<ShopAdminClient>(), admin);
        Assert.Equal(pool.UserPoolId, host.Services.GetRequiredService<ShopAdminClient>().UserPoolId);
        var username = NewUsername();
        await CreateAsync(admin, username);
        Assert.Equal(username, (await admin.AdminGetUserAsync(username)).Username);

        // The Server client allows ADMIN_USER_PASSWORD_AUTH: its calls are signed with AWSOptions' credentials (there are no
        // others on a CI machine, so a sign-in proves they were passed on).
        await admin.AdminSetUserPasswordAsync(username, Password, permanent: true);
        Assert.True((await host.Services.GetRequiredService<IShopServerClient>().AdminSignInAsync(username, Password)).IsSignedIn);
    }
}
