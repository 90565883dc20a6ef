namespace CognitoTyped.Analyzers.Tests;

/// <summary>What is not hard-coded, or not a credential, is not reported.</summary>
public sealed class NegativeTests
{
    private static Task NoDiagnosticAsync(string members, string body) =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(body, expression: "", members, locals: ""));

    [Fact]
    public Task Field_also_assigned_from_configuration_is_not_flagged() => NoDiagnosticAsync(
        "private static string _value = \"4a3b2c1d0e9f8g7h6i5j4k3l2m\"; static void Load(IConfiguration c) { _value = c[\"Cognito:ClientId\"]!; }",
        "_ = new InitiateAuthRequest { ClientId = _value };");

    [Fact]
    public Task Static_readonly_field_assigned_from_environment_in_static_constructor_is_not_flagged() => NoDiagnosticAsync(
        "private static readonly string Value = \"placeholder\"; static Sample() { Value = System.Environment.GetEnvironmentVariable(\"X\")!; }",
        "_ = new InitiateAuthRequest { ClientId = Value };");

    [Fact]
    public Task Local_also_assigned_from_a_call_is_not_flagged() => NoDiagnosticAsync(
        "private static string Read() => System.Console.ReadLine()!;",
        "var value = \"Hunter2!Hunter2!\"; if (flag) { value = Read(); } _ = new SignUpRequest { Password = value };");

    [Fact]
    public Task Local_passed_by_ref_is_not_flagged() => NoDiagnosticAsync(
        "private static void Fill(ref string s) => s = System.Console.ReadLine()!;",
        "var value = \"Hunter2!Hunter2!\"; Fill(ref value); _ = new SignUpRequest { Password = value };");

    [Fact]
    public Task Local_with_compound_assignment_from_input_is_not_flagged() => NoDiagnosticAsync(
        "",
        "var value = \"Hunter2!\"; value += token; _ = new SignUpRequest { Password = value };");

    [Fact]
    public Task Local_declared_by_out_var_is_not_flagged() => NoDiagnosticAsync(
        "private static bool TryRead(out string s) { s = System.Console.ReadLine()!; return true; }",
        "TryRead(out var value); _ = new SignUpRequest { Password = value };");

    [Fact]
    public Task Password_from_configuration_is_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new SignUpRequest { Password = configuration[\"Cognito:Password\"] };");

    [Fact]
    public Task Configuration_with_a_blank_or_throwing_fallback_is_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new InitiateAuthRequest { ClientId = configuration[\"Cognito:ClientId\"] ?? \" \" }; _ = new SignUpRequest { Password = configuration[\"P\"] ?? throw new System.InvalidOperationException(\"P\") };");

    [Fact]
    public Task Value_from_a_method_call_is_not_flagged() => NoDiagnosticAsync(
        "private static string GetClientId() => \"4a3b2c1d0e9f8g7h6i5j4k3l2m\";",
        "_ = new InitiateAuthRequest { ClientId = GetClientId() };");

    [Fact]
    public Task Parameter_is_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", clientId, provider, token);");

    [Fact]
    public Task Nameof_is_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new InitiateAuthRequest { ClientId = nameof(Sample) }; _ = new SignUpRequest { Password = nameof(token) + nameof(flag) };");

    [Fact]
    public Task Empty_and_whitespace_strings_are_not_flagged() => NoDiagnosticAsync(
        "private const string Empty = \"\";",
        "_ = new InitiateAuthRequest { ClientId = \"   \" }; _ = new SignUpRequest { Password = string.Empty }; _ = new SignUpRequest { Password = Empty }; _ = new SignUpRequest { Password = \"\\t\" };");

    [Fact]
    public Task Null_is_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new InitiateAuthRequest { ClientId = null }; _ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", clientId, provider, null);");

    [Fact]
    public Task Configuration_key_names_are_not_flagged() => NoDiagnosticAsync(
        "private const string ClientIdKey = \"Cognito:ClientId\";",
        "_ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", configuration[ClientIdKey]!, provider, configuration[\"Cognito:Clients:Web:ClientSecret\"]); _ = new InitiateAuthRequest { ClientId = \"Cognito:ClientId\" }; _ = new SignUpRequest { Password = \"Cognito__Password\" };");

    [Fact]
    public Task Comparisons_with_constants_are_not_flagged() => NoDiagnosticAsync(
        "",
        "var request = new SignUpRequest(); if (request.Password == \"Hunter2!\" || request.ClientId != \"4a3b2c1d0e9f8g7h6i5j4k3l2m\" || string.Equals(request.Password, \"x\")) { }");

    [Fact]
    public Task Interpolation_with_a_parameter_is_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new SignUpRequest { Password = $\"{token}!\" };");

    [Fact]
    public Task Conditional_whose_constant_branch_is_blank_is_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new SignUpRequest { Password = flag ? token : \"\" };");

    [Fact]
    public Task Secret_hash_is_not_a_secret() => NoDiagnosticAsync(
        "",
        "_ = new SignUpRequest { SecretHash = \"q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c2v3b4n5m\" }; _ = new InitiateAuthRequest { AuthParameters = { [\"SECRET_HASH\"] = \"abc=\", [\"USERNAME\"] = \"alice\" } };");

    [Fact]
    public Task Device_password_is_not_a_user_password() => NoDiagnosticAsync(
        "",
        "_ = new InitiateSrpAuthRequest { DevicePass = \"device-pass\" };");

    [Fact]
    public Task Password_key_in_an_unrelated_dictionary_is_not_flagged() => NoDiagnosticAsync(
        "private static void Send(Dictionary<string, string> headers) { }",
        "var headers = new Dictionary<string, string> { [\"PASSWORD\"] = \"Hunter2!\" }; Send(headers); var other = new Dictionary<string, string>(); other.Add(\"PASSWORD\", \"Hunter2!\");");

    [Fact]
    public Task Non_credential_members_of_request_shapes_are_not_flagged() => NoDiagnosticAsync(
        "",
        "_ = new SignUpRequest { Username = \"alice\" }; _ = new ConfirmForgotPasswordRequest { ConfirmationCode = \"123456\" }; _ = new AdminSetUserPasswordRequest { UserPoolId = \"us-east-1_Ab12Cd34\", Username = \"alice\" };");

    [Fact]
    public Task Client_id_named_member_without_the_shape_of_a_client_id_is_not_flagged() => NoDiagnosticAsync(
        "private const string ClientId = \"web\"; private const string GoogleClientId = \"123-abc.apps.googleusercontent.com\"; private static readonly string AzureClientId = \"0f8fad5b-d9cb-469f-a165-70867728950e\";",
        "var clientSecret = \"not-a-secret\"; _ = new OAuthOptions { ClientId = \"my-google-client\", ClientSecret = \"GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12\" };");

    [Fact]
    public Task Secret_named_member_with_mixed_case_value_is_not_flagged() => NoDiagnosticAsync(
        "private const string AwsSecret = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\";",
        "");

    [Fact]
    public Task Hard_coded_values_in_generated_code_are_not_flagged() =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build("_ = new InitiateAuthRequest { ClientId = \"4a3b2c1d0e9f8g7h6i5j4k3l2m\" };", "", "", "").Replace("using System.Collections.Generic;", "// <auto-generated/>\nusing System.Collections.Generic;", StringComparison.Ordinal));
}
