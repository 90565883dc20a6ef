using System.IO.Compression;
using System.Xml.Linq;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests.Packaging;

/// <summary>The built nupkg: its layout, then a fresh project outside the solution consuming it from a folder feed.</summary>
public sealed class PackageTests(PackedPackageFixture package, CognitoLocalFixture emulator) : IClassFixture<PackedPackageFixture>, IClassFixture<CognitoLocalFixture>
{
    [Fact]
    public void Package_holds_the_runtime_the_roslyn_components_the_build_files_and_the_schema()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var entries = archive.Entries.Select(e => e.FullName.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net8.0/CognitoTyped.dll", entries);
        Assert.Contains("lib/net8.0/CognitoTyped.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/CognitoTyped.Generators.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CognitoTyped.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CognitoTyped.Analyzers.CodeFixes.dll", entries);
        Assert.Contains("build/CognitoTyped.props", entries);
        Assert.Contains("build/CognitoTyped.targets", entries);
        Assert.Contains("buildTransitive/CognitoTyped.props", entries);
        Assert.Contains("buildTransitive/CognitoTyped.targets", entries);
        Assert.Contains("schema/cognito.schema.json", entries);
        Assert.Contains("README.md", entries);
        // Roslyn itself comes from the compiler; bundling it (or the generator in lib/) would break consumers.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.ChangeExtension(package.PackagePath, ".snupkg")), "symbols package");
    }

    [Fact]
    public void Nuspec_declares_runtime_dependencies_license_and_repository_and_is_not_a_development_dependency()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var stream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("CognitoTyped", metadata.Element(ns + "id")!.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.NotNull(metadata.Element(ns + "repository")?.Attribute("url"));
        Assert.Null(metadata.Element(ns + "developmentDependency"));
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToArray();
        Assert.Contains("AWSSDK.Core", dependencies);
        Assert.Contains("Microsoft.IdentityModel.JsonWebTokens", dependencies);
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fresh_project_with_only_cognito_json_builds_shows_the_analyzer_warnings_and_runs_against_cognito_local()
    {
        await InTempProjectAsync("cognitotyped-consumer-", async project =>
        {
            await WriteConsumerAsync(project);

            var (buildExit, buildOutput) = await Dotnet.RunAsync(["build", "-nologo", "-clp:NoSummary"], project, TimeSpan.FromMinutes(10));
            Assert.True(buildExit == 0, buildOutput);
            Assert.Contains("warning CTY0001", buildOutput, StringComparison.Ordinal);
            Assert.Contains("warning CTY0002", buildOutput, StringComparison.Ordinal);
            Assert.Contains("warning CTY0003", buildOutput, StringComparison.Ordinal);
            Assert.DoesNotContain("error", buildOutput.Replace("0 Error(s)", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

            var (runExit, runOutput) = await Dotnet.RunAsync(["run", "--no-build", "--", emulator.Url.ToString()], project, TimeSpan.FromMinutes(5));
            Assert.True(runExit == 0, runOutput);
            Assert.Contains("consumer ok: Ada 7 True", runOutput, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// Blazor WebAssembly has no <see cref="SocketsHttpHandler"/> (it throws there): a browser app builds with the package, its
    /// generated client and <c>AddCognitoTyped</c>, and the runtime lands in its <c>_framework</c>. The wasm-tools workload is
    /// not installed here and is not needed for this (it only relinks the native runtime); the handler the runtime picks in
    /// the browser is tested in HostingOptionsTests.
    /// </summary>
    [Fact]
    public async Task A_Blazor_WebAssembly_app_builds_for_the_browser_with_the_package()
    {
        await InTempProjectAsync("cognitotyped-wasm-", async project =>
        {
            await WriteFeedConfigAsync(project);
            await File.WriteAllTextAsync(Path.Combine(project, "Browser.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk.BlazorWebAssembly">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RootNamespace>Browser</RootNamespace>
                    <NuGetAudit>false</NuGetAudit>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CognitoTyped" Version="{package.Version}" />
                    <PackageReference Include="Microsoft.AspNetCore.Components.WebAssembly" Version="10.0.15" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "cognito.json"), """
                { "UserPools": [{ "Name": "Members", "Clients": [ { "ClientName": "Spa", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] } ] }] }
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """
                using Browser;
                using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

                var builder = WebAssemblyHostBuilder.CreateDefault(args);
                builder.Services.AddCognitoTyped(builder.Configuration);
                await builder.Build().RunAsync();
                """);

            var (exit, output) = await Dotnet.RunAsync(["build", "-nologo", "-clp:NoSummary"], project, TimeSpan.FromMinutes(10));

            Assert.True(exit == 0, output);
            var framework = Path.Combine(project, "bin", "Debug", "net10.0", "wwwroot", "_framework");
            Assert.Contains(Directory.EnumerateFiles(framework), file => Path.GetFileName(file).StartsWith("CognitoTyped.", StringComparison.Ordinal) && file.EndsWith(".wasm", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_AspNetCore_package_depends_on_CognitoTyped_with_its_generator_and_build_files()
    {
        using var zip = ZipFile.OpenRead(package.AspNetCorePackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("lib/net8.0/CognitoTyped.AspNetCore.dll", entries);
        Assert.Contains("README.md", entries);

        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var ns = nuspec.Root!.Name.Namespace;
        var runtime = nuspec.Descendants(ns + "dependency").Single(d => d.Attribute("id")!.Value == "CognitoTyped");
        Assert.Equal(package.Version, runtime.Attribute("version")!.Value.Trim('[', ']', '(', ')').Split(',')[0]);
        Assert.Null(runtime.Attribute("exclude"));
        Assert.Contains(nuspec.Descendants(ns + "frameworkReference"), f => f.Attribute("name")!.Value == "Microsoft.AspNetCore.App");
        // AddCognitoJwtBearer and AddCognitoOpenIdConnect: the 8.0 handlers, so net8.0 apps keep their own ASP.NET Core line.
        Assert.Contains(nuspec.Descendants(ns + "dependency"), d => d.Attribute("id")!.Value == "Microsoft.AspNetCore.Authentication.JwtBearer" && d.Attribute("version")!.Value.StartsWith("8.0.", StringComparison.Ordinal));
        Assert.Contains(nuspec.Descendants(ns + "dependency"), d => d.Attribute("id")!.Value == "Microsoft.AspNetCore.Authentication.OpenIdConnect" && d.Attribute("version")!.Value.StartsWith("8.0.", StringComparison.Ordinal));
    }

    /// <summary>
    /// A web API written from the documented contract against the packed packages only: the one package reference brings the
    /// runtime, the generator (so the typed principal, policies and group enum exist) and the JWT bearer setup.
    /// </summary>
    [Fact]
    public async Task A_web_api_with_only_the_AspNetCore_package_gets_the_typed_user_and_policies()
    {
        await InTempProjectAsync("cognitotyped-webapi-", async project =>
        {
            await WriteFeedConfigAsync(project);
            await File.WriteAllTextAsync(Path.Combine(project, "Api.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RootNamespace>Api</RootNamespace>
                    <NuGetAudit>false</NuGetAudit>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CognitoTyped.AspNetCore" Version="{package.Version}" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "cognito.json"), """
                { "UserPools": [{ "Name": "Customers", "Groups": [{ "GroupName": "admins" }],
                  "ResourceServers": [{ "Identifier": "orders", "Name": "Orders", "Scopes": [{ "ScopeName": "read" }] }],
                  "Clients": [{ "ClientName": "Web", "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] }] }] }
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """
                using Api;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthentication().AddCognitoJwtBearer("Customers");
                builder.Services.AddAuthorization(options => options.AddCustomersPolicies());
                var app = builder.Build();
                app.MapGet("/me", (HttpContext context) => context.User.GetCustomersUser()?.Username).RequireCustomersUser();
                app.MapGet("/admin", () => "ok").RequireAuthorization(CustomersPolicies.Admins);
                app.MapGet("/admin2", () => "ok").RequireCustomersGroup(CustomersGroup.Admins);
                app.MapGet("/orders", () => "ok").RequireCustomersScope(CustomersScope.OrdersReadScope);
                app.Run();
                """);

            var (exit, output) = await Dotnet.RunAsync(["build", "-nologo", "-clp:NoSummary"], project, TimeSpan.FromMinutes(10));

            Assert.True(exit == 0, output);
        });
    }

    /// <summary>
    /// A back-office worker written from the documented admin contract against the packed package: AddCognitoTyped with AWSOptions
    /// credentials, the typed admin client (create with typed attributes, filter, groups, disable) and the admin sign-in of an app
    /// client that allows it, run against cognito-local.
    /// </summary>
    [Fact]
    public async Task A_back_office_worker_manages_users_with_the_typed_admin_client_from_the_package()
    {
        await InTempProjectAsync("cognitotyped-backoffice-", async project =>
        {
            await WriteFeedConfigAsync(project);
            await File.WriteAllTextAsync(Path.Combine(project, "BackOffice.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RootNamespace>BackOffice</RootNamespace>
                    <NuGetAudit>false</NuGetAudit>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CognitoTyped" Version="{package.Version}" />
                    <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.13" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "cognito.json"), """
                { "UserPools": [{ "Name": "Tenants",
                  "Schema": [ { "Name": "email", "Required": true }, { "Name": "given_name" },
                              { "Name": "plan", "Mutable": true }, { "Name": "seats", "AttributeDataType": "Number" } ],
                  "Groups": [ { "GroupName": "owners" }, { "GroupName": "billing" } ],
                  "Clients": [ { "ClientName": "Portal", "GenerateSecret": true,
                                 "ExplicitAuthFlows": ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] } ] }] }
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """
                using Amazon;
                using Amazon.Extensions.NETCore.Setup;
                using Amazon.Runtime;
                using BackOffice;
                using CognitoTyped;
                using CognitoTyped.IdentityProvider;
                using CognitoTyped.Provisioning;
                using Microsoft.Extensions.DependencyInjection;
                using Microsoft.Extensions.Hosting;

                var url = new Uri(args[0]);
                var credentials = new BasicAWSCredentials("local", "local");
                using var provisioning = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "us-east-1", ServiceUrl = url, Credentials = credentials });
                var pool = await CognitoProvisioner.ProvisionAsync(TenantsDefinition.UserPool, provisioning, "Tenants-" + Guid.NewGuid().ToString("N")[..6]);

                var builder = Host.CreateApplicationBuilder();
                builder.Configuration["Cognito:Tenants:UserPoolId"] = pool.UserPoolId;
                builder.Configuration["Cognito:Tenants:ServiceUrl"] = url.ToString();
                builder.Configuration["Cognito:Tenants:Clients:Portal:ClientId"] = pool.Client("Portal").ClientId;
                builder.Configuration["Cognito:Tenants:Clients:Portal:ClientSecret"] = pool.Client("Portal").ClientSecret;
                builder.Services.AddDefaultAWSOptions(new AWSOptions { Region = RegionEndpoint.USEast1, Credentials = credentials });
                builder.Services.AddCognitoTyped(builder.Configuration);
                using var host = builder.Build();
                await host.StartAsync();

                var admin = host.Services.GetRequiredService<ITenantsAdminClient>();
                foreach (var name in new[] { "ada", "alan", "grace" })
                {
                    await admin.AdminCreateUserAsync(name, new TenantsAdminAttributes { Email = name + "@example.com", GivenName = char.ToUpperInvariant(name[0]) + name[1..], Plan = "pro", Seats = name.Length },
                        messageAction: MessageActionType.Suppress);
                }

                await admin.AdminAddUserToGroupAsync("ada", TenantsGroup.Owners);
                await admin.AdminUpdateUserAttributesAsync("alan", new TenantsAdminAttributeUpdate { Plan = "free" });
                await admin.AdminDeleteUserAttributesAsync("grace", TenantsAdminDeletableAttribute.Seats);
                await admin.AdminDisableUserAsync("grace");
                var startsWithA = await admin.ListUsersAsync(TenantsUserFilter.Email.StartsWith("a")).Select(u => u.Username).OrderBy(u => u).ToListAsync();
                var owners = await admin.ListUsersInGroupAsync(TenantsGroup.Owners).Select(u => u.Username).ToListAsync();
                var alan = await admin.AdminGetUserAsync("alan");
                var grace = await admin.AdminGetUserAsync("grace");

                var password = "Pw-" + Guid.NewGuid().ToString("N");
                await admin.AdminSetUserPasswordAsync("ada", password, permanent: true);
                var signedIn = await host.Services.GetRequiredService<ITenantsPortalClient>().AdminSignInAsync("ada", password);
                Console.WriteLine($"back office ok: {string.Join(",", startsWithA)} owners={string.Join(",", owners)} alan={alan.Attributes.Plan} grace={grace.Enabled}/{grace.Attributes.Seats?.ToString() ?? "none"} ada={signedIn.Tokens?.Username}");
                await host.StopAsync();
                """);

            var (exit, output) = await Dotnet.RunAsync(["build", "-nologo", "-clp:NoSummary"], project, TimeSpan.FromMinutes(10));
            Assert.True(exit == 0, output);

            var (runExit, runOutput) = await Dotnet.RunAsync(["run", "--no-build", "--", emulator.Url.ToString()], project, TimeSpan.FromMinutes(5));
            Assert.True(runExit == 0, runOutput);
            Assert.Contains("back office ok: ada,alan owners=ada alan=free grace=False/none ada=ada", runOutput, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// A native app written from docs/managed-login.md against the packed package only: cognito.json gives its pool an OAuth client
    /// (code flow, openid/email/profile, a loopback callback, no secret), and the app uses the generated
    /// <c>MembersDesktopManagedLogin</c> against cognito-local: a redirect outside CallbackURLs is refused before anything is sent,
    /// the authorization request (typed scopes) carries PKCE S256, state and nonce, the app's own HttpClient code signs in
    /// through cognito-local's login form, and the code is exchanged (ID token validated; cognito-local echoes no nonce, so
    /// AllowMissing is set explicitly) and refreshed. The app provisions the pool and user itself, from the emulator URL it is given.
    /// </summary>
    [Fact]
    public async Task A_native_app_signs_in_through_the_login_form_exchanges_the_code_and_refreshes_with_the_generated_managed_login_from_the_package()
    {
        await InTempProjectAsync("cognitotyped-native-", async project =>
        {
            await WriteFeedConfigAsync(project);
            await File.WriteAllTextAsync(Path.Combine(project, "Native.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <RootNamespace>Native</RootNamespace>
                    <NuGetAudit>false</NuGetAudit>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="CognitoTyped" Version="{package.Version}" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "cognito.json"), """
                { "UserPools": [{ "Name": "Members",
                  "Schema": [ { "Name": "email", "Required": true } ],
                  "Clients": [ { "ClientName": "Desktop",
                                 "ExplicitAuthFlows": ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                                 "AllowedOAuthFlows": ["code"], "AllowedOAuthFlowsUserPoolClient": true,
                                 "AllowedOAuthScopes": ["openid", "email", "profile"],
                                 "CallbackURLs": ["http://localhost:53682/callback"],
                                 "SupportedIdentityProviders": ["COGNITO"] } ] }] }
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """
                using System.Net;
                using System.Security.Cryptography;
                using System.Text;
                using CognitoTyped;
                using CognitoTyped.IdentityProvider;
                using CognitoTyped.Provisioning;
                using Native;

                var url = new Uri(args[0]);
                using var admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "us-east-1", ServiceUrl = url, Credentials = new Amazon.Runtime.BasicAWSCredentials("local", "local") });
                var pool = await CognitoProvisioner.ProvisionAsync(MembersDefinition.UserPool, admin, "Members-" + Guid.NewGuid().ToString("N")[..6]);
                var username = "native-" + Guid.NewGuid().ToString("N")[..6];
                var password = "Pw-" + Guid.NewGuid().ToString("N");
                await admin.AdminCreateUserAsync(new AdminCreateUserRequest
                {
                    UserPoolId = pool.UserPoolId,
                    Username = username,
                    MessageAction = MessageActionType.Suppress,
                    UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }],
                });
                await admin.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = pool.UserPoolId, Username = username, Password = password, Permanent = true });

                var sent = new CountingHandler();
                using var login = new MembersDesktopManagedLogin(new CognitoManagedLoginOptions
                {
                    Domain = url,
                    ClientId = pool.Client("Desktop").ClientId,
                    UserPoolId = pool.UserPoolId,
                    // cognito-local's issuer and keys; its ID tokens carry no nonce (a real pool keeps the default, Required).
                    Issuer = $"{url.Scheme}://{url.Authority}/{pool.UserPoolId}",
                    JwksUri = new Uri(url, $"{pool.UserPoolId}/.well-known/jwks.json"),
                    NonceValidation = CognitoNonceValidation.AllowMissing,
                }, new HttpClient(sent));

                // A redirect cognito.json does not register fails here, before anything is sent.
                var refused = "no";
                try
                {
                    _ = login.CreateAuthorizationRequest(new Uri("http://localhost:53682/elsewhere"), [MembersDesktopOAuthScope.Email]);
                }
                catch (ArgumentException)
                {
                    refused = "ArgumentException";
                }

                Console.WriteLine($"outside callback: {refused}, requests sent: {sent.Count}");

                var request = login.CreateAuthorizationRequest([MembersDesktopOAuthScope.Email, MembersDesktopOAuthScope.Profile]);
                var query = Query(request.Url);
                var challengeIsS256 = query["code_challenge"] == Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(request.CodeVerifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                var stateSent = query["state"].Length > 0 && query["state"] == request.State;
                var nonceSent = query["nonce"].Length > 0 && query["nonce"] == request.Nonce;
                Console.WriteLine($"authorization request: {request.Url.AbsolutePath} response_type={query["response_type"]} method={query["code_challenge_method"]} challenge={challengeIsS256} state={stateSent} nonce={nonceSent} scope={query["scope"]} redirect_uri={query["redirect_uri"]}");

                // The browser: open the authorization URL, fill in the login form, submit it, and stop at the redirect.
                using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
                using var page = await browser.GetAsync(request.Url);
                var form = await page.Content.ReadAsStringAsync();
                var fields = new Dictionary<string, string>(query, StringComparer.Ordinal) { ["username"] = username, ["password"] = password };
                using var submitted = await browser.PostAsync(new Uri(url, "/oauth2/authorize"), new FormUrlEncodedContent(fields));
                var callback = submitted.Headers.Location ?? throw new InvalidOperationException("The login form did not redirect: " + (int)submitted.StatusCode);
                var back = Query(callback);
                var codeBack = back.TryGetValue("code", out var code) && code.Length > 0;
                var stateBack = back.TryGetValue("state", out var state) && state == request.State;
                var passwordField = form.Contains("type=\"password\" name=\"password\"", StringComparison.Ordinal);
                Console.WriteLine($"login form: {(int)page.StatusCode} password field={passwordField} -> {(int)submitted.StatusCode} {callback.GetLeftPart(UriPartial.Path)} code={codeBack} state={stateBack}");

                var tokens = await login.ExchangeCodeAsync(request, callback);
                var signedIn = tokens.Username == username;
                var hasRefresh = tokens.RefreshToken is not null;
                Console.WriteLine($"exchanged: user={signedIn} refresh token={hasRefresh} spent={request.IsSpent} requests sent: {sent.Count > 0}");

                var refreshed = await login.RefreshAsync(tokens);
                var newAccess = refreshed.AccessToken.Length > 0 && !string.Equals(refreshed.AccessToken, tokens.AccessToken, StringComparison.Ordinal);
                var sameUser = refreshed.Username == username;
                Console.WriteLine($"refreshed: new access token={newAccess} user={sameUser}");
                return signedIn && hasRefresh && newAccess && sameUser && challengeIsS256 && stateSent && nonceSent && codeBack && stateBack ? 0 : 1;

                static Dictionary<string, string> Query(Uri uri) => uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                    .Select(pair => pair.Split('=', 2))
                    .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1].Replace('+', ' ')) : string.Empty, StringComparer.Ordinal);

                internal sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
                {
                    private int count;

                    public int Count => Volatile.Read(ref count);

                    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                    {
                        Interlocked.Increment(ref count);
                        return base.SendAsync(request, cancellationToken);
                    }
                }
                """);

            var (exit, output) = await Dotnet.RunAsync(["build", "-nologo", "-clp:NoSummary"], project, TimeSpan.FromMinutes(10));
            Assert.True(exit == 0, output);

            var (runExit, runOutput) = await Dotnet.RunAsync(["run", "--no-build", "--", emulator.Url.ToString()], project, TimeSpan.FromMinutes(5));
            Assert.True(runExit == 0, runOutput);
            Assert.Contains("outside callback: ArgumentException, requests sent: 0", runOutput, StringComparison.Ordinal);
            Assert.Contains("authorization request: /oauth2/authorize response_type=code method=S256 challenge=True state=True nonce=True scope=openid email profile redirect_uri=http://localhost:53682/callback", runOutput, StringComparison.Ordinal);
            Assert.Contains("login form: 200 password field=True -> 302 http://localhost:53682/callback code=True state=True", runOutput, StringComparison.Ordinal);
            Assert.Contains("exchanged: user=True refresh token=True spent=True requests sent: True", runOutput, StringComparison.Ordinal);
            Assert.Contains("refreshed: new access token=True user=True", runOutput, StringComparison.Ordinal);
        });
    }

    /// <summary>Runs <paramref name="test"/> in a new folder outside the solution, deleted afterwards.</summary>
    private static async Task InTempProjectAsync(string prefix, Func<string, Task> test)
    {
        var project = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            await test(project);
        }
        finally
        {
            try
            {
                Directory.Delete(project, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private Task WriteFeedConfigAsync(string project) => File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="cognitotyped-local" value="{package.Feed}" />
          </packageSources>
        </configuration>
        """);

    private async Task WriteConsumerAsync(string project)
    {
        await WriteFeedConfigAsync(project);
        await File.WriteAllTextAsync(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Consumer</RootNamespace>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CognitoTyped" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "cognito.json"), """
            {
              "UserPools": [{
                "Name": "Members",
                "Schema": [ { "Name": "email", "Required": true }, { "Name": "given_name" },
                            { "Name": "level", "AttributeDataType": "Number" } ],
                "Clients": [ { "ClientName": "Site", "ExplicitAuthFlows": ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] } ]
              }]
            }
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), """
            using Consumer;
            using CognitoTyped;
            using CognitoTyped.IdentityProvider;
            using CognitoTyped.Provisioning;

            var url = new Uri(args[0]);
            using var admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "us-east-1", ServiceUrl = url, Credentials = new Amazon.Runtime.BasicAWSCredentials("local", "local") });
            var pool = await CognitoProvisioner.ProvisionAsync(MembersDefinition.UserPool, admin, "Members-" + Guid.NewGuid().ToString("N")[..6]);
            using var client = new MembersSiteClient(new CognitoClientOptions { UserPoolId = pool.UserPoolId, ClientId = pool.Client("Site").ClientId, ServiceUrl = url });
            var username = "consumer-" + Guid.NewGuid().ToString("N")[..6];
            var password = Environment.GetEnvironmentVariable("CONSUMER_PASSWORD") ?? "Pw-" + Guid.NewGuid().ToString("N");
            await client.SignUpAsync(username, password, new MembersSiteSignUpAttributes { Email = username + "@example.com", GivenName = "Ada", Level = 7 });
            await admin.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.UserPoolId, Username = username });
            var tokens = (await client.SignInAsync(username, password)).Tokens!;
            var user = await client.GetUserAsync(tokens.AccessToken);
            Console.WriteLine($"consumer ok: {user.Attributes.GivenName} {user.Attributes.Level} {tokens.RefreshToken is not null}");
            """);
        // Deliberately hard-coded values: the analyzers must flag each in the build output.
        await File.WriteAllTextAsync(Path.Combine(project, "HardCoded.cs"), """
            namespace Consumer;

            internal static class HardCoded
            {
                internal static CognitoTyped.CognitoClientOptions Options() => new()
                {
                    UserPoolId = "eu-west-1_AbCdEf123",
                    ClientId = "1example23456789abcdefghij",
                    ClientSecret = "1examplesecret23456789abcdefghijklmnopqrstuvwxyz012",
                };

                internal static Task SignInAsync(MembersSiteClient client) => client.SignInAsync("ada", "Hunter2-password!");
            }
            """);
    }
}
