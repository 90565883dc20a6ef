using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>Severity from .editorconfig, help links and the descriptor catalog.</summary>
public sealed class ConfigurationTests
{
    private static readonly string Source = SinkMatrixTests.Build(
        "_ = new InitiateAuthRequest { ClientId = {|#0:\"4a3b2c1d0e9f8g7h6i5j4k3l2m\"|}, AuthParameters = { [\"PASSWORD\"] = {|#1:\"Hunter2!\"|} } };",
        expression: "", members: "", locals: "");

    [Fact]
    public Task Editorconfig_can_turn_a_rule_off() => Verify.AnalyzerAsync(
        Source,
        "root = true\n\n[*.cs]\ndotnet_diagnostic.CTY0002.severity = none\n",
        Verify.ClientId(0));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Editorconfig_can_turn_the_name_heuristics_off_keeping_known_sinks(bool cognito)
    {
        const string Members = "private const string ClientId = \"4a3b2c1d0e9f8g7h6i5j4k3l2m\";";
        var source = cognito
            ? SinkMatrixTests.Build("_ = new InitiateAuthRequest { ClientId = {|#0:ClientId|} };", expression: "", Members, locals: "")
            : "class Settings { " + Members + " }";
        var expected = cognito ? new[] { Verify.ClientId(0) } : [];
        return Verify.AnalyzerAsync(cognito, source, "root = true\n\n[*.cs]\ncognitotyped_name_heuristics = false\n", expected);
    }

    [Fact]
    public Task Pragma_suppresses_a_diagnostic() => Verify.AnalyzerAsync(SinkMatrixTests.Build(
        "#pragma warning disable CTY0002 // test fixture\n_ = new SignUpRequest { Password = \"Hunter2!\" };\n#pragma warning restore CTY0002",
        expression: "", members: "", locals: ""));

    [Fact]
    public Task Message_names_the_sink() => Verify.AnalyzerAsync(
        SinkMatrixTests.Build("_ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", clientId, provider, clientSecret: {|#0:\"abc\"|});", "", "", ""),
        new DiagnosticResult(DiagnosticDescriptors.HardCodedClientSecret).WithLocation(0).WithArguments("parameter 'clientSecret' of CognitoUserPool"));

    [Theory]
    [InlineData("CTY0001")]
    [InlineData("CTY0002")]
    [InlineData("CTY0003")]
    public void Every_rule_is_a_security_warning_with_a_help_link_to_its_page(string id)
    {
        var descriptor = new HardCodedCredentialAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);

        Assert.Equal("Security", descriptor.Category);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal($"https://github.com/cognitotyped/cognitotyped/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
    }

    [Fact]
    public void Code_fix_handles_every_rule_with_the_batch_fixer()
    {
        var fix = new CodeFixes.HardCodedCredentialCodeFixProvider();

        Assert.Equal(["CTY0001", "CTY0002", "CTY0003"], fix.FixableDiagnosticIds.Order());
        Assert.Same(Microsoft.CodeAnalysis.CodeFixes.WellKnownFixAllProviders.BatchFixer, fix.GetFixAllProvider());
    }
}
