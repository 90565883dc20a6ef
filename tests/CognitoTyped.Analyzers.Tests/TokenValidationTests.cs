using CognitoTyped.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>CTY0004: token validation switched off for a Cognito issuer or authority.</summary>
public sealed class TokenValidationTests
{
    /// <summary>Microsoft.IdentityModel.Tokens and JwtBearer, with their names, for what the rule reads.</summary>
    internal const string JwtStandIns = """
        namespace Microsoft.IdentityModel.Tokens
        {
            public class TokenValidationParameters
            {
                public bool ValidateAudience { get; set; } = true;
                public bool ValidateIssuer { get; set; } = true;
                public bool ValidateLifetime { get; set; } = true;
                public bool ValidateIssuerSigningKey { get; set; }
                public bool RequireSignedTokens { get; set; } = true;
                public string? ValidIssuer { get; set; }
                public System.Collections.Generic.IEnumerable<string>? ValidIssuers { get; set; }
                public string? ValidAudience { get; set; }
            }
        }

        namespace Microsoft.AspNetCore.Authentication
        {
            public class AuthenticationBuilder { }
        }

        namespace Microsoft.AspNetCore.Authentication.JwtBearer
        {
            public class JwtBearerOptions
            {
                public string? Authority { get; set; }
                public string? MetadataAddress { get; set; }
                public string? Audience { get; set; }
                public Microsoft.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; } = new();
            }
        }

        namespace Microsoft.Extensions.DependencyInjection
        {
            using Microsoft.AspNetCore.Authentication;
            using Microsoft.AspNetCore.Authentication.JwtBearer;

            public static class JwtBearerExtensions
            {
                public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, System.Action<JwtBearerOptions> configure) => builder;
                public static AuthenticationBuilder AddJwtBearer(this AuthenticationBuilder builder, string scheme, System.Action<JwtBearerOptions> configure) => builder;
            }
        }
        """;

    private const string ConfigurationStandIn = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string? this[string key] { get; } }
        }
        """;

    /// <summary>CognitoTyped.AspNetCore's entry point, present only where the package is referenced.</summary>
    internal const string AspNetCoreStandIn = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            using Microsoft.AspNetCore.Authentication;

            public static class CognitoJwtBearerExtensions
            {
                public static AuthenticationBuilder AddCognitoJwtBearer(this AuthenticationBuilder builder, string userPool) => builder;
                public static AuthenticationBuilder AddCognitoJwtBearer(this AuthenticationBuilder builder, string authenticationScheme, string userPool, System.Action<object>? configure) => builder;
            }
        }
        """;

    private static string Program(string body) => $$"""
        using System.Collections.Generic;
        using Microsoft.AspNetCore.Authentication;
        using Microsoft.AspNetCore.Authentication.JwtBearer;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.IdentityModel.Tokens;

        static class Startup
        {
            private const string Region = "eu-west-1";

            public static void Configure(AuthenticationBuilder auth, IConfiguration configuration, string poolId)
            {
                {{body}}
            }
        }
        """;

    private static DiagnosticResult Weakened(int markup = 0) => new DiagnosticResult("CTY0004", DiagnosticSeverity.Warning).WithLocation(markup);

    private static Task VerifyAsync(string body, params DiagnosticResult[] expected) =>
        RuleVerify<TokenValidationAnalyzer>.AnalyzerAsync(Program(body), [JwtStandIns, ConfigurationStandIn], expected);

    [Theory]
    [InlineData("ValidateAudience")]
    [InlineData("ValidateIssuer")]
    [InlineData("ValidateLifetime")]
    [InlineData("ValidateIssuerSigningKey")]
    [InlineData("RequireSignedTokens")]
    public Task Check_switched_off_for_a_Cognito_authority_is_CTY0004(string check) => VerifyAsync(
        $$"""auth.AddJwtBearer(o => { o.Authority = $"https://cognito-idp.{Region}.amazonaws.com/{poolId}"; o.TokenValidationParameters = new TokenValidationParameters { {|#0:{{check}} = false|} }; });""",
        Weakened());

    [Fact]
    public Task Audience_check_switched_off_names_the_access_token_pitfall() => VerifyAsync(
        """auth.AddJwtBearer(o => { o.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34"; {|#0:o.TokenValidationParameters.ValidateAudience = false|}; });""",
        new DiagnosticResult(DiagnosticDescriptors.WeakenedTokenValidation).WithLocation(0)
            .WithArguments("ValidateAudience", "Cognito access tokens have no aud: check client_id and token_use instead (AddCognitoJwtBearer does)"));

    [Fact]
    public Task Issuer_read_from_a_Cognito_configuration_key_is_Cognito() => VerifyAsync(
        """auth.AddJwtBearer(o => { o.TokenValidationParameters = new TokenValidationParameters { ValidIssuer = configuration["Cognito:Customers:Issuer"], {|#0:ValidateAudience = false|} }; });""",
        Weakened());

    [Fact]
    public Task Metadata_address_from_a_constant_field_is_Cognito() => RuleVerify<TokenValidationAnalyzer>.AnalyzerAsync(
        Program("""auth.AddJwtBearer(o => { o.MetadataAddress = Metadata; o.TokenValidationParameters = new() { {|#0:ValidateLifetime = false|} }; });""")
            .Replace("private const string Region", "private const string Metadata = \"https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34/.well-known/openid-configuration\";\n    private const string Region", StringComparison.Ordinal),
        [JwtStandIns, ConfigurationStandIn],
        Weakened());

    [Fact]
    public Task Valid_issuers_list_with_a_Cognito_issuer_is_Cognito() => VerifyAsync(
        """var parameters = new TokenValidationParameters { ValidIssuers = new[] { "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34" }, {|#0:ValidateIssuer = false|} };""",
        Weakened());

    [Fact]
    public Task Checks_left_on_for_Cognito_are_not_flagged() => VerifyAsync(
        """auth.AddJwtBearer(o => { o.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34"; o.TokenValidationParameters = new() { ValidateAudience = true, ValidateIssuer = true }; });""");

    [Fact]
    public Task Checks_switched_off_for_another_issuer_are_not_flagged() => VerifyAsync(
        """auth.AddJwtBearer(o => { o.Authority = "https://login.example.com"; o.TokenValidationParameters = new() { ValidateAudience = false }; });""");

    [Fact]
    public Task Check_set_from_a_variable_is_not_flagged() => VerifyAsync(
        """var strict = configuration["Strict"] == "true"; auth.AddJwtBearer(o => { o.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/x"; o.TokenValidationParameters = new() { ValidateAudience = strict }; });""");

    [Fact]
    public Task Without_IdentityModel_nothing_runs() => RuleVerify<TokenValidationAnalyzer>.AnalyzerAsync(
        "class C { bool ValidateAudience { get; set; } void M() { ValidateAudience = false; } }", []);

    [Fact]
    public Task Code_fix_replaces_AddJwtBearer_with_AddCognitoJwtBearer_and_fixes_all() =>
        RuleVerify<TokenValidationAnalyzer>.CodeFixAsync<CognitoJwtBearerCodeFixProvider>(
            Program("""
                auth.AddJwtBearer(o =>
                        {
                            o.Authority = configuration["Cognito:Customers:Authority"];
                            o.TokenValidationParameters = new TokenValidationParameters { {|#0:ValidateAudience = false|} };
                        });
                        auth.AddJwtBearer("Admins", o =>
                        {
                            o.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Ab12Cd34";
                            {|#1:o.TokenValidationParameters.ValidateLifetime = false|};
                        });
                """),
            Program("""
                auth.AddCognitoJwtBearer("Customers");
                        auth.AddCognitoJwtBearer("Admins", "Default", null);
                """),
            [JwtStandIns, ConfigurationStandIn, AspNetCoreStandIn],
            Weakened(0), Weakened(1));

    [Fact]
    public Task Code_fix_is_not_offered_without_CognitoTyped_AspNetCore() =>
        RuleVerify<TokenValidationAnalyzer>.CodeFixAsync<CognitoJwtBearerCodeFixProvider>(
            Program("""auth.AddJwtBearer(o => { o.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/x"; {|#0:o.TokenValidationParameters.ValidateAudience = false|}; });"""),
            Program("""auth.AddJwtBearer(o => { o.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/x"; {|#0:o.TokenValidationParameters.ValidateAudience = false|}; });"""),
            [JwtStandIns, ConfigurationStandIn],
            Weakened(0));

    [Theory]
    [InlineData("none", null)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    public Task Editorconfig_sets_the_severity(string severity, DiagnosticSeverity? expected) =>
        RuleVerify<TokenValidationAnalyzer>.AnalyzerAsync(
            Program("""auth.AddJwtBearer(o => { o.Authority = "https://cognito-idp.eu-west-1.amazonaws.com/x"; {|#0:o.TokenValidationParameters.ValidateAudience = false|}; });""")
                .Replace("{|#0:", expected is null ? "" : "{|#0:", StringComparison.Ordinal).Replace("|};", expected is null ? ";" : "|};", StringComparison.Ordinal),
            [JwtStandIns, ConfigurationStandIn],
            $"root = true\n\n[*.cs]\ndotnet_diagnostic.CTY0004.severity = {severity}\n",
            expected is { } level ? [new DiagnosticResult("CTY0004", level).WithLocation(0)] : []);
}
