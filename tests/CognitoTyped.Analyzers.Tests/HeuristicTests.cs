using CognitoTyped.Shared.Tests;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>Members, locals, parameters and configuration keys named like a client ID or secret whose value has its shape.</summary>
public sealed class HeuristicTests
{
    private const string ClientIdValue = "4a3b2c1d0e9f8g7h6i5j4k3l2m";
    private const string SecretValue = "1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6";

    /// <summary>With the stand-ins (full mode) or without any Cognito API (heuristics-only mode).</summary>
    private static string Source(string members, string body, bool cognito = true) => cognito
        ? SinkMatrixTests.Build(body, expression: "", members, locals: "")
        : $$"""
            using System.Collections.Generic;

            class OAuthOptions
            {
                public string? ClientId { get; set; }
                public string? ClientSecret { get; set; }
            }

            class Sample
            {
                {{members}}

                void Run(bool flag, string token)
                {
                    {{body}}
                }
            }
            """;

    private static Task VerifyAsync(bool cognito, string members, string body, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify.AnalyzerAsync(cognito, Source(members, body, cognito), editorConfig: null, expected);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Const_field_named_like_a_client_id_with_its_shape_is_flagged_at_the_declaration(bool cognito) =>
        VerifyAsync(cognito, $"private const string CognitoClientId = {{|#0:\"{ClientIdValue}\"|}};", "", Verify.ClientId());

    [Fact]
    public Task Client_id_constant_is_reported_at_its_declaration_and_at_every_Cognito_API_it_reaches() =>
        Verify.AnalyzerAsync(
            Source(
                $"private const string ClientId = {{|#0:\"{ClientIdValue}\"|}};",
                "_ = new InitiateAuthRequest { ClientId = {|#1:ClientId|} }; _ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", {|#2:ClientId|}, provider);"),
            Verify.ClientId(0), Verify.ClientId(1), Verify.ClientId(2));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Client_id_constant_copied_to_a_local_named_like_a_client_id_is_reported_at_both_or_at_the_literal_without_Cognito(bool cognito) =>
        // Without any Cognito API the analysis starts from shaped literals only, so the copy is not followed.
        VerifyAsync(
            cognito,
            $"private const string ClientId = {{|#0:\"{ClientIdValue}\"|}};",
            "var appClientId = {|#1:ClientId|}; System.Console.WriteLine(appClientId);",
            cognito ? [Verify.ClientId(0), Verify.ClientId(1)] : [Verify.ClientId(0)]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Parameter_default_value_with_the_shape_of_a_client_id_is_flagged_once(bool cognito) =>
        VerifyAsync(
            cognito,
            $"private static void Configure(string region, string clientId = {{|#0:\"{ClientIdValue}\"|}}) {{ }}",
            "Configure(\"us-east-1\"); Configure(\"us-east-1\");",
            Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Attribute_argument_with_the_shape_of_a_secret_is_flagged(bool cognito) =>
        VerifyAsync(
            cognito,
            $$"""
            [System.AttributeUsage(System.AttributeTargets.All)]
            private sealed class OAuthClientAttribute : System.Attribute
            {
                public OAuthClientAttribute(string clientId) { }
                public string? ClientSecret { get; set; }
            }

            [OAuthClient({|#0:"{{ClientIdValue}}"|}, ClientSecret = {|#1:"{{SecretValue}}"|})]
            private static void Configured() { }
            """,
            "",
            Verify.ClientId(0),
            Verify.ClientSecret(1));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Token_audience_is_not_a_client_id_sink_by_its_name(bool cognito) =>
        VerifyAsync(
            cognito,
            "private sealed class TokenValidationParameters { public string? ValidAudience { get; set; } }",
            $"_ = new TokenValidationParameters {{ ValidAudience = \"{ClientIdValue}\" }}; _ = new TokenValidationParameters {{ ValidAudience = \"api://orders\" }};");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Coalescing_assignment_of_a_client_id_shaped_constant_is_flagged(bool cognito) =>
        VerifyAsync(cognito, "", $"var options = new OAuthOptions(); options.ClientId ??= {{|#0:\"{ClientIdValue}\"|}};", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Static_readonly_secret_in_a_settings_class_is_flagged(bool cognito) =>
        VerifyAsync(cognito, $"public static readonly string APP_CLIENT_SECRET = {{|#0:\"{SecretValue}\"|}};", "", Verify.ClientSecret());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Local_named_like_a_client_id_with_its_shape_is_flagged(bool cognito) =>
        VerifyAsync(cognito, "", $"var appClientId = {{|#0:\"{ClientIdValue}\"|}}; System.Console.WriteLine(appClientId);", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Property_returning_a_secret_shaped_constant_is_flagged(bool cognito) =>
        VerifyAsync(cognito, $"public string ClientSecret => {{|#0:\"{SecretValue}\"|}};", "", Verify.ClientSecret());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Auto_property_initialized_with_a_client_id_is_flagged(bool cognito) =>
        VerifyAsync(cognito, $"public string UserPoolClientId {{ get; set; }} = {{|#0:\"{ClientIdValue}\"|}};", "", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Client_id_assigned_to_a_custom_options_type_is_flagged(bool cognito) =>
        VerifyAsync(cognito, "", $"var options = new OAuthOptions {{ ClientId = {{|#0:\"{ClientIdValue}\"|}} }}; options.ClientSecret = {{|#1:\"{SecretValue}\"|}};", Verify.ClientId(0), Verify.ClientSecret(1));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Client_id_passed_to_a_parameter_named_clientId_is_flagged(bool cognito) =>
        VerifyAsync(cognito, $"private static void Configure(string region, string clientId) {{ }}", $"Configure(\"us-east-1\", {{|#0:\"{ClientIdValue}\"|}});", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Client_id_under_a_configuration_key_in_an_index_initializer_is_flagged(bool cognito) =>
        VerifyAsync(cognito, "", $"_ = new Dictionary<string, string?> {{ [\"Cognito:Customers:Clients:Web:ClientId\"] = {{|#0:\"{ClientIdValue}\"|}}, [\"Cognito:Customers:Region\"] = \"us-east-1\" }};", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Secret_under_a_configuration_key_in_a_collection_initializer_is_flagged(bool cognito) =>
        VerifyAsync(cognito, "", $"_ = new Dictionary<string, string?> {{ {{ \"Cognito:ClientSecret\", {{|#0:\"{SecretValue}\"|}} }} }};", Verify.ClientSecret());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Client_id_in_a_key_value_pair_is_flagged(bool cognito) =>
        VerifyAsync(cognito, "", $"_ = new KeyValuePair<string, string?>(\"Cognito__ClientId\", {{|#0:\"{ClientIdValue}\"|}});", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Client_id_written_to_an_environment_variable_is_flagged(bool cognito) =>
        VerifyAsync(cognito, "", $"System.Environment.SetEnvironmentVariable(\"COGNITO_CLIENT_ID\", {{|#0:\"{ClientIdValue}\"|}});", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Secret_shaped_value_assigned_to_a_secret_field_in_a_constructor_is_flagged(bool cognito) =>
        VerifyAsync(cognito, $"private readonly string _clientSecret; public Sample() {{ _clientSecret = {{|#0:\"{SecretValue}\"|}}; }}", "", Verify.ClientSecret());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Shaped_value_with_a_conditional_is_reported_once(bool cognito) =>
        VerifyAsync(cognito, "", $"var appClientId = {{|#0:flag ? \"{ClientIdValue}\" : \"{ClientIdValue.Replace('4', '5')}\"|}}; System.Console.WriteLine(appClientId);", Verify.ClientId());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Shaped_value_under_an_unrelated_name_is_not_flagged(bool cognito) =>
        VerifyAsync(cognito, $"private const string Token = \"{ClientIdValue}\"; private static string Hash => \"{SecretValue}\";", $"var etag = \"{ClientIdValue}\"; System.Console.WriteLine(etag + Token + Hash);");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Client_id_named_member_without_the_shape_of_a_client_id_is_not_flagged(bool cognito) =>
        VerifyAsync(cognito, "private const string ClientId = \"web\"; private const string GoogleClientId = \"123-abc.apps.googleusercontent.com\";", "var clientSecret = \"not-a-secret\"; _ = new OAuthOptions { ClientId = \"my-google-client\", ClientSecret = \"GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12\" }; System.Console.WriteLine(clientSecret);");

    public static TheoryData<string, bool> ShapeCases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var shape in CredentialShapeCases.All)
        {
            data.Add(shape.Case, true);
            data.Add(shape.Case, false);
        }

        return data;
    }

    /// <summary>The generator's DiagnosticTests run the same table: both components accept and reject the same values.</summary>
    [Theory]
    [MemberData(nameof(ShapeCases))]
    public Task Shape_table_decides_which_values_under_credential_names_are_flagged(string shapeCase, bool cognito)
    {
        var (_, value, isClientId, isClientSecret) = CredentialShapeCases.All.Single(c => c.Case == shapeCase);
        var clientId = isClientId ? $"{{|#0:\"{value}\"|}}" : $"\"{value}\"";
        var clientSecret = isClientSecret ? $"{{|#1:\"{value}\"|}}" : $"\"{value}\"";
        var expected = new List<Microsoft.CodeAnalysis.Testing.DiagnosticResult>();
        if (isClientId)
        {
            expected.Add(Verify.ClientId(0));
        }

        if (isClientSecret)
        {
            expected.Add(Verify.ClientSecret(1));
        }

        return VerifyAsync(cognito, $"private const string ClientId = {clientId}; private const string ClientSecret = {clientSecret};", "", [.. expected]);
    }
}
