using Microsoft.CodeAnalysis.Testing;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>
/// DESIGN's may-reach constants (a constant that reaches a sink on some path) and the flows a value or a dictionary
/// takes to its sink: tuples, records, collection expressions, KeyValuePair lists, LINQ copies, copy constructors,
/// static readonly dictionaries, partial classes and base classes. A dictionary is Cognito's only when it reaches one.
/// </summary>
public sealed class FlowTests
{
    private const string ClientIdValue = "4a3b2c1d0e9f8g7h6i5j4k3l2m";
    private const string PasswordValue = "Hunter2!Hunter2!";

    private static Task VerifyAsync(string members, string body, params DiagnosticResult[] expected) =>
        Verify.AnalyzerAsync(SinkMatrixTests.Build(body, expression: "", members, locals: ""), expected);

    // May-reach constants

    [Fact]
    public Task Configuration_with_a_constant_fallback_is_CTY0001_at_the_sink() => VerifyAsync(
        "",
        "_ = new InitiateAuthRequest { ClientId = {|#0:configuration[\"Cognito:ClientId\"] ?? \"3n4b5c6d7e8f9g0h1i2j3k4l5m\"|} };",
        Verify.ClientId());

    [Fact]
    public Task Environment_variable_with_a_constant_fallback_is_CTY0002() => VerifyAsync(
        "",
        $"_ = new SignUpRequest {{ Password = {{|#0:System.Environment.GetEnvironmentVariable(\"DEMO_PASSWORD\") ?? \"{PasswordValue}\"|}} }};",
        Verify.Password());

    [Fact]
    public Task Local_with_a_coalescing_assignment_fallback_is_reported_where_it_reaches_the_sink() => VerifyAsync(
        "",
        $"var id = configuration[\"Cognito:ClientId\"]; id ??= \"{ClientIdValue}\"; _ = new InitiateAuthRequest {{ ClientId = {{|#0:id|}} }};",
        Verify.ClientId());

    [Fact]
    public Task Field_with_a_fallback_in_its_initializer_is_reported_at_the_sink() => VerifyAsync(
        $"private static readonly string App = System.Environment.GetEnvironmentVariable(\"APP\") ?? \"{ClientIdValue}\";",
        "_ = new InitiateAuthRequest { ClientId = {|#0:App|} };",
        Verify.ClientId());

    [Fact]
    public Task Conditional_with_one_constant_branch_is_CTY0002() => VerifyAsync(
        "",
        $"_ = new SignUpRequest {{ Password = {{|#0:flag ? token : \"{PasswordValue}\"|}} }};",
        Verify.Password());

    [Fact]
    public Task Switch_with_one_constant_arm_is_CTY0001() => VerifyAsync(
        "",
        $"_ = new InitiateAuthRequest {{ ClientId = {{|#0:flag switch {{ true => configuration[\"Cognito:ClientId\"]!, false => \"{ClientIdValue}\" }}|}} }};",
        Verify.ClientId());

    [Fact]
    public Task Optional_parameter_default_that_reaches_a_sink_is_reported_at_the_default_and_at_the_sink() => VerifyAsync(
        $"void SignUp(string user, string secretWord = {{|#0:\"{PasswordValue}\"|}}) {{ _ = new SignUpRequest {{ Username = user, Password = {{|#1:secretWord|}} }}; }}",
        "",
        Verify.Password(0), Verify.Password(1));

    [Fact]
    public Task Optional_parameter_default_passed_on_to_a_generated_client_is_reported() => VerifyAsync(
        $"System.Threading.Tasks.Task SignIn(CustomersWebClient c, string user, string pin = {{|#0:\"{PasswordValue}\"|}}) => c.SignInAsync(user, {{|#1:pin|}});",
        "",
        Verify.Password(0), Verify.Password(1));

    [Fact]
    public Task Optional_parameter_default_that_reaches_no_sink_is_not_flagged() => VerifyAsync(
        $"void Log(string user, string label = \"{PasswordValue}\") {{ System.Console.WriteLine(user + label); }}",
        "");

    [Fact]
    public Task Fallback_that_is_blank_or_a_throw_is_not_flagged() => VerifyAsync(
        "",
        "_ = new InitiateAuthRequest { ClientId = configuration[\"Cognito:ClientId\"] ?? \"\" }; _ = new SignUpRequest { Password = configuration[\"P\"] ?? throw new System.InvalidOperationException(\"P\") };");

    // Tuples and records

    [Fact]
    public Task Constant_assigned_through_tuple_deconstruction_is_CTY0001() => VerifyAsync(
        "",
        $"var (id, region) = (\"{ClientIdValue}\", configuration[\"Region\"]); _ = new InitiateAuthRequest {{ ClientId = {{|#0:id|}} }};",
        Verify.ClientId());

    [Fact]
    public Task Constant_assigned_through_nested_deconstruction_into_existing_locals_is_CTY0002() => VerifyAsync(
        "",
        $"string login, word; int n; (login, (word, n)) = (\"alice\", (\"{PasswordValue}\", 1)); _ = new SignUpRequest {{ Username = login, Password = {{|#0:word|}} }};",
        Verify.Password());

    [Fact]
    public Task Deconstruction_of_a_call_is_not_flagged() => VerifyAsync(
        "static (string, string) Read(IConfiguration c) => (c[\"A\"]!, c[\"B\"]!);",
        "var (id, region) = Read(configuration); _ = new InitiateAuthRequest { ClientId = id };");

    [Fact]
    public Task Named_tuple_element_holding_a_constant_is_CTY0001() => VerifyAsync(
        "",
        $"var app = (Id: \"{ClientIdValue}\", Name: \"web\"); _ = new InitiateAuthRequest {{ ClientId = {{|#0:app.Id|}} }};",
        Verify.ClientId());

    [Fact]
    public Task Record_positional_default_reaching_a_sink_is_CTY0001_at_the_sink_and_at_the_default() => VerifyAsync(
        $"record App(string Region, string Web = {{|#1:\"{ClientIdValue}\"|}});",
        "var app = new App(\"eu-west-1\"); _ = new InitiateAuthRequest { ClientId = {|#0:app.Web|} };",
        Verify.ClientId(0), Verify.ClientId(1));

    [Fact]
    public Task Record_positional_default_overridden_where_the_instance_is_made_is_not_flagged() => VerifyAsync(
        $"record App(string Region, string Web = \"{ClientIdValue}\"); private readonly App _app; Sample(IConfiguration c) {{ _app = new App(c[\"R\"]!, c[\"W\"]!); }}",
        "_ = new InitiateAuthRequest { ClientId = _app.Web };");

    [Fact]
    public Task Record_positional_argument_constant_reaches_the_sink() => VerifyAsync(
        "record Seed(string User, string Word);",
        $"var seed = new Seed(\"alice\", \"{PasswordValue}\"); _ = new SignUpRequest {{ Username = seed.User, Password = {{|#0:seed.Word|}} }};",
        Verify.Password());

    [Fact]
    public Task Deconstruction_of_a_switch_of_tuples_with_a_constant_arm_is_CTY0001() => VerifyAsync(
        "",
        $"var (id, label) = flag switch {{ true => (\"{ClientIdValue}\", \"a\"), false => (configuration[\"Id\"], \"b\") }}; _ = label; _ = new InitiateAuthRequest {{ ClientId = {{|#0:id|}} }};",
        Verify.ClientId());

    [Fact]
    public Task Record_property_set_by_with_reaching_a_sink_is_CTY0001() => VerifyAsync(
        "record App(string Region) { public string? Web { get; init; } }",
        $"var app = new App(\"eu-west-1\") with {{ Web = \"{ClientIdValue}\" }}; _ = new InitiateAuthRequest {{ ClientId = {{|#0:app.Web|}} }};",
        Verify.ClientId());

    [Fact]
    public Task Record_positional_parameter_without_default_is_not_flagged() => VerifyAsync(
        "record App(string Region, string Web);",
        "var app = new App(\"eu-west-1\", configuration[\"Web\"]!); _ = new InitiateAuthRequest { ClientId = app.Web };");

    // Dictionaries

    [Fact]
    public Task Password_entry_in_a_collection_expression_given_to_a_dictionary_is_CTY0002() => VerifyAsync(
        "",
        $"Dictionary<string, string> entries = new([new(\"USERNAME\", \"alice\"), new(\"PASSWORD\", {{|#0:\"{PasswordValue}\"|}})]); _ = new InitiateAuthRequest {{ AuthParameters = entries }};",
        Verify.Password());

    [Fact]
    public Task KeyValuePair_list_turned_into_a_dictionary_is_CTY0002() => VerifyAsync(
        "",
        $"var entries = new List<KeyValuePair<string, string>> {{ new(\"USERNAME\", \"alice\"), KeyValuePair.Create(\"PASSWORD\", {{|#0:\"{PasswordValue}\"|}}) }}; _ = new InitiateAuthRequest {{ AuthParameters = System.Linq.Enumerable.ToDictionary(entries, e => e.Key, e => e.Value) }};",
        Verify.Password());

    [Fact]
    public Task Static_readonly_dictionary_copied_into_ChallengeResponses_is_CTY0002_naming_the_sink() => VerifyAsync(
        $"private static readonly Dictionary<string, string> Demo = new() {{ [\"USERNAME\"] = \"demo\", [\"NEW_PASSWORD\"] = {{|#0:\"{PasswordValue}\"|}} }};",
        "_ = new RespondToAuthChallengeRequest { ChallengeResponses = new Dictionary<string, string>(Demo) };",
        new DiagnosticResult(DiagnosticDescriptors.HardCodedPassword).WithLocation(0).WithArguments("RespondToAuthChallengeRequest.ChallengeResponses[\"NEW_PASSWORD\"]"));

    [Fact]
    public Task Static_readonly_dictionary_filled_in_the_static_constructor_is_CTY0002() => VerifyAsync(
        $"private static readonly Dictionary<string, string> Demo = new(); static Sample() {{ Demo[\"USERNAME\"] = \"demo\"; Demo.Add(\"PASSWORD\", {{|#0:\"{PasswordValue}\"|}}); }}",
        "_ = new AdminInitiateAuthRequest { AuthParameters = Demo };",
        Verify.Password());

    [Fact]
    public Task Dictionary_returned_by_a_method_and_used_as_AuthParameters_is_CTY0002() => VerifyAsync(
        $"static Dictionary<string, string> Demo() => new() {{ [\"USERNAME\"] = \"demo\", [\"PASSWORD\"] = {{|#0:\"{PasswordValue}\"|}} }};",
        "_ = new InitiateAuthRequest { AuthParameters = Demo() };",
        Verify.Password());

    [Fact]
    public Task Dictionary_passed_to_a_helper_that_sends_it_to_Cognito_is_CTY0002() => VerifyAsync(
        "static InitiateAuthRequest Wrap(Dictionary<string, string> entries) => new() { AuthParameters = entries };",
        $"var entries = new Dictionary<string, string> {{ [\"USERNAME\"] = \"a\", [\"PASSWORD\"] = {{|#0:\"{PasswordValue}\"|}} }}; _ = Wrap(entries);",
        Verify.Password());

    [Fact]
    public Task Username_and_password_form_for_an_unrelated_HTTP_endpoint_is_not_flagged() => VerifyAsync(
        "",
        $"var form = new Dictionary<string, string> {{ [\"USERNAME\"] = \"alice\", [\"PASSWORD\"] = \"{PasswordValue}\" }}; _ = new System.Net.Http.FormUrlEncodedContent(form); _ = new System.Net.Http.FormUrlEncodedContent(new Dictionary<string, string> {{ {{ \"USERNAME\", \"bob\" }}, {{ \"PASSWORD\", \"{PasswordValue}\" }} }});");

    [Fact]
    public Task Username_and_password_dictionary_that_goes_nowhere_known_is_not_flagged() => VerifyAsync(
        "",
        $"var entries = new Dictionary<string, string>(); entries.Add(\"USERNAME\", \"alice\"); entries.Add(\"PASSWORD\", \"{PasswordValue}\"); _ = entries.Count;");

    // Partial classes and base classes

    [Fact]
    public Task Static_readonly_dictionary_in_one_part_of_a_partial_class_used_in_another_is_CTY0002() => Verify.AnalyzerAsync(
        [
            $$"""
            using System.Collections.Generic;
            partial class Kiosk
            {
                private static readonly Dictionary<string, string> Demo = new() { ["USERNAME"] = "kiosk", ["PASSWORD"] = {|#0:"{{PasswordValue}}"|} };
            }
            """,
            """
            using System.Collections.Generic;
            using Amazon.CognitoIdentityProvider.Model;
            partial class Kiosk
            {
                InitiateAuthRequest Request() => new() { AuthParameters = new Dictionary<string, string>(Demo) };
            }
            """,
        ],
        Verify.Password());

    [Fact]
    public Task Base_class_constant_and_dictionary_used_by_a_derived_class_in_another_file_are_reported() => Verify.AnalyzerAsync(
        [
            $$"""
            using System.Collections.Generic;
            abstract class CognitoBase
            {
                protected static readonly string App = "{{ClientIdValue}}";
                protected static readonly Dictionary<string, string> Demo = new() { ["PASSWORD"] = {|#1:"{{PasswordValue}}"|} };
            }
            """,
            """
            using Amazon.CognitoIdentityProvider.Model;
            sealed class Derived : CognitoBase
            {
                InitiateAuthRequest Request() => new() { ClientId = {|#0:App|}, AuthParameters = new(Demo) };
            }
            """,
        ],
        Verify.ClientId(0), Verify.Password(1));

    [Fact]
    public Task Constant_assigned_when_a_test_of_the_local_finds_it_missing_is_a_fallback() => VerifyAsync(
        "",
        $"var id = configuration[\"Cognito:ClientId\"]; if (string.IsNullOrEmpty(id)) {{ id = \"{ClientIdValue}\"; }} _ = new InitiateAuthRequest {{ ClientId = {{|#0:id|}} }};",
        Verify.ClientId());

    [Fact]
    public Task Constant_assigned_under_an_unrelated_condition_with_another_write_from_configuration_is_not_flagged() => VerifyAsync(
        "",
        $"var id = configuration[\"Cognito:ClientId\"]; if (flag) {{ id = configuration[\"Other\"]; }} _ = new InitiateAuthRequest {{ ClientId = id }};");

    [Fact]
    public Task Array_of_pair_tuples_turned_into_AuthParameters_is_CTY0002() => VerifyAsync(
        "",
        $"_ = new InitiateAuthRequest {{ AuthParameters = System.Linq.Enumerable.ToDictionary(new[] {{ (\"USERNAME\", token), (\"PASSWORD\", {{|#0:\"{PasswordValue}\"|}}) }}, p => p.Item1, p => p.Item2) }};",
        Verify.Password());

    [Fact]
    public Task Pair_tuples_that_never_reach_Cognito_are_not_flagged() => VerifyAsync(
        "",
        $"var pairs = new[] {{ (\"USERNAME\", token), (\"PASSWORD\", \"{PasswordValue}\") }}; _ = pairs.Length; var (k, v) = (\"PASSWORD\", \"{PasswordValue}\"); _ = k + v;");
}
