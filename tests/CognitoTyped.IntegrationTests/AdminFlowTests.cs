using CognitoTyped.IdentityProvider;
using CognitoTyped.IntegrationTests.Infrastructure;
using CognitoTyped.Provisioning;

namespace CognitoTyped.IntegrationTests;

/// <summary>SigV4-signed admin operations and provisioning, against the real emulator.</summary>
public sealed class AdminFlowTests(CognitoLocalFixture emulator) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Correct-horse-9";

    private static readonly UserPoolDefinition Definition = new(
        "Customers",
        """{"UsernameAttributes":[],"AutoVerifiedAttributes":["email"],"Schema":[{"Name":"email","Required":true},{"Name":"tenant_id","AttributeDataType":"String","Mutable":false}]}""",
        [
            new UserPoolClientDefinition("Web", """{"ExplicitAuthFlows":["ALLOW_USER_PASSWORD_AUTH","ALLOW_REFRESH_TOKEN_AUTH"]}"""),
            new UserPoolClientDefinition("Backend", """{"GenerateSecret":true,"ExplicitAuthFlows":["ALLOW_ADMIN_USER_PASSWORD_AUTH","ALLOW_USER_PASSWORD_AUTH","ALLOW_REFRESH_TOKEN_AUTH"]}"""),
        ],
        [new UserPoolGroupDefinition("admins", """{"Description":"Administrators","Precedence":1}""")]);

    private Task<ProvisionedUserPool> ProvisionAsync()
        => CognitoProvisioner.ProvisionAsync(Definition, emulator.Admin, "Customers-" + Guid.NewGuid().ToString("N")[..8]);

    private static string NewUsername() => "admin-test-" + Guid.NewGuid().ToString("N")[..10];

    private Task<AdminCreateUserResponse> CreateWithTemporaryPasswordAsync(ProvisionedUserPool pool, string username)
        => emulator.Admin.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = pool.UserPoolId,
            Username = username,
            TemporaryPassword = "Temporary-pass-1",
            MessageAction = "SUPPRESS",
            UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }],
        });

    [Fact]
    public async Task Provisioning_creates_the_pool_its_clients_and_groups_as_defined()
    {
        var pool = await ProvisionAsync();

        var described = await emulator.Admin.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.UserPoolId });
        Assert.StartsWith("Customers-", described.UserPool!.Name, StringComparison.Ordinal);
        Assert.Contains(described.UserPool.SchemaAttributes!, a => a.Name == "custom:tenant_id" && a.Mutable == false);
        Assert.Contains("email", described.UserPool.AutoVerifiedAttributes!);

        var web = await emulator.Admin.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = pool.UserPoolId, ClientId = pool.Client("Web").ClientId });
        Assert.Equal("Web", web.UserPoolClient!.ClientName);
        Assert.Contains("ALLOW_USER_PASSWORD_AUTH", web.UserPoolClient.ExplicitAuthFlows!);
        Assert.Null(pool.Client("Web").ClientSecret);
        Assert.DoesNotContain(pool.Client("Backend").ClientSecret ?? "(no secret)", pool.Client("Backend").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminCreateUser_then_sign_in_asks_for_a_new_password_and_the_answer_signs_in()
    {
        var pool = await ProvisionAsync();
        var username = NewUsername();
        await CreateWithTemporaryPasswordAsync(pool, username);
        using var client = new CognitoAuthClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Web").ClientId));

        var first = await client.SignInWithPasswordAsync(username, "Temporary-pass-1");
        Assert.False(first.IsSignedIn);
        Assert.Equal("NEW_PASSWORD_REQUIRED", first.ChallengeName);

        var second = await client.RespondToNewPasswordRequiredAsync(first.Challenge!, Password);
        Assert.True(second.IsSignedIn);
        Assert.True(first.Challenge!.IsAnswered);
        Assert.True((await client.SignInWithPasswordAsync(username, Password)).IsSignedIn);
    }

    [Fact]
    public async Task A_challenge_cannot_be_answered_twice_so_its_session_is_never_replayed()
    {
        var pool = await ProvisionAsync();
        var username = NewUsername();
        await CreateWithTemporaryPasswordAsync(pool, username);
        using var client = new CognitoAuthClient(emulator.ClientOptions(pool.UserPoolId, pool.Client("Web").ClientId));
        var challenge = (await client.SignInWithPasswordAsync(username, "Temporary-pass-1")).Challenge!;
        await client.RespondToNewPasswordRequiredAsync(challenge, Password);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.RespondToNewPasswordRequiredAsync(challenge, "Another-pass-2"));
        Assert.Contains("cannot be replayed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_operations_confirm_read_update_group_list_and_delete_users()
    {
        var pool = await ProvisionAsync();
        var username = NewUsername();
        var backend = pool.Client("Backend");
        using var client = new CognitoAuthClient(emulator.ClientOptions(pool.UserPoolId, backend.ClientId, backend.ClientSecret));
        await client.SignUpAsync(username, Password, [new("email", username + "@example.com"), new("custom:tenant_id", "t-1")]);

        await emulator.Admin.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.UserPoolId, Username = username });
        var read = await emulator.Admin.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.UserPoolId, Username = username });
        Assert.Equal("CONFIRMED", read.UserStatus);
        Assert.Contains(read.UserAttributes!, a => a.Name == "custom:tenant_id" && a.Value == "t-1");

        await emulator.Admin.AdminUpdateUserAttributesAsync(new AdminUpdateUserAttributesRequest
        {
            UserPoolId = pool.UserPoolId,
            Username = username,
            UserAttributes = [new AttributeType { Name = "given_name", Value = "Ada" }],
        });
        var updated = await emulator.Admin.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.UserPoolId, Username = username });
        Assert.Contains(updated.UserAttributes!, a => a.Name == "given_name" && a.Value == "Ada");
        await emulator.Admin.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = pool.UserPoolId, Username = username, Password = "Admin-set-pass-4", Permanent = true });
        await emulator.Admin.AdminAddUserToGroupAsync(new AdminAddUserToGroupRequest { UserPoolId = pool.UserPoolId, Username = username, GroupName = "admins" });

        var auth = await emulator.Admin.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = pool.UserPoolId,
            ClientId = backend.ClientId,
            AuthFlow = "ADMIN_USER_PASSWORD_AUTH",
            AuthParameters = new() { ["USERNAME"] = username, ["PASSWORD"] = "Admin-set-pass-4", ["SECRET_HASH"] = Srp.SecretHash.Compute(username, backend.ClientId, backend.ClientSecret!) },
        });
        var idToken = auth.AuthenticationResult!.IdToken!;
        Assert.Equal(username, CognitoJwt.ReadStringClaim(idToken, "cognito:username"));
        Assert.Contains("admins", CognitoJwt.ReadStringArrayClaim(idToken, "cognito:groups"));

        var listed = await emulator.Admin.ListUsersAsync(new ListUsersRequest { UserPoolId = pool.UserPoolId });
        Assert.Contains(listed.Users!, u => u.Username == username);

        await emulator.Admin.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = pool.UserPoolId, Username = username });
        await Assert.ThrowsAsync<UserNotFoundException>(() => emulator.Admin.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.UserPoolId, Username = username }));
    }

    [Fact]
    public async Task A_client_with_a_secret_signs_up_signs_in_and_refreshes_with_SECRET_HASH()
    {
        var pool = await ProvisionAsync();
        var backend = pool.Client("Backend");
        Assert.False(string.IsNullOrEmpty(backend.ClientSecret));
        using var client = new CognitoAuthClient(emulator.ClientOptions(pool.UserPoolId, backend.ClientId, backend.ClientSecret));
        var username = NewUsername();

        await client.SignUpAsync(username, Password, [new("email", username + "@example.com")]);
        await client.ConfirmSignUpAsync(username, CognitoLocalFixture.ConfirmationCode);
        var tokens = (await client.SignInWithPasswordAsync(username, Password)).Tokens!;
        var refreshed = await client.RefreshAsync(tokens);

        Assert.Equal(username, refreshed.Username);
        await client.RevokeTokenAsync(tokens.RefreshToken!);
    }

    /// <summary>Why <see cref="CognitoProvisioningOptions.CreateResourceServers"/> exists: cognito-local 5.3.0 refuses the operation.</summary>
    [Fact]
    public async Task Cognito_local_has_no_CreateResourceServer()
    {
        var pool = await ProvisionAsync();

        // It answers HTTP 500, so the runtime cannot know nothing was created and says so rather than retrying.
        var refused = await Assert.ThrowsAsync<CognitoAmbiguousOutcomeException>(() => emulator.Admin.CreateResourceServerAsync(
            new CreateResourceServerRequest { UserPoolId = pool.UserPoolId, Identifier = "orders", Name = "Orders" }));

        var unsupported = Assert.IsType<CognitoServiceException>(refused.InnerException);
        Assert.Equal("Unsupported", unsupported.ErrorCode);
        Assert.Contains("CreateResourceServer", unsupported.ServiceMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_call_for_a_missing_pool_throws_ResourceNotFound()
    {
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => emulator.Admin.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = "local_doesnotexist" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
    }
}
