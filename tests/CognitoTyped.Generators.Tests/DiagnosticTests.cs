using System.Collections.Immutable;
using System.Globalization;
using CognitoTyped.Generators.Diagnostics;
using CognitoTyped.Generators.Model;
using CognitoTyped.Shared.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Generators.Tests;

/// <summary>Every CTY01xx: its ID, its severity and the exact span, line and column in cognito.json.</summary>
public sealed class DiagnosticTests
{
    private const string Pool = "\"Name\": \"P\"";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "CTY0100", "{ \"UserPools\": [ ⟦}⟧ ] }", "not valid JSON" },
        { "CTY0100", "{ \"UserPools\": [ { \"Name\": 'P' } ] }".Replace("'P'", "⟦'P'⟧", StringComparison.Ordinal), "need double quotes" },
        { "CTY0100", "{ \"UserPools\": ⟦[⟧\n  {\"Name\": \"P\"}\n", "not closed" },
        { "CTY0101", "{ \"UserPools\": [{ " + Pool + ", ⟦\"Clints\"⟧: [] }] }", "did you mean 'Clients'?" },
        { "CTY0101", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"x\", ⟦\"Mutible\"⟧: true }] }] }", "did you mean 'Mutable'?" },
        { "CTY0102", "{ \"UserPools\": [{ " + Pool + ", \"Clients\": [{ \"ClientName\": \"C\", \"GenerateSecret\": ⟦\"yes\"⟧ }] }] }", "must be true or false, not a string" },
        { "CTY0102", "{ \"UserPools\": ⟦{}⟧ }", "must be an array of objects" },
        { "CTY0102", "{ \"UserPools\": [{ \"Name\": ⟦5⟧ }] }", "'Name' must be a string, not a number" },
        { "CTY0102", "{ \"UserPools\": [{ \"Name\": \"P\", \"Clients\": [{ \"ClientName\": ⟦null⟧ }] }] }", "'ClientName' must be a string, not null" },
        { "CTY0103", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"x\", \"AttributeDataType\": ⟦\"Strin\"⟧ }] }] }", "did you mean 'String'?" },
        { "CTY0104", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"x\", \"StringAttributeConstraints\": ⟦{ \"MinLength\": \"10\", \"MaxLength\": \"2\" }⟧ }] }] }", "MinLength 10 is greater than MaxLength 2" },
        { "CTY0104", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"x\", \"StringAttributeConstraints\": { \"MinLength\": ⟦\"ten\"⟧ } }] }] }", "whole number" },
        { "CTY0104", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"x\", \"AttributeDataType\": \"Boolean\", ⟦\"NumberAttributeConstraints\"⟧: { \"MinValue\": \"1\" } }] }] }", "apply to Number attributes" },
        { "CTY0104", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"x\", \"StringAttributeConstraints\": { \"MaxLength\": ⟦\"4096\"⟧ } }] }] }", "out of range" },
        { "CTY0105", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"tenant\", \"Required\": ⟦true⟧ }] }] }", "'custom:tenant' cannot be Required" },
        { "CTY0106", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [" + string.Concat(Enumerable.Range(1, 50).Select(i => $"{{ \"Name\": \"a{i}\" }}, ")) + "{ \"Name\": ⟦\"a51\"⟧ }] }] }", "at most 50" },
        { "CTY0107", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": ⟦\"this_name_is_longer_than_20\"⟧ }] }] }", "1 to 20 characters" },
        { "CTY0107", "{ \"Namespace\": ⟦\"Contoso.class\"⟧, \"UserPools\": [] }", "C# keyword" },
        { "CTY0107", "{ \"UserPools\": [{ \"Name\": ⟦\"a/b\"⟧ }] }", "user pool name" },
        { "CTY0107", "{ \"UserPools\": [{ \"Name\": ⟦\"---\"⟧ }] }", "no letter or digit" },
        { "CTY0107", "{ \"UserPools\": [{ " + Pool + ", \"Groups\": [{ \"GroupName\": ⟦\"two words\"⟧ }] }] }", "group name" },
        { "CTY0108", "{ \"UserPools\": [{ " + Pool + ", \"Clients\": [{ \"ClientName\": \"Web\" }, { \"ClientName\": ⟦\"Web\"⟧ }] }] }", "App client 'Web' is declared more than once" },
        { "CTY0108", "{ \"UserPools\": [{ " + Pool + ", ⟦\"Name\"⟧: \"Q\" }] }", "The member 'Name'" },
        { "CTY0108", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"tier\" }, { \"Name\": ⟦\"custom:tier\"⟧ }] }] }", "Attribute 'custom:tier'" },
        { "CTY0109", "{ \"UserPools\": [{ \"Name\": \"my-pool\" }, { \"Name\": ⟦\"my_pool\"⟧ }] }", "C# type 'MyPoolAttributes'" },
        { "CTY0109", "{ \"UserPools\": [{ \"Name\": \"A\", \"Clients\": [{ \"ClientName\": \"b c\" }] }, { \"Name\": \"AB\", \"Clients\": [{ \"ClientName\": ⟦\"C\"⟧ }] }] }", "C# type 'ABCClient', which app client 'b c' already generates" },
        { "CTY0109", "{ \"UserPools\": [{ \"Name\": \"Shop\", \"Clients\": [{ \"ClientName\": ⟦\"Admin\"⟧ }] }] }", "C# type 'ShopAdminClient', which user pool 'Shop' already generates" },
        { "CTY0110", "{ \"UserPools\": [{ " + Pool + ", \"Clients\": [{ \"ClientName\": \"C\", \"ReadAttributes\": [⟦\"custom:missing\"⟧] }] }] }", "has no such attribute" },
        { "CTY0110", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"tenant_id\" }], \"Clients\": [{ \"ClientName\": \"C\", \"WriteAttributes\": [⟦\"tenant_id\"⟧] }] }] }", "did you mean 'custom:tenant_id'?" },
        { "CTY0111", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"email\", \"Required\": true }], \"Clients\": [{ \"ClientName\": \"C\", ⟦\"WriteAttributes\"⟧: [\"given_name\"] }] }] }", "'email' is required, but client 'C' cannot write it" },
        { "CTY0112", "{ \"UserPools\": [{ " + Pool + ", \"Clients\": [{ \"ClientName\": \"C\", \"ExplicitAuthFlows\": [⟦\"ALLOW_USER_SRP\"⟧] }] }] }", "did you mean 'ALLOW_USER_SRP_AUTH'?" },
        { "CTY0113", "{ \"UserPools\": [{ " + Pool + ", \"Clients\": [{ \"ClientName\": \"C\", ⟦\"ClientSecret\"⟧: \"from-config\" }] }] }", "'ClientSecret' is an ID or a secret" },
        { "CTY0113", "{ \"UserPools\": [{ " + Pool + ", \"IdentityPool\": { ⟦\"IdentityPoolId\"⟧: \"eu-west-1:abc\" } }] }", "'IdentityPoolId' is an ID or a secret" },
        { "CTY0113", "{ \"UserPools\": [{ " + Pool + ", \"Groups\": [{ \"GroupName\": \"g\", \"Description\": ⟦\"AKIAIOSFODNN7EXAMPLE\"⟧ }] }] }", "looks like an AWS access key" },
        { "CTY0113", "{ \"UserPools\": [{ " + Pool + ", \"Groups\": [{ \"GroupName\": \"g\", \"Description\": ⟦\"1example23456789abcdefghijklmnopqrstuvwxyz0123456789\"⟧ }] }] }", "app client secret" },
        { "CTY0114", "⟦⟧", "has no content" },
        { "CTY0114", "⟦⟧  \n\t ", "has no content" },
        { "CTY0115", "{ \"UserPools\": [⟦{⟧ \"Clients\": [] }] }", "must have the member 'Name'" },
        { "CTY0115", "⟦{⟧ \"Namespace\": \"N\" }", "must have the member 'UserPools'" },
        { "CTY0115", "{ \"UserPools\": [{ " + Pool + ", \"Clients\": [⟦{⟧ \"GenerateSecret\": true }] }] }", "'ClientName'" },
        { "CTY0116", "{ \"UserPools\": [{ " + Pool + ", \"MfaConfiguration\": ⟦\"MAYBE\"⟧ }] }", "expected one of OFF, ON, OPTIONAL" },
        { "CTY0116", "{ \"UserPools\": [{ " + Pool + ", \"Policies\": { \"PasswordPolicy\": { \"MinimumLength\": ⟦3⟧ } } }] }", "from 6 to 99" },
        { "CTY0116", "{ \"UserPools\": [{ " + Pool + ", \"UsernameAttributes\": [⟦\"username\"⟧] }] }", "expected one of email, phone_number" },
        { "CTY0116", "{ \"UserPools\": [{ " + Pool + ", \"Schema\": [{ \"Name\": \"email\", \"AttributeDataType\": ⟦\"Number\"⟧ }] }] }", "standard attribute 'email' is String" },
        { "CTY0101", "{ \"UserPools\": [{ " + Pool + ", \"ResourceServers\": [{ \"Identifier\": \"api\", \"Name\": \"api\", ⟦\"Scope\"⟧: [] }] }] }", "did you mean 'Scopes'?" },
        { "CTY0115", "{ \"UserPools\": [{ " + Pool + ", \"ResourceServers\": [⟦{⟧ \"Name\": \"api\" }] }] }", "'Identifier'" },
        { "CTY0108", "{ \"UserPools\": [{ " + Pool + ", \"ResourceServers\": [{ \"Identifier\": \"api\", \"Name\": \"api\", \"Scopes\": [{ \"ScopeName\": \"read\" }, { \"ScopeName\": ⟦\"read\"⟧ }] }] }] }", "Scope 'read'" },
        { "CTY0107", "{ \"UserPools\": [{ " + Pool + ", \"ResourceServers\": [{ \"Identifier\": \"api\", \"Name\": \"api\", \"Scopes\": [{ \"ScopeName\": ⟦\"read/all\"⟧ }] }] }] }", "scope name" },
        { "CTY0113", "{ \"UserPools\": [{ " + Pool + ", \"ResourceServers\": [{ \"Identifier\": \"api\", \"Name\": \"api\", ⟦\"UserPoolId\"⟧: \"eu-west-1_x\" }] }] }", "'UserPoolId' is an ID or a secret" },
        { "CTY0116", OAuthClient("\"CallbackURLs\": [⟦\"http://app.example.com/cb\"⟧]"), "http is only for loopback" },
        { "CTY0116", OAuthClient("\"CallbackURLs\": [⟦\"https://app.example.com/cb#done\"⟧]"), "must not have a fragment" },
        { "CTY0116", OAuthClient("\"CallbackURLs\": [⟦\"javascript:alert(1)\"⟧]"), "never be sent to a javascript: URL" },
        { "CTY0116", OAuthClient("\"CallbackURLs\": [⟦\"/relative/cb\"⟧]"), "absolute URL" },
        { "CTY0116", OAuthClient("\"CallbackURLs\": [\"https://app.example.com/cb\"], \"LogoutURLs\": [⟦\"http://app.example.com/bye\"⟧]"), "'LogoutURLs'" },
        { "CTY0116", OAuthClient("\"CallbackURLs\": [\"https://app.example.com/cb\"], \"DefaultRedirectURI\": ⟦\"https://app.example.com/other\"⟧"), "one of the client's CallbackURLs" },
        { "CTY0116", OAuthClient("\"CallbackURLs\": [\"https://app.example.com/cb\"]", "\"openid\", ⟦\"orders/raed\"⟧"), "did you mean 'orders/read'?" },
        { "CTY0117", OAuthClient("\"CallbackURLs\": []").Replace("\"AllowedOAuthFlows\"", "⟦\"AllowedOAuthFlows\"⟧", StringComparison.Ordinal), "has no CallbackURLs" },
        { "CTY0117", OAuthClient("\"CallbackURLs\": [\"https://app.example.com/cb\"]").Replace("\"AllowedOAuthFlowsUserPoolClient\": true", "⟦\"AllowedOAuthFlowsUserPoolClient\"⟧: false", StringComparison.Ordinal), "does not set AllowedOAuthFlowsUserPoolClient to true" },
        { "CTY0117", OAuthClient("\"CallbackURLs\": []", "\"orders/read\"").Replace("[\"code\"]", "[\"client_credentials\"]", StringComparison.Ordinal).Replace("\"AllowedOAuthFlows\"", "⟦\"AllowedOAuthFlows\"⟧", StringComparison.Ordinal), "needs a client secret" },
        { "CTY0117", OAuthClient("\"CallbackURLs\": [\"https://app.example.com/cb\"]").Replace("\"AllowedOAuthScopes\": [\"openid\"], ", string.Empty, StringComparison.Ordinal).Replace("\"AllowedOAuthFlows\"", "⟦\"AllowedOAuthFlows\"⟧", StringComparison.Ordinal), "no AllowedOAuthScopes" },
    };

    /// <summary>A pool with a resource server and one client with the code flow, openid (or <paramref name="scopes"/>), and <paramref name="members"/>.</summary>
    private static string OAuthClient(string members, string scopes = "\"openid\"")
        => "{ \"UserPools\": [{ " + Pool + ", \"ResourceServers\": [{ \"Identifier\": \"orders\", \"Name\": \"Orders\", \"Scopes\": [{ \"ScopeName\": \"read\" }] }], "
            + "\"Clients\": [{ \"ClientName\": \"C\", \"AllowedOAuthFlowsUserPoolClient\": true, \"AllowedOAuthFlows\": [\"code\"], \"AllowedOAuthScopes\": [" + scopes + "], " + members + " }] }] }";

    [Fact]
    public void OAuth_clients_may_call_back_to_https_loopback_http_and_their_own_scheme_with_the_pools_scopes()
    {
        var text = OAuthClient(
            "\"CallbackURLs\": [\"https://app.example.com/cb\", \"http://127.0.0.1:5001/cb\", \"http://localhost/cb\", \"http://[::1]:8080/\", \"com.contoso.app://callback\"], "
                + "\"LogoutURLs\": [\"https://app.example.com/\"], \"DefaultRedirectURI\": \"https://app.example.com/cb\", \"SupportedIdentityProviders\": [\"COGNITO\", \"Google\"]",
            "\"openid\", \"email\", \"profile\", \"phone\", \"aws.cognito.signin.user.admin\", \"orders/read\"");

        var run = GeneratorHarness.Run(text);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Result.GeneratedSources);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_mistake_is_one_error_at_its_exact_place(string id, string markup, string messagePart)
    {
        var (text, span) = GeneratorHarness.Markup(markup);

        var run = GeneratorHarness.Run(text);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(GeneratorHarness.CognitoJsonPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        Assert.Equal(SourceText.From(text).Lines.GetLinePositionSpan(span), diagnostic.Location.GetLineSpan().Span);
        Assert.Contains(messagePart, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Result.GeneratedSources);
    }

    [Fact]
    public void Every_descriptor_is_an_error_in_the_CTY01xx_range_and_has_a_case()
    {
        var tested = Cases().Select(row => (string)row[0]).ToHashSet();
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Matches("^CTY01[0-9]{2}$", descriptor.Id);
            Assert.Equal(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
            Assert.True(tested.Contains(descriptor.Id) || descriptor.Id == "CTY0199", $"{descriptor.Id} has no test case.");
        }
    }

    public static TheoryData<string> ShapeCases() => new(CredentialShapeCases.All.Select(c => c.Case));

    /// <summary>The analyzer's HeuristicTests run the same table: both components accept and reject the same values.</summary>
    [Theory]
    [MemberData(nameof(ShapeCases))]
    public void Shape_table_decides_which_values_are_refused_as_a_client_secret(string shapeCase)
    {
        var (_, value, _, isClientSecret) = CredentialShapeCases.All.Single(c => c.Case == shapeCase);
        var text = "{ \"UserPools\": [{ " + Pool + ", \"Groups\": [{ \"GroupName\": \"g\", \"Description\": \"" + value + "\" }] }] }";

        var diagnostics = GeneratorHarness.Run(text).GeneratorDiagnostics;

        Assert.Equal(isClientSecret, diagnostics.Any(d => d.Id == "CTY0113" && d.GetMessage(CultureInfo.InvariantCulture).Contains("app client secret", StringComparison.Ordinal)));
    }

    [Fact]
    public void Build_output_shows_the_file_line_and_column()
    {
        var text = "{\n  \"UserPools\": [{\n    \"Name\": \"P\",\n    \"Clints\": []\n  }]\n}\n";

        var diagnostic = Assert.Single(GeneratorHarness.Run(text).GeneratorDiagnostics);

        Assert.StartsWith("/consumer/cognito.json(4,5): error CTY0101: 'Clints' is not a member of a user pool", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Lines_are_counted_as_the_compiler_counts_them(string newline)
    {
        var text = string.Join(newline, "{", "  \"UserPools\": [{", "    \"Name\": \"P\",", "    \"MfaConfiguration\": \"SOMETIMES\"", "  }]", "}");

        var diagnostic = Assert.Single(GeneratorHarness.Run(text).GeneratorDiagnostics);

        Assert.Equal(new LinePosition(3, 24), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Several_mistakes_are_all_reported()
    {
        const string Text = """
            { "UserPools": [{ "Name": "P", "Colour": "red",
              "Schema": [{ "Name": "a", "Required": true }],
              "Clients": [{ "ClientName": "C", "ExplicitAuthFlows": ["ALLOW_EVERYTHING"] }] }] }
            """;

        var ids = GeneratorHarness.Run(Text).GeneratorDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal);

        Assert.Equal(new[] { "CTY0101", "CTY0105", "CTY0112" }, ids);
    }

    [Fact]
    public void A_valid_file_reports_nothing()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.ReadConfig("design-example"));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.NotEmpty(run.Result.GeneratedSources);
    }

    [Fact]
    public void An_emitter_failure_is_CTY0199_at_the_file_not_a_generator_crash()
    {
        // A model the parser never produces (an empty property name) makes the emitter throw, as a bug would.
        var location = new LocationInfo("/consumer/cognito.json", new TextSpan(0, 0), default);
        var attribute = new AttributeModel("custom:x", string.Empty, AttributeClrType.String, "String", true, false, true, 1, null, null, null);
        var pool = new UserPoolModel("P", "P", new[] { attribute }.ToEquatableArray(), EquatableArray<ClientModel>.Empty, EquatableArray<GroupModel>.Empty, EquatableArray<ScopeModel>.Empty, EquatableArray<ResourceServerModel>.Empty, null, false, "OFF", "{}", location);
        var file = new CognitoFileModel("/consumer/cognito.json", "N", location, new[] { pool }.ToEquatableArray());
        GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(new FaultyModelGenerator(file));
        driver = driver.RunGenerators(GeneratorHarness.CreateCompilation(Array.Empty<string>()));
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CTY0199", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/consumer/cognito.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("IndexOutOfRangeException", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Feeds a hand-made model to the real emitter, as the generator's last step does.</summary>
    private sealed class FaultyModelGenerator(CognitoFileModel file) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(
                context.CompilationProvider,
                (spc, _) => CognitoGenerator.Emitter.Emit(spc, ImmutableArray.Create(file), new EmitSettings("Consumer", false)));
    }
}
