namespace CognitoTyped.Analyzers.Tests;

/// <summary>Every known sink × every way a hard-coded value reaches it.</summary>
public sealed class SinkMatrixTests
{
    private const string ClientIdValue = "4a3b2c1d0e9f8g7h6i5j4k3l2m";
    private const string PasswordValue = "Hunter2!Hunter2!";
    private const string SecretValue = "1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6";

    /// <summary>Sinks of app client IDs; <c>$V</c> is where the value goes.</summary>
    public static readonly string[] ClientIdSinks =
    [
        "_ = new InitiateAuthRequest { ClientId = $V };",
        "var request = new SignUpRequest(); request.ClientId = $V;",
        "_ = new RespondToAuthChallengeRequest { ClientId = $V };",
        "_ = new RevokeTokenRequest { ClientId = $V };",
        "_ = new Amazon.CognitoIdentity.Model.CognitoIdentityProvider { ProviderName = \"cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12Cd34\", ClientId = $V };",
        "_ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", $V, provider);",
        "_ = new CognitoUserPool(poolID: \"us-east-1_Ab12Cd34\", provider: provider, clientID: $V);",
        "_ = new CognitoUser(\"alice\", $V, pool, provider);",
        "CognitoUserPool userPool = new(\"us-east-1_Ab12Cd34\", $V, provider);",
        "_ = new CustomersWebClient($V);",
        "_ = new CognitoClientOptions { ClientId = $V, UserPoolId = \"us-east-1_Ab12Cd34\" };",
    ];

    /// <summary>Sinks of passwords.</summary>
    public static readonly string[] PasswordSinks =
    [
        "_ = new SignUpRequest { Username = \"alice\", Password = $V };",
        "_ = new ConfirmForgotPasswordRequest { Username = \"alice\", ConfirmationCode = \"123456\", Password = $V };",
        "_ = new ChangePasswordRequest { AccessToken = token, PreviousPassword = $V };",
        "_ = new ChangePasswordRequest { AccessToken = token, ProposedPassword = $V };",
        "_ = new AdminCreateUserRequest { Username = \"alice\", TemporaryPassword = $V };",
        "var request = new AdminSetUserPasswordRequest(); request.Password = $V;",
        "_ = new InitiateSrpAuthRequest { Password = $V };",
        "_ = new InitiateAdminNoSrpAuthRequest { Password = $V };",
        "_ = new RespondToNewPasswordRequiredRequest { SessionID = token, NewPassword = $V };",
        "_ = pool.SignUpAsync(\"alice\", $V, new Dictionary<string, string>(), new Dictionary<string, string>());",
        "_ = user.ChangePasswordAsync($V, token);",
        "_ = user.ChangePasswordAsync(token, newPass: $V);",
        "_ = user.ConfirmForgotPasswordAsync(\"123456\", $V);",
        "_ = client.SignInAsync(\"alice\", $V);",
        "_ = webClient.SignInAsync(\"alice\", $V);",
        "_ = derived.SignInAsync(\"alice\", $V);",
        "_ = client.ChangePasswordAsync(token, token, proposedPassword: $V);",
        "_ = new InitiateAuthRequest { AuthFlow = AuthFlowType.USER_PASSWORD_AUTH, AuthParameters = new Dictionary<string, string> { { \"USERNAME\", \"alice\" }, { \"PASSWORD\", $V } } };",
        "_ = new AdminInitiateAuthRequest { AuthParameters = new Dictionary<string, string> { [\"USERNAME\"] = \"alice\", [\"PASSWORD\"] = $V } };",
        "_ = new InitiateAuthRequest { AuthParameters = { [\"USERNAME\"] = \"alice\", [\"PASSWORD\"] = $V } };",
        "var request = new InitiateAuthRequest(); request.AuthParameters[\"PASSWORD\"] = $V;",
        "var request = new InitiateAuthRequest(); request.AuthParameters.Add(\"PASSWORD\", $V);",
        "var parameters = new Dictionary<string, string>(); parameters[\"USERNAME\"] = \"alice\"; parameters[\"PASSWORD\"] = $V; var request = new InitiateAuthRequest { AuthParameters = parameters };",
        "var parameters = new Dictionary<string, string> { { \"PASSWORD\", $V } }; var request = new InitiateAuthRequest(); request.AuthParameters = parameters;",
        "_ = new InitiateAuthRequest { AuthParameters = new Dictionary<string, string> { [PasswordKey] = $V } };",
        "_ = new RespondToAuthChallengeRequest { ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED, ChallengeResponses = new Dictionary<string, string> { [\"USERNAME\"] = \"alice\", [\"NEW_PASSWORD\"] = $V } };",
        "var request = new AdminRespondToAuthChallengeRequest(); request.ChallengeResponses.Add(\"NEW_PASSWORD\", $V);",
        "_ = new InitiateCustomAuthRequest { AuthParameters = new Dictionary<string, string> { { \"PASSWORD\", $V } } };",
        "var entries = new Dictionary<string, string>(); entries.Add(\"USERNAME\", \"alice\"); entries.Add(\"PASSWORD\", $V); _ = new AdminInitiateAuthRequest { AuthParameters = entries };",
        "InitiateAuthRequest request = new() { AuthParameters = new() { [\"USERNAME\"] = \"alice\", [\"PASSWORD\"] = $V } };",
    ];

    /// <summary>Sinks of app client secrets.</summary>
    public static readonly string[] ClientSecretSinks =
    [
        "_ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", clientId, provider, $V);",
        "_ = new CognitoUserPool(\"us-east-1_Ab12Cd34\", clientId, provider, clientSecret: $V);",
        "_ = new CognitoUser(\"alice\", clientId, pool, provider, $V);",
        "_ = new CognitoUser(\"alice\", clientId, pool, provider, username: \"alice\", clientSecret: $V);",
        "_ = new RevokeTokenRequest { ClientId = clientId, ClientSecret = $V };",
        "_ = new GetTokensFromRefreshTokenRequest { ClientSecret = $V };",
        "_ = new CustomersWebClient(clientId, $V);",
        "_ = new CognitoClientOptions { ClientId = clientId, ClientSecret = $V };",
    ];

    /// <summary>
    /// Ways a hard-coded value reaches a sink: (class members, statements before the sink, the expression at the sink).
    /// <c>$T</c> is the text of the value. The names are deliberately not credential-like, so the sink reports.
    /// </summary>
    public static readonly (string Name, string Members, string Locals, string Expression)[] Ways =
    [
        ("literal", "", "", "\"$T\""),
        ("verbatim literal", "", "", "@\"$T\""),
        ("raw literal", "", "", "\"\"\"$T\"\"\""),
        ("const local", "", "const string value = \"$T\";", "value"),
        ("local", "", "var value = \"$T\";", "value"),
        ("local assigned later", "", "string value; value = \"$T\";", "value"),
        ("local assigned in both branches", "", "string value; if (flag) { value = \"$T\"; } else { value = \"x$T\"; }", "value"),
        ("const field", "private const string Value = \"$T\";", "", "Value"),
        ("const in another class", "", "", "Settings.Value"),
        ("static readonly field", "private static readonly string Value = \"$T\";", "", "Value"),
        ("static readonly field set in static constructor", "private static readonly string Value; static Sample() { Value = \"$T\"; }", "", "Value"),
        ("readonly instance field", "private readonly string _value = \"$T\";", "", "_value"),
        ("expression-bodied property", "private static string Value => \"$T\";", "", "Value"),
        ("getter returning a constant", "private static string Value { get { return \"$T\"; } }", "", "Value"),
        ("auto-property with initializer", "private static string Value { get; } = \"$T\";", "", "Value"),
        ("constant concatenation", "", "", "\"$T\" + \"0\""),
        ("concatenation of const and literal", "private const string Prefix = \"$T\";", "", "Prefix + \"0\""),
        ("constant interpolation", "private const string Prefix = \"$T\";", "", "$\"{Prefix}0\""),
        ("interpolation of readonly field", "private static readonly string Prefix = \"$T\";", "", "$\"{Prefix}\""),
        ("conditional with constant branches", "", "", "flag ? \"$T\" : \"x$T\""),
        ("switch expression with constant arms", "", "", "flag switch { true => \"$T\", false => \"x$T\" }"),
        ("parenthesized cast", "", "", "(«(string)\"$T\"»)"),
    ];

    public static TheoryData<string, string> ClientIdCases() => Cross(ClientIdSinks);

    public static TheoryData<string, string> PasswordCases() => Cross(PasswordSinks);

    public static TheoryData<string, string> ClientSecretCases() => Cross(ClientSecretSinks);

    [Theory]
    [MemberData(nameof(ClientIdCases))]
    public Task Hard_coded_client_id_reaching_a_client_id_sink_is_CTY0001(string sink, string way) =>
        Verify.AnalyzerAsync(Build(sink, way, ClientIdValue), Verify.ClientId());

    [Theory]
    [MemberData(nameof(PasswordCases))]
    public Task Hard_coded_password_reaching_a_password_sink_is_CTY0002(string sink, string way) =>
        Verify.AnalyzerAsync(Build(sink, way, PasswordValue), Verify.Password());

    [Theory]
    [MemberData(nameof(ClientSecretCases))]
    public Task Hard_coded_secret_reaching_a_client_secret_sink_is_CTY0003(string sink, string way) =>
        Verify.AnalyzerAsync(Build(sink, way, SecretValue), Verify.ClientSecret());

    public static TheoryData<string> AllSinks()
    {
        var data = new TheoryData<string>();
        foreach (var sink in ClientIdSinks.Concat(PasswordSinks).Concat(ClientSecretSinks))
        {
            data.Add(sink);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllSinks))]
    public Task Value_from_configuration_reaching_any_sink_is_not_flagged(string sink) =>
        Verify.AnalyzerAsync(Build(sink, "configuration[\"Cognito:Value\"]!", members: "", locals: ""));

    [Theory]
    [MemberData(nameof(AllSinks))]
    public Task Value_from_a_parameter_reaching_any_sink_is_not_flagged(string sink) =>
        Verify.AnalyzerAsync(Build(sink, "clientId", members: "", locals: ""));

    [Theory]
    [MemberData(nameof(AllSinks))]
    public Task Empty_string_reaching_any_sink_is_not_flagged(string sink) =>
        Verify.AnalyzerAsync(Build(sink, "\"\"", members: "", locals: ""));

    [Theory]
    [MemberData(nameof(AllSinks))]
    public Task Value_from_the_environment_reaching_any_sink_is_not_flagged(string sink) =>
        Verify.AnalyzerAsync(Build(sink, "System.Environment.GetEnvironmentVariable(\"COGNITO_VALUE\")!", members: "", locals: ""));

    private static TheoryData<string, string> Cross(string[] sinks)
    {
        var data = new TheoryData<string, string>();
        foreach (var sink in sinks)
        {
            foreach (var way in Ways)
            {
                data.Add(sink, way.Name);
            }
        }

        return data;
    }

    private static string Build(string sink, string wayName, string text)
    {
        var way = Ways.Single(w => w.Name == wayName);
        // « » mark the reported span when it is not the whole expression (IOperation has no parentheses).
        var expression = way.Expression.Contains('«', StringComparison.Ordinal) ? way.Expression : "«" + way.Expression + "»";
        return Build(sink, expression.Replace("«", "{|#0:", StringComparison.Ordinal).Replace("»", "|}", StringComparison.Ordinal).Replace("$T", text, StringComparison.Ordinal), way.Members.Replace("$T", text), way.Locals.Replace("$T", text), settingsValue: text);
    }

    internal static string Build(string sink, string expression, string members, string locals, string settingsValue = "unused") => $$"""
        using System.Collections.Generic;
        using Amazon.CognitoIdentityProvider;
        using Amazon.CognitoIdentityProvider.Model;
        using Amazon.Extensions.CognitoAuthentication;
        using CognitoTyped;
        using Microsoft.Extensions.Configuration;

        class OAuthOptions
        {
            public string? ClientId { get; set; }
            public string? ClientSecret { get; set; }
        }

        static class Settings
        {
            public const string Value = "{{settingsValue}}";
        }

        class Sample
        {
            private const string PasswordKey = "PASSWORD";
            {{members}}

            void Run(bool flag, string token, string clientId, IConfiguration configuration, IAmazonCognitoIdentityProvider provider,
                CognitoUserPool pool, CognitoUser user, CustomersWebClient client, ICustomersWebClient webClient, DerivedWebClient derived)
            {
                {{locals}}
                {{sink.Replace("$V", expression)}}
            }
        }
        """;

    [Fact]
    public void Matrix_covers_every_sink_and_way()
    {
        Assert.Equal(ClientIdSinks.Length * Ways.Length, ClientIdCases().Count);
        Assert.Equal(PasswordSinks.Length * Ways.Length, PasswordCases().Count);
        Assert.Equal(ClientSecretSinks.Length * Ways.Length, ClientSecretCases().Count);
    }
}
