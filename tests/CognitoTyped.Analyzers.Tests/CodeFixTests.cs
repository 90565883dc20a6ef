namespace CognitoTyped.Analyzers.Tests;

/// <summary>The fix moves the value to an environment variable read; the result compiles and is clean; Fix All works.</summary>
public sealed class CodeFixTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.CognitoIdentityProvider;
        using Amazon.CognitoIdentityProvider.Model;
        using Amazon.Extensions.CognitoAuthentication;

        """;

    [Fact]
    public Task Client_id_literal_is_replaced_by_an_environment_variable_read() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            InitiateAuthRequest M() => new InitiateAuthRequest { ClientId = {|#0:"4a3b2c1d0e9f8g7h6i5j4k3l2m"|} };
        }
        """,
        Usings + """
        class C
        {
            InitiateAuthRequest M() => new InitiateAuthRequest { ClientId = System.Environment.GetEnvironmentVariable("COGNITO_CLIENT_ID") ?? throw new System.InvalidOperationException("Set the COGNITO_CLIENT_ID environment variable.") };
        }
        """,
        [Verify.ClientId()]);

    [Fact]
    public Task Constant_fallback_is_dropped_and_a_missing_setting_names_its_key() => Verify.CodeFixAsync(
        Usings + """
        using Microsoft.Extensions.Configuration;
        class C
        {
            private static readonly string Web = System.Environment.GetEnvironmentVariable("WEB_CLIENT_ID") ?? "4a3b2c1d0e9f8g7h6i5j4k3l2m";

            InitiateAuthRequest M(IConfiguration configuration) => new InitiateAuthRequest { ClientId = {|#0:configuration["Cognito:ClientId"] ?? "3n4b5c6d7e8f9g0h1i2j3k4l5m"|} };
            SignUpRequest N() => new SignUpRequest { ClientId = {|#1:Web|}, Password = {|#2:System.Environment.GetEnvironmentVariable("DEMO_PASSWORD") ?? "Hunter2!"|} };
        }
        """,
        Usings + """
        using Microsoft.Extensions.Configuration;
        class C
        {
            private static readonly string Web = System.Environment.GetEnvironmentVariable("WEB_CLIENT_ID") ?? throw new System.InvalidOperationException("Set the WEB_CLIENT_ID environment variable.");

            InitiateAuthRequest M(IConfiguration configuration) => new InitiateAuthRequest { ClientId = configuration["Cognito:ClientId"] ?? throw new System.InvalidOperationException("Set the configuration key Cognito:ClientId.") };
            SignUpRequest N() => new SignUpRequest { ClientId = Web, Password = System.Environment.GetEnvironmentVariable("DEMO_PASSWORD") ?? throw new System.InvalidOperationException("Set the DEMO_PASSWORD environment variable.") };
        }
        """,
        [Verify.ClientId(0), Verify.ClientId(1), Verify.Password(2)],
        iterations: 3,
        fixAllIterations: 2);

    [Fact]
    public Task Optional_parameter_default_is_reported_but_not_rewritten() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            SignUpRequest M(string user, string word = {|#0:"Hunter2!"|}) => new SignUpRequest { Username = user, Password = {|#1:word|} };
        }
        """,
        Usings + """
        class C
        {
            SignUpRequest M(string user, string word = {|#0:"Hunter2!"|}) => new SignUpRequest { Username = user, Password = {|#1:word|} };
        }
        """,
        [Verify.Password(0), Verify.Password(1)]);

    [Fact]
    public Task Password_in_auth_parameters_is_replaced_by_an_environment_variable_read() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            InitiateAuthRequest M(string user) => new InitiateAuthRequest
            {
                AuthParameters = new Dictionary<string, string> { ["USERNAME"] = user, ["PASSWORD"] = {|#0:"Hunter2!"|} },
            };
        }
        """,
        Usings + """
        class C
        {
            InitiateAuthRequest M(string user) => new InitiateAuthRequest
            {
                AuthParameters = new Dictionary<string, string> { ["USERNAME"] = user, ["PASSWORD"] = System.Environment.GetEnvironmentVariable("COGNITO_PASSWORD") ?? throw new System.InvalidOperationException("Set the COGNITO_PASSWORD environment variable.") },
            };
        }
        """,
        [Verify.Password()]);

    [Fact]
    public Task New_password_challenge_response_reads_COGNITO_NEW_PASSWORD() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            void M(RespondToAuthChallengeRequest request) => request.ChallengeResponses["NEW_PASSWORD"] = {|#0:"N3w-Passw0rd!"|};
        }
        """,
        Usings + """
        class C
        {
            void M(RespondToAuthChallengeRequest request) => request.ChallengeResponses["NEW_PASSWORD"] = System.Environment.GetEnvironmentVariable("COGNITO_NEW_PASSWORD") ?? throw new System.InvalidOperationException("Set the COGNITO_NEW_PASSWORD environment variable.");
        }
        """,
        [Verify.Password()]);

    [Fact]
    public Task Secret_const_field_becomes_static_readonly_environment_read() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            private const string ClientSecret = {|#0:"1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6"|};

            CognitoUserPool M(IAmazonCognitoIdentityProvider provider, string clientId) => new CognitoUserPool("us-east-1_Ab12Cd34", clientId, provider, {|#1:ClientSecret|});
        }
        """,
        Usings + """
        class C
        {
            private static readonly string ClientSecret = System.Environment.GetEnvironmentVariable("COGNITO_CLIENT_SECRET") ?? throw new System.InvalidOperationException("Set the COGNITO_CLIENT_SECRET environment variable.");

            CognitoUserPool M(IAmazonCognitoIdentityProvider provider, string clientId) => new CognitoUserPool("us-east-1_Ab12Cd34", clientId, provider, ClientSecret);
        }
        """,
        [Verify.ClientSecret(0), Verify.ClientSecret(1)]);

    [Fact]
    public Task Password_read_from_a_const_is_fixed_where_the_const_is_declared() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            private const string Value = "Hunter2!";

            SignUpRequest M() => new SignUpRequest { Username = "alice", Password = {|#0:Value|} };

            ChangePasswordRequest N(string token) => new ChangePasswordRequest { AccessToken = token, PreviousPassword = {|#1:Value|} };
        }
        """,
        Usings + """
        class C
        {
            private static readonly string Value = System.Environment.GetEnvironmentVariable("COGNITO_PASSWORD") ?? throw new System.InvalidOperationException("Set the COGNITO_PASSWORD environment variable.");

            SignUpRequest M() => new SignUpRequest { Username = "alice", Password = Value };

            ChangePasswordRequest N(string token) => new ChangePasswordRequest { AccessToken = token, PreviousPassword = Value };
        }
        """,
        [Verify.Password(0), Verify.Password(1)],
        iterations: 1);

    [Fact]
    public Task Const_local_client_id_becomes_a_local_environment_read() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            string M()
            {
                const string clientId = {|#0:"4a3b2c1d0e9f8g7h6i5j4k3l2m"|};
                return clientId;
            }
        }
        """,
        Usings + """
        class C
        {
            string M()
            {
                string clientId = System.Environment.GetEnvironmentVariable("COGNITO_CLIENT_ID") ?? throw new System.InvalidOperationException("Set the COGNITO_CLIENT_ID environment variable.");
                return clientId;
            }
        }
        """,
        [Verify.ClientId()]);

    [Fact]
    public Task Fix_all_replaces_every_hard_coded_credential_in_the_document_once() => Verify.CodeFixAsync(
        Usings + """
        class C
        {
            private static readonly string PoolClient = "web-client";

            void M(IAmazonCognitoIdentityProvider provider, CognitoUser user)
            {
                _ = new CognitoUserPool("us-east-1_Ab12Cd34", {|#0:PoolClient|}, provider, {|#1:"1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6"|});
                _ = new SignUpRequest { ClientId = {|#2:PoolClient|}, Username = "alice", Password = {|#3:"Hunter2!" + "x"|} };
                _ = user.ChangePasswordAsync({|#4:"old-pass"|}, {|#5:true ? "new-pass" : "other"|});
            }
        }
        """,
        Usings + """
        class C
        {
            private static readonly string PoolClient = System.Environment.GetEnvironmentVariable("COGNITO_CLIENT_ID") ?? throw new System.InvalidOperationException("Set the COGNITO_CLIENT_ID environment variable.");

            void M(IAmazonCognitoIdentityProvider provider, CognitoUser user)
            {
                _ = new CognitoUserPool("us-east-1_Ab12Cd34", PoolClient, provider, System.Environment.GetEnvironmentVariable("COGNITO_CLIENT_SECRET") ?? throw new System.InvalidOperationException("Set the COGNITO_CLIENT_SECRET environment variable."));
                _ = new SignUpRequest { ClientId = PoolClient, Username = "alice", Password = System.Environment.GetEnvironmentVariable("COGNITO_PASSWORD") ?? throw new System.InvalidOperationException("Set the COGNITO_PASSWORD environment variable.") };
                _ = user.ChangePasswordAsync(System.Environment.GetEnvironmentVariable("COGNITO_PREVIOUS_PASSWORD") ?? throw new System.InvalidOperationException("Set the COGNITO_PREVIOUS_PASSWORD environment variable."), System.Environment.GetEnvironmentVariable("COGNITO_NEW_PASSWORD") ?? throw new System.InvalidOperationException("Set the COGNITO_NEW_PASSWORD environment variable."));
            }
        }
        """,
        [Verify.ClientId(0), Verify.ClientSecret(1), Verify.ClientId(2), Verify.Password(3), Verify.Password(4), Verify.Password(5)],
        iterations: 5,
        fixAllIterations: 3);

    [Fact]
    public Task Fix_uses_the_short_name_when_System_is_imported() => Verify.CodeFixAsync(
        "using System;\n" + Usings + """
        class C
        {
            SignUpRequest M() => new SignUpRequest { Password = {|#0:"Hunter2!"|} };
        }
        """,
        "using System;\n" + Usings + """
        class C
        {
            SignUpRequest M() => new SignUpRequest { Password = Environment.GetEnvironmentVariable("COGNITO_PASSWORD") ?? throw new InvalidOperationException("Set the COGNITO_PASSWORD environment variable.") };
        }
        """,
        [Verify.Password()]);
}
