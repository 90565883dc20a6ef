using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>Code being typed is broken most of the time: the analyzer must neither throw (AD0001) nor guess.</summary>
public sealed class RobustnessTests
{
    private const string UnterminatedInitializer =
        "class C { object M() => new InitiateAuthRequest { ClientId = \"4a3b2c1d0e9f8g7h6i5j4k3l2m\", AuthParameters = new Dictionary<string, string> { [\"PASSWORD\"] = ";

    public static TheoryData<string> BrokenSources() => new()
    {
        UnterminatedInitializer,
        // Missing argument and stray comma.
        "class C { void M(IAmazonCognitoIdentityProvider p) { _ = new CognitoUserPool(\"us-east-1_x\", , p, ); } }",
        // Unknown types and members.
        "class C { void M() { var r = new UnknownRequest { ClientId = \"abc\" }; r.Password = Missing; r.AuthParameters[\"PASSWORD\"] = \"x\"; } }",
        // Incomplete member, no body.
        "class C { private const string ClientId = ; string ClientSecret => ",
        // Self-referencing and mutually recursive fields.
        "class C { static readonly string A = B; static readonly string B = A + \"x\"; object M() => new SignUpRequest { Password = A, ClientId = B }; }",
        // A local used before it is declared, and a local assigned from itself.
        "class C { void M() { _ = new SignUpRequest { Password = pw }; string pw = pw + \"x\"; } }",
        // Indexer with no argument, Add with one argument, dictionary without key.
        "class C { void M(InitiateAuthRequest r) { r.AuthParameters[] = \"x\"; r.AuthParameters.Add(\"PASSWORD\"); r.AuthParameters.Add(); } }",
        // A default parameter value on a marked parameter.
        "class C { void M([CognitoClientId] string clientId = \"4a3b2c1d0e9f8g7h6i5j4k3l2m\") { } }",
        // Top-level statements.
        "var clientId = \"4a3b2c1d0e9f8g7h6i5j4k3l2m\"; _ = new CognitoUserPool(\"us-east-1_x\", clientId, null!",
        // Deep nesting of conditionals beyond the evaluator's depth limit.
        "class C { object M(bool b) => new SignUpRequest { Password = b ? (b ? (b ? (b ? (b ? (b ? (b ? (b ? (b ? (b ? \"a\" : \"b\") : \"c\") : \"d\") : \"e\") : \"f\") : \"g\") : \"h\") : \"i\") : \"j\") : \"k\" }; }",
        // CTY0004 half typed: an unterminated initializer, a missing value, an unknown issuer.
        "class V { void M(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions o) { o.Authority = \"https://cognito-idp.x\"; o.TokenValidationParameters = new() { ValidateAudience = false, ",
        "class V { void M(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions o) { o.Authority = ; o.TokenValidationParameters.ValidateIssuer = false; o.TokenValidationParameters.ValidIssuer = Missing; } }",
        // CTY0005 half typed: a log call without arguments, a token of an unknown object, an exception without a message.
        "class L { void M(Microsoft.Extensions.Logging.ILogger log, CognitoTokens t) { log.LogInformation(; log.LogWarning(\"{T}\", t.AccessToken, ); System.Console.WriteLine(x.IdToken); throw new System.Exception(t.",
        // Tuples, deconstruction and records, half typed.
        "class T { record R(string A = \"4a3b2c1d0e9f8g7h6i5j4k3l2m\", string B = ); void M() { var (a, b) = (\"x\", ); (a, b, c) = (\"1\", \"2\"); _ = new InitiateAuthRequest { ClientId = a, AuthParameters = new([new(\"PASSWORD\", ), KeyValuePair.Create(\"PASSWORD\")]) }; } }",
        // Property with a setter only, indexer property, and a getter with logic.
        "class C { string ClientId { set { } } string this[int i] => \"x\"; string ClientSecret { get { if (true) return \"1q2w3e4r5t6y7u8i9o0p1a2s3d4f5g6h7j8k9l0z1x2c3v4b5n6\"; return \"\"; } } }",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task Broken_code_never_makes_the_analyzer_throw(string body)
    {
        var (diagnostics, exceptions) = await AnalyzeAsync(Prelude + body);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Hard_coded_values_in_broken_code_are_still_reported_where_the_tree_is_sound()
    {
        var (diagnostics, exceptions) = await AnalyzeAsync(Prelude + UnterminatedInitializer);

        Assert.Empty(exceptions);
        Assert.Contains(diagnostics, d => d.Id == "CTY0001");
    }

    [Fact]
    public async Task Mutually_recursive_fields_are_not_reported_and_do_not_hang()
    {
        var (diagnostics, exceptions) = await AnalyzeAsync(Prelude + "class C { static readonly string A = B; static readonly string B = A; object M() => new SignUpRequest { Password = A }; }");

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("CTY", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_project_without_any_Cognito_API_gets_no_diagnostics_from_ordinary_code()
    {
        var source = """
            using System;
            using System.Collections.Generic;
            class Program
            {
                const string ApiUrl = "https://example.com";
                static readonly string Password = "not-for-cognito";
                static void Main(string[] args)
                {
                    var settings = new Dictionary<string, string> { ["PASSWORD"] = "db-pass", ["ClientId"] = "web" };
                    Console.WriteLine(ApiUrl + Password + settings.Count);
                }
            }
            """;
        var (diagnostics, exceptions) = await AnalyzeAsync(source, withStandIns: false);

        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }

    private const string Prelude = """
        using System.Collections.Generic;
        using Amazon.CognitoIdentityProvider;
        using Amazon.CognitoIdentityProvider.Model;
        using Amazon.Extensions.CognitoAuthentication;
        using CognitoTyped;

        """;

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, ConcurrentBag<Exception> Exceptions)> AnalyzeAsync(string source, bool withStandIns = true)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, parseOptions, path: "Test.cs") };
        if (withStandIns)
        {
            trees.Add(CSharpSyntaxTree.ParseText(StandIns.Source, parseOptions, path: "StandIns.cs"));
            trees.Add(CSharpSyntaxTree.ParseText(TokenValidationTests.JwtStandIns, parseOptions, path: "JwtStandIns.cs"));
            trees.Add(CSharpSyntaxTree.ParseText(SecretLoggingTests.LoggingStandIns, parseOptions, path: "LoggingStandIns.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "Broken",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation
            .WithAnalyzers([new HardCodedCredentialAnalyzer(), new TokenValidationAnalyzer(), new SecretLoggingAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return (diagnostics, exceptions);
    }
}
