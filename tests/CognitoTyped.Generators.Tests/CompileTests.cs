using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators.Tests;

/// <summary>The generated code in a consumer: it compiles clean (nullable, warnings as errors), and what the pool forbids does not compile.</summary>
public sealed class CompileTests
{
    public static TheoryData<string> Configs() => new(GeneratorHarness.ConfigNames());

    [Theory]
    [MemberData(nameof(Configs))]
    public void Generated_code_compiles_without_warnings_with_dependency_injection(string config)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig(config), withDependencyInjection: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.HintNames, h => h.EndsWith("CognitoTypedServiceCollectionExtensions.g.cs", StringComparison.Ordinal));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void Generated_web_api_code_compiles_without_warnings_when_the_app_references_CognitoTyped_AspNetCore(string config)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig(config), withDependencyInjection: true, withAspNetCore: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.HintNames, h => h.EndsWith("Principal.g.cs", StringComparison.Ordinal));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void Without_CognitoTyped_AspNetCore_no_web_api_code_is_generated()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("identity-pool-and-groups"), withDependencyInjection: true);

        Assert.DoesNotContain(run.HintNames, h => h.EndsWith("Principal.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_web_api_uses_the_typed_user_policies_and_groups_and_a_misspelt_group_or_scope_does_not_compile()
    {
        const string Api = """
            using System.Linq;
            using Contoso.Media;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;

            public static class Api
            {
                public static void Map(WebApplication app, AuthorizationOptions options)
                {
                    options.AddViewersPolicies();
                    app.MapGet("/me", (HttpContext context) => context.User.GetViewersUser() is { } user
                        ? $"{user.Sub} {user.Username} {user.ClientId} {user.TokenUse} {user.IsInAdmins} {user.Groups.Count} {user.Scopes.Count} {user.Attributes?.Email}"
                        : "none").RequireViewersUser();
                    app.MapGet("/admin", () => "ok").RequireViewersGroup(ViewersGroup.Admins, ViewersGroup.BetaTesters);
                    app.MapGet("/videos", () => "ok").RequireViewersScope(ViewersScope.MediaAPIVideosReadScope);
                    app.MapGet("/policy", () => "ok").RequireAuthorization(ViewersPolicies.Admins, ViewersPolicies.BillingAllScope, ViewersPolicies.SignedIn);
                }
            }
            """;
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("identity-pool-and-groups"), new[] { Api }, withDependencyInjection: true, withAspNetCore: true);
        Assert.Empty(run.CompileDiagnostics());

        var misspelt = GeneratorHarness.Run(
            GeneratorHarness.ReadConfig("identity-pool-and-groups"),
            new[] { Api.Replace("ViewersGroup.Admins,", "ViewersGroup.Admnis,", StringComparison.Ordinal).Replace("VideosReadScope)", "VideosRaedScope)", StringComparison.Ordinal) },
            withDependencyInjection: true,
            withAspNetCore: true);
        var errors = misspelt.CompileDiagnostics().Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(errors, message => message.Contains("'Admnis'", StringComparison.Ordinal));
        Assert.Contains(errors, message => message.Contains("'MediaAPIVideosRaedScope'", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void Generated_code_compiles_without_warnings_for_net8_without_dependency_injection(string config)
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig(config), net80: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.HintNames, h => h.Contains("ServiceCollection", StringComparison.Ordinal));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void The_design_example_is_usable_as_documented()
    {
        const string Consumer = """
            using System.Threading.Tasks;
            using CognitoTyped;
            using Contoso.Auth;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public static class Usage
            {
                public static async Task<CustomersAttributes> RunAsync(ICustomersWebClient web, CustomersBackendClient backend, CustomersIdentityPool identity, string password)
                {
                    var signUp = await web.SignUpAsync("ana@example.com", password, new CustomersWebSignUpAttributes { Email = "ana@example.com", GivenName = "Ana" });
                    _ = signUp.UserSub;
                    SignInResult result = await web.SignInAsync("ana@example.com", password);
                    if (result.Challenge is { Name: "SOFTWARE_TOKEN_MFA" } challenge)
                    {
                        result = await web.RespondToMfaCodeAsync(challenge, "123456");
                    }

                    CognitoTokens tokens = result.Tokens!;
                    tokens = await web.RefreshAsync(tokens);
                    CustomersUser user = await web.GetUserAsync(tokens.AccessToken);
                    _ = await web.UpdateUserAttributesAsync(tokens.AccessToken, new CustomersWebAttributeUpdate { GivenName = "Anna" });
                    _ = await backend.SignInAsync("ana@example.com", password);
                    _ = await backend.UpdateUserAttributesAsync(tokens.AccessToken, new CustomersBackendAttributeUpdate { Seats = 3, Beta = true, Birthdate = new System.DateOnly(1990, 1, 2) });
                    Amazon.Runtime.RefreshingAWSCredentials credentials = identity.GetCredentials(tokens);
                    _ = credentials;
                    using var validator = new CognitoTokenValidator(new CognitoTokenValidatorOptions { UserPoolId = "eu-west-1_Pool", ClientIds = { "client-id" } });
                    CognitoValidatedToken validated = await validator.ValidateIdTokenAsync(tokens.IdToken);
                    _ = CustomersGroups.IsInAdmins(validated) || CustomersGroups.IsMember(validated, CustomersGroups.Admins) || CustomersGroups.GetGroups(validated).Count > 0;
                    _ = CustomersDefinition.UserPool.Clients.Count;
                    long? seats = user.Attributes.Seats;
                    string? tenant = user.Attributes.TenantId;
                    System.DateOnly? birthdate = user.Attributes.Birthdate;
                    bool? verified = user.Attributes.EmailVerified;
                    _ = (seats, tenant, birthdate, verified);
                    await web.RevokeTokenAsync(tokens.RefreshToken!);
                    await web.DeleteUserAsync(tokens.AccessToken);
                    return user.Attributes with { GivenName = "x" };
                }

                public static void Register(IServiceCollection services, IConfiguration configuration) => services.AddCognitoTyped(configuration);
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { Consumer }, withDependencyInjection: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void SignInAsync_on_a_client_without_password_or_SRP_flows_is_CS1061()
    {
        const string Consumer = """
            public static class Usage
            {
                public static System.Threading.Tasks.Task<CognitoTyped.SignInResult> Run(Contoso.Clients.ShopHostedUiClient client)
                    => client.SignInAsync("user", System.Environment.GetEnvironmentVariable("P")!);
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("many-clients"), new[] { Consumer });

        var error = Assert.Single(run.CompileDiagnostics());
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("SignInAsync", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_based_and_custom_auth_clients_get_their_flows_and_only_those()
    {
        const string Allowed = """
            using System.Threading.Tasks;
            using CognitoTyped;
            using Contoso.Clients;

            public static class Usage
            {
                public static async Task<SignInResult> Passwordless(IShopPasswordlessClient client, string password)
                {
                    var result = await client.SignInWithUserAuthAsync("user", "EMAIL_OTP");
                    result = await client.RespondToSelectChallengeAsync(result.Challenge!, "EMAIL_OTP");
                    result = await client.RespondToMfaCodeAsync(result.Challenge!, "123456");
                    return await client.SignInWithUserAuthAsync("user", "PASSWORD_SRP", password);
                }

                public static async Task<SignInResult> Custom(ShopCustomClient client)
                {
                    var result = await client.SignInWithCustomAuthAsync("user");
                    return await client.RespondToCustomChallengeAsync(result.Challenge!, "42");
                }

                public static async Task<SignInResult> MfaSetup(ShopSpaClient client, SignInResult result)
                {
                    var setup = await client.AssociateSoftwareTokenAsync(result.Challenge!, "Contoso");
                    return await client.RespondToMfaSetupAsync(setup, "123456");
                }
            }
            """;
        const string Forbidden = """
            public static class Misuse
            {
                public static object A(Contoso.Clients.ShopPasswordlessClient client) => client.SignInAsync("user", "x");
                public static object B(Contoso.Clients.ShopSpaClient client) => client.SignInWithCustomAuthAsync("user");
                public static object C(Contoso.Clients.ShopSpaClient client) => client.SignInWithUserAuthAsync("user");
            }
            """;

        var allowed = GeneratorHarness.Run(GeneratorHarness.ReadConfig("many-clients"), new[] { Allowed });
        var forbidden = GeneratorHarness.Run(GeneratorHarness.ReadConfig("many-clients"), new[] { Forbidden });

        Assert.Empty(allowed.CompileDiagnostics());
        Assert.Equal(new[] { "CS1061", "CS1061", "CS1061" }, forbidden.CompileDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void RefreshAsync_on_a_client_without_the_refresh_flow_is_CS1061()
    {
        const string Consumer = """
            public static class Usage
            {
                public static object Run(Contoso.Clients.ShopCliClient client, CognitoTyped.CognitoTokens tokens) => client.RefreshAsync(tokens);
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("many-clients"), new[] { Consumer });

        Assert.Equal("CS1061", Assert.Single(run.CompileDiagnostics()).Id);
    }

    [Fact]
    public void RevokeTokenAsync_on_a_client_with_token_revocation_off_is_CS1061()
    {
        const string Consumer = """
            public static class Usage
            {
                public static object Run(Contoso.Clients.IShopCliClient client) => client.RevokeTokenAsync("token");
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("many-clients"), new[] { Consumer });

        Assert.Equal("CS1061", Assert.Single(run.CompileDiagnostics()).Id);
    }

    [Fact]
    public void Omitting_a_required_sign_up_attribute_does_not_compile()
    {
        const string Consumer = """
            public static class Usage
            {
                public static object Run() => new Contoso.Auth.CustomersWebSignUpAttributes { GivenName = "Ana" };
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { Consumer });

        var error = Assert.Single(run.CompileDiagnostics());
        Assert.Equal("CS9035", error.Id);
        Assert.Contains("Email", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TenantId = \"t1\"", "immutable custom attribute")]
    [InlineData("Seats = 3", "attribute the Web client may not write")]
    public void Setting_an_immutable_or_non_writable_attribute_in_an_update_does_not_compile(string assignment, string why)
    {
        var consumer = $$"""
            public static class Usage
            {
                public static object Run() => new Contoso.Auth.CustomersWebAttributeUpdate { {{assignment}} };
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { consumer });

        var error = Assert.Single(run.CompileDiagnostics());
        Assert.True(error.Id == "CS0117", $"Expected CS0117 for an {why}, got {error}");
    }

    private const string AdminUsage = """
        using System.Threading.Tasks;
        using CognitoTyped;
        using CognitoTyped.IdentityProvider;
        using Contoso.Auth;

        public static class AdminUsage
        {
            public static async Task Run(ICustomersAdminClient admin)
            {
                var user = await admin.AdminCreateUserAsync("ada", new CustomersAdminAttributes { Email = "ada@example.com", TenantId = "t1", Seats = 3 }, messageAction: MessageActionType.Suppress);
                await admin.AdminUpdateUserAttributesAsync(user.Username, new CustomersAdminAttributeUpdate { GivenName = "Ada", Seats = 4 });
                await admin.AdminDeleteUserAttributesAsync(user.Username, CustomersAdminDeletableAttribute.GivenName, CustomersAdminDeletableAttribute.Seats);
                await admin.AdminAddUserToGroupAsync(user.Username, CustomersGroup.Admins);
                await foreach (var found in admin.ListUsersAsync(CustomersUserFilter.Email.StartsWith("ada")))
                {
                    _ = found.Attributes.TenantId;
                }

                await foreach (var found in admin.ListUsersAsync(CustomersUserFilter.GivenName.Equals("Ada"), attributesToGet: new[] { CustomersAdminAttribute.Email, CustomersAdminAttribute.Sub }))
                {
                    _ = found.Attributes.Email;
                }

                _ = CustomersAdminAttributes.CognitoNameOf(CustomersAdminAttribute.Seats);

                _ = CustomersUserFilter.UserStatus.Equals(UserStatusType.Confirmed);
                _ = CustomersUserFilter.Status.Equals(false);
            }

            public static CustomersAdminClient Create() => new(new CognitoAdminOptions { UserPoolId = "eu-west-1_abc" });
        }
        """;

    [Fact]
    public void The_admin_client_is_usable_as_documented()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { AdminUsage });

        Assert.Empty(run.CompileDiagnostics());
    }

    [Theory]
    [InlineData("CustomersUserFilter.Email.StartsWith(\"ada\")", "CustomersUserFilter.TenantId.StartsWith(\"t\")", "TenantId", "a custom attribute ListUsers cannot filter on")]
    [InlineData("CustomersAdminDeletableAttribute.GivenName, ", "CustomersAdminDeletableAttribute.Email, ", "Email", "a required attribute")]
    [InlineData("CustomersAdminDeletableAttribute.GivenName, ", "CustomersAdminDeletableAttribute.TenantId, ", "TenantId", "an immutable attribute")]
    [InlineData("new CustomersAdminAttributeUpdate { GivenName", "new CustomersAdminAttributeUpdate { TenantId", "TenantId", "an immutable attribute in an update")]
    [InlineData("CustomersGroup.Admins", "CustomersGroup.Admnis", "Admnis", "a misspelt group")]
    [InlineData("CustomersAdminAttribute.Email, CustomersAdminAttribute.Sub", "CustomersAdminAttribute.Email, CustomersAdminAttribute.Emial", "Emial", "a misspelt attribute to get")]
    public void What_the_pool_forbids_an_administrator_does_not_compile(string valid, string forbidden, string name, string why)
    {
        Assert.Contains(valid, AdminUsage, StringComparison.Ordinal);
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { AdminUsage.Replace(valid, forbidden, StringComparison.Ordinal) });

        var error = Assert.Single(run.CompileDiagnostics());
        Assert.True(error.Id is "CS0117" or "CS0103", $"Expected CS0117 for {why}, got {error}");
        Assert.Contains("'" + name + "'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void AttributesToGet_takes_the_pools_attributes_not_strings()
    {
        const string Valid = "new[] { CustomersAdminAttribute.Email, CustomersAdminAttribute.Sub }";
        Assert.Contains(Valid, AdminUsage, StringComparison.Ordinal);
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { AdminUsage.Replace(Valid, "new[] { \"email\" }", StringComparison.Ordinal) });

        var error = Assert.Single(run.CompileDiagnostics());
        Assert.Equal("CS1503", error.Id);
    }

    [Fact]
    public void AdminSignInAsync_exists_only_on_clients_that_allow_ADMIN_USER_PASSWORD_AUTH()
    {
        const string Consumer = """
            using System.Threading.Tasks;
            using CognitoTyped;
            using Contoso.Auth;

            public static class Usage
            {
                public static async Task<SignInResult> Run(ICustomersBackendClient backend, CognitoDevice device)
                {
                    var first = await backend.AdminSignInAsync("ada", System.Environment.GetEnvironmentVariable("P")!);
                    if (first.Challenge is { Kind: CognitoChallengeKind.NewPasswordRequired } challenge)
                    {
                        return await backend.RespondToNewPasswordRequiredAsync(challenge, System.Environment.GetEnvironmentVariable("N")!);
                    }

                    return await backend.AdminSignInAsync("ada", System.Environment.GetEnvironmentVariable("P")!, device);
                }
            }
            """;
        Assert.Empty(GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { Consumer }).CompileDiagnostics());

        var web = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { Consumer.Replace("ICustomersBackendClient", "ICustomersWebClient", StringComparison.Ordinal) });
        var errors = web.CompileDiagnostics();
        Assert.NotEmpty(errors);
        Assert.All(errors, error =>
        {
            Assert.Equal("CS1061", error.Id);
            Assert.Contains("AdminSignInAsync", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Only_a_client_with_the_code_flow_and_openid_gets_managed_login_with_its_own_scopes()
    {
        const string Consumer = """
            using Contoso.Media;

            public static class Usage
            {
                public static object Run(ViewersDesktopManagedLogin login)
                    => login.CreateAuthorizationRequest(new System.Uri("https://media.contoso.com/signed-in"), new[] { ViewersDesktopOAuthScope.Email, ViewersDesktopOAuthScope.BillingAll });
            }
            """;
        Assert.Empty(GeneratorHarness.Run(GeneratorHarness.ReadConfig("identity-pool-and-groups"), new[] { Consumer }).CompileDiagnostics());

        var misspelt = GeneratorHarness.Run(GeneratorHarness.ReadConfig("identity-pool-and-groups"), new[] { Consumer.Replace("BillingAll", "BillingRead", StringComparison.Ordinal) });
        Assert.Equal("CS0117", Assert.Single(misspelt.CompileDiagnostics()).Id);
        var mobile = GeneratorHarness.Run(GeneratorHarness.ReadConfig("identity-pool-and-groups"), new[] { Consumer.Replace("ViewersDesktopManagedLogin", "ViewersMobileManagedLogin", StringComparison.Ordinal) });
        Assert.Equal("CS0246", Assert.Single(mobile.CompileDiagnostics()).Id);
    }

    [Fact]
    public void An_immutable_attribute_can_be_set_at_sign_up_but_not_updated()
    {
        const string Consumer = """
            public static class Usage
            {
                public static object SignUp() => new Contoso.Auth.CustomersBackendSignUpAttributes { Email = "a@b.c", TenantId = "t1" };
                public static object Update() => new Contoso.Auth.CustomersBackendAttributeUpdate { TenantId = "t1" };
            }
            """;

        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { Consumer });

        var error = Assert.Single(run.CompileDiagnostics());
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("TenantId", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_that_only_admins_create_users_in_has_no_SignUpAsync()
    {
        const string Config = """
            { "UserPools": [{ "Name": "Closed", "AdminCreateUserConfig": { "AllowAdminCreateUserOnly": true },
              "Schema": [{ "Name": "email", "Required": true }],
              "Clients": [{ "ClientName": "App", "WriteAttributes": ["given_name"] }] }] }
            """;
        const string Consumer = """
            public static class Usage
            {
                public static object Run(Consumer.ClosedAppClient client) => client.SignUpAsync("u", "p", null!);
            }
            """;

        var run = GeneratorHarness.Run(Config, new[] { Consumer });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal("CS1061", Assert.Single(run.CompileDiagnostics()).Id);
    }

    [Fact]
    public void Generated_client_parameters_carry_the_analyzer_marker_attributes()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"));
        var compilation = run.Output;

        var backend = compilation.GetTypeByMetadataName("Contoso.Auth.CustomersBackendClient")!;
        var markers = backend.GetMembers().OfType<IMethodSymbol>()
            .SelectMany(m => m.Parameters)
            .SelectMany(p => p.GetAttributes().Select(a => (p.Name, a.AttributeClass!.Name)))
            .ToList();

        Assert.Contains(("password", "CognitoPasswordAttribute"), markers);
        Assert.Contains(("newPassword", "CognitoPasswordAttribute"), markers);
        Assert.Contains(("proposedPassword", "CognitoPasswordAttribute"), markers);
        Assert.Contains(("clientId", "CognitoClientIdAttribute"), markers);
        Assert.Contains(("clientSecret", "CognitoClientSecretAttribute"), markers);
        Assert.DoesNotContain(markers, m => m.Item1 is "username" or "accessToken");
    }

    [Fact]
    public void Without_a_Namespace_the_RootNamespace_build_property_is_used()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("minimal"), rootNamespace: "My.Company.App");

        Assert.NotNull(run.Output.GetTypeByMetadataName("My.Company.App.AppWebClient"));
        Assert.Empty(run.CompileDiagnostics());
    }

    [Fact]
    public void Without_a_Namespace_or_RootNamespace_a_fixed_namespace_is_used()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("minimal"), rootNamespace: null);

        Assert.NotNull(run.Output.GetTypeByMetadataName("CognitoTyped.Generated.AppWebClient"));
    }
}
