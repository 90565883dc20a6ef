namespace CognitoTyped.Analyzers.Tests;

/// <summary>Writes into a known Cognito API that are not a plain argument or assignment.</summary>
public sealed class WriteFormsTests
{
    private const string ClientIdValue = "4a3b2c1d0e9f8g7h6i5j4k3l2m";
    private const string PasswordValue = "Hunter2!Hunter2!";

    [Fact]
    public Task Coalescing_assignment_of_a_constant_to_a_request_password_is_flagged() =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(
            $"var request = new SignUpRequest(); request.Password ??= {{|#0:\"{PasswordValue}\"|}}; request.ClientId ??= {{|#1:\"web\"|}};",
            expression: "", members: "", locals: ""),
            Verify.Password(0), Verify.ClientId(1));

    [Fact]
    public Task Default_value_of_a_marked_password_parameter_is_flagged_at_the_parameter() =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(
            "Login(); Login(token);",
            expression: "",
            members: $"private static void Login([CognitoPassword] string password = {{|#0:\"{PasswordValue}\"|}}) {{ }}",
            locals: ""),
            Verify.Password());

    [Fact]
    public Task Default_value_of_a_marked_parameter_that_is_empty_or_null_is_not_flagged() =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(
            "Login(); Configure();",
            expression: "",
            members: "private static void Login([CognitoPassword] string? password = null) { } private static void Configure([CognitoClientId] string clientId = \"\") { }",
            locals: ""));

    [Fact]
    public Task Coalescing_assignment_from_configuration_is_not_flagged() =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(
            "var request = new SignUpRequest(); request.Password ??= configuration[\"Cognito:Password\"];",
            expression: "", members: "", locals: ""));

    [Fact]
    public Task Constant_local_with_a_coalescing_assignment_from_configuration_still_reaches_the_sink() =>
        // ??= writes only when the local is null, which it never is here: the constant reaches the sink (DESIGN's may-reach).
        Verify.AnalyzerAsync(
            SinkMatrixTests.Build(
                $"string? value = \"{ClientIdValue}\"; value ??= configuration[\"Cognito:ClientId\"]; _ = new InitiateAuthRequest {{ ClientId = {{|#0:value|}} }};",
                expression: "", members: "", locals: ""),
            Verify.ClientId());

    [Fact]
    public Task Settable_property_overridden_from_configuration_in_another_type_is_not_hard_coded_where_it_is_read() =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(
            "Defaults.Password = configuration[\"Cognito:Password\"]!; _ = new SignUpRequest { Password = Defaults.Password };",
            expression: "",
            members: $"public static class Defaults {{ public static string Password {{ get; set; }} = \"{PasswordValue}\"; }}",
            locals: ""));

    [Fact]
    public Task Settable_property_written_only_with_constants_is_hard_coded_where_it_is_read() =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(
            "Defaults.Password = \"Other-pass-1\"; _ = new SignUpRequest { Password = {|#0:Defaults.Password|} };",
            expression: "",
            members: $"public static class Defaults {{ public static string Password {{ get; set; }} = \"{PasswordValue}\"; }}",
            locals: ""),
            Verify.Password());
}
