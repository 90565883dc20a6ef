using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators.Tests;

/// <summary>The generated code run for real: conversions, kept values, ID tokens, groups, provisioning data and DI.</summary>
public sealed class ExecutionTests
{
    private const string Probe = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text;
        using CognitoTyped;
        using Contoso.Auth;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;

        public static class Probe
        {
            public static string Run()
            {
                var lines = new List<string>();
                var attributes = CustomersAttributes.FromAttributes(new Dictionary<string, string>
                {
                    ["sub"] = "s-1", ["email"] = "a@b.c", ["custom:seats"] = "12", ["custom:beta"] = "True",
                    ["birthdate"] = "1990-01-02", ["custom:tenant_id"] = "t", ["email_verified"] = "not-a-bool", ["custom:unknown"] = "u",
                });
                lines.Add($"typed: {attributes.Sub} {attributes.Email} {attributes.Seats} {attributes.Beta} {attributes.Birthdate:yyyy-MM-dd} {attributes.TenantId} {attributes.EmailVerified?.ToString() ?? "null"}");
                lines.Add("kept: " + string.Join(",", attributes.AdditionalAttributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
                var written = attributes.ToAttributes();
                lines.Add("written: " + string.Join(",", written.Select(p => p.Key + "=" + p.Value)));
                lines.Add("round trip equal: " + (CustomersAttributes.FromAttributes(written) == attributes));
                lines.Add("changed not equal: " + (attributes with { Seats = 13 } != attributes));
                lines.Add("validate: " + string.Join(";", (attributes with { Seats = 0, TenantId = "" }).Validate()));
                lines.Add("validate missing: " + string.Join(";", new CustomersAttributes().Validate()));

                var payload = "{\"sub\":\"s-2\",\"email\":\"x@y.z\",\"email_verified\":true,\"custom:seats\":\"5\",\"cognito:username\":\"user-2\",\"cognito:groups\":[\"admins\"],\"exp\":1700000000,\"custom:extra\":\"e\"}";
                var jwt = "eyJhbGciOiJub25lIn0." + Convert.ToBase64String(Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + ".sig";
                var fromToken = CustomersAttributes.FromIdToken(jwt);
                lines.Add($"token: {fromToken.Sub} {fromToken.Email} {fromToken.EmailVerified} {fromToken.Seats} kept={string.Join(",", fromToken.AdditionalAttributes.Keys)}");
                var validated = CognitoModelFactory.CognitoValidatedToken(CognitoTokenUse.Id, "s-2", "web-id", "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool", DateTimeOffset.UnixEpoch, groups: new[] { "admins" });
                var principal = new System.Security.Claims.ClaimsPrincipal(validated.Identity);
                lines.Add($"groups: {CustomersGroups.IsInAdmins(validated)} {CustomersGroups.IsInAdmins(principal)} {string.Join(",", CustomersGroups.GetGroups(validated))} {string.Join(",", CustomersGroups.GetGroups(principal))} {string.Join(",", CustomersGroups.All)}");
                // A group check that takes token text (or CognitoTokens, which hold token text) decides on claims nobody validated.
                var unvalidatedChecks = typeof(CustomersGroups).GetMethods()
                    .Where(m => m.GetParameters().Any(p => p.ParameterType == typeof(CognitoTokens) || (p.ParameterType == typeof(string) && p.Name != "groupName")))
                    .Select(m => m.Name + "(" + string.Join(",", m.GetParameters().Select(p => p.ParameterType.Name)) + ")");
                lines.Add("group checks on unvalidated tokens: " + (unvalidatedChecks.Any() ? string.Join(",", unvalidatedChecks) : "none"));
                try
                {
                    CustomersAttributes.FromIdToken("not a token");
                    lines.Add("bad token: accepted");
                }
                catch (FormatException)
                {
                    lines.Add("bad token: FormatException");
                }

                lines.Add("sign-up: " + string.Join(",", new CustomersWebSignUpAttributes { Email = "a@b.c" }.ToAttributes().Select(p => p.Key + "=" + p.Value)));
                lines.Add("update: " + string.Join(",", new CustomersBackendAttributeUpdate { Seats = 3, Beta = false, Birthdate = new DateOnly(2001, 2, 3) }.ToAttributes().Select(p => p.Key + "=" + p.Value)));

                var request = CustomersDefinition.UserPool.ToCreateUserPoolRequest();
                lines.Add($"definition: {request.PoolName} schema={request.Schema!.Count} mfa={request.MfaConfiguration} clients={string.Join(",", CustomersDefinition.UserPool.Clients.Select(c => c.ClientName))} secret={CustomersDefinition.UserPool.Clients[1].ToRequest("pool-1").GenerateSecret} groups={CustomersDefinition.UserPool.Groups[0].ToRequest("pool-1").GroupName} identity={CustomersDefinition.UserPool.IdentityPool!.AllowUnauthenticatedIdentities}");

                var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Cognito:Customers:UserPoolId"] = "eu-west-1_Pool",
                    ["Cognito:Customers:ServiceUrl"] = "http://127.0.0.1:9229",
                    ["Cognito:Customers:IdentityPoolId"] = "eu-west-1:0000",
                    ["Cognito:Customers:Clients:Web:ClientId"] = "webclientid1",
                    ["Cognito:Customers:Clients:Backend:ClientId"] = "backendclientid1",
                    ["Cognito:Customers:Clients:Backend:ClientSecret"] = "backend-secret",
                }).Build();
                using var provider = new ServiceCollection().AddCognitoTyped(configuration).Services.BuildServiceProvider();
                var web = provider.GetRequiredService<ICustomersWebClient>();
                var backend = provider.GetRequiredService<CustomersBackendClient>();
                var identity = provider.GetRequiredService<CustomersIdentityPool>();
                lines.Add($"di: {((CustomersWebClient)web).AuthClient.Options.ClientId} {((CustomersWebClient)web).AuthClient.Options.ServiceUrl} {backend.AuthClient.Options.ClientId} secret-set={backend.AuthClient.Options.ClientSecret is not null} {identity.LoginProvider} same={ReferenceEquals(web, provider.GetRequiredService<CustomersWebClient>())}");
                try
                {
                    _ = new CustomersBackendClient(new CognitoClientOptions { UserPoolId = "eu-west-1_Pool", ClientId = "id" });
                    lines.Add("secret client without secret: accepted");
                }
                catch (InvalidOperationException)
                {
                    lines.Add("secret client without secret: InvalidOperationException");
                }

                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public void Generated_code_converts_keeps_reads_tokens_provisions_and_registers_as_designed()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"), new[] { Probe }, withDependencyInjection: true);
        var compilation = run.Output.AddReferences(
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.ConfigurationBuilder).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions).Assembly.Location));
        Assert.Empty(run.GeneratorDiagnostics);

        var output = Execute(compilation);

        Assert.Equal(
            """
            typed: s-1 a@b.c 12 True 1990-01-02 t null
            kept: custom:unknown=u,email_verified=not-a-bool
            written: sub=s-1,email=a@b.c,birthdate=1990-01-02,custom:tenant_id=t,custom:seats=12,custom:beta=true,email_verified=not-a-bool,custom:unknown=u
            round trip equal: True
            changed not equal: True
            validate: custom:tenant_id must have from 1 to 36 characters.;custom:seats must be from 1 to 500.
            validate missing: email is required.
            token: s-2 x@y.z True 5 kept=custom:extra
            groups: True True admins admins admins
            group checks on unvalidated tokens: none
            bad token: FormatException
            sign-up: email=a@b.c
            update: birthdate=2001-02-03,custom:seats=3,custom:beta=false
            definition: Customers schema=6 mfa=OPTIONAL clients=Web,Backend secret=True groups=admins identity=False
            di: webclientid1 http://127.0.0.1:9229/ backendclientid1 secret-set=True cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool same=True
            secret client without secret: InvalidOperationException
            """.ReplaceLineEndings("\n"),
            output);
    }

    private static string Execute(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-probe", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var run = assembly.GetType("Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (string)run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
