// Run: dotnet run -c Release --project tests/CognitoTyped.Benchmarks -- --filter '*Generator*' --job short
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CognitoTyped.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Benchmarks;

/// <summary>
/// The source generator on a large cognito.json (3 pools × 50 custom attributes × 5 app clients, plus groups, resource
/// servers and an identity pool; two clients per pool use managed login with the code flow, typed scopes and callback URLs,
/// one allows ADMIN_USER_PASSWORD_AUTH), with everything the generator can emit switched on (admin clients, dependency
/// injection, the ASP.NET Core principal and policies): a cold run (new driver: parse, validate, emit everything) and warm runs (a driver that has run
/// before: the same compilation, and one with an unrelated C# edit, as on every keystroke in the IDE).
/// Targets: cold under 20 ms, warm under 1 ms.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.CSharp12);
    private AdditionalText _cognitoJson = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;

    /// <summary>
    /// True: the config and references described above. False: the same pools without managed login, resource servers, the
    /// admin sign-in flow, dependency injection or ASP.NET Core (the config this benchmark had before), for a same-run ratio.
    /// </summary>
    [Params(false, true)]
    public bool Everything { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cognitoJson = new BenchmarkAdditionalText("/bench/cognito.json", LargeConfig(Everything));
        _compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("public class A { }", _parseOptions) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }.Concat(Everything ? EmissionSwitches() : []),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { public int C => 1; }", _parseOptions));
        _warmDriver = CreateDriver().RunGenerators(_compilation);

        // Fail here, not in the measurement, if the config is ever rejected.
        var result = _warmDriver.GetRunResult().Results.Single();
        var hints = result.GeneratedSources.Select(source => source.HintName).ToList();
        if (!result.Diagnostics.IsEmpty || hints.Count < 3 * 5)
        {
            throw new InvalidOperationException("The benchmark config does not generate cleanly: " + string.Join("; ", result.Diagnostics));
        }

        if (Everything
            && (hints.Count(hint => hint.EndsWith("ManagedLogin.g.cs", StringComparison.Ordinal)) != 3 * 2
            || hints.Count(hint => hint.EndsWith("Principal.g.cs", StringComparison.Ordinal)) != 3
            || hints.Count(hint => hint.EndsWith("Admin.g.cs", StringComparison.Ordinal)) != 3
            || !hints.Any(hint => hint.Contains("ServiceCollectionExtensions", StringComparison.Ordinal))))
        {
            throw new InvalidOperationException("The benchmark config does not generate everything: " + string.Join(", ", hints));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// generated {result.GeneratedSources.Length} files, {result.GeneratedSources.Sum(s => s.SourceText.Length) / 1024} KiB"));
    }

    [Benchmark(Description = "Generator cold run (new driver)")]
    public GeneratorDriver Cold() => CreateDriver().RunGenerators(_compilation);

    [Benchmark(Description = "Generator warm run (same compilation)")]
    public GeneratorDriver Warm() => _warmDriver.RunGenerators(_compilation);

    [Benchmark(Description = "Generator warm run (unrelated C# edit)")]
    public GeneratorDriver WarmAfterUnrelatedEdit() => _warmDriver.RunGenerators(_editedCompilation);

    private CSharpGeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            new[] { new CognitoGenerator().AsSourceGenerator() },
            ImmutableArray.Create(_cognitoJson),
            _parseOptions,
            new BenchmarkOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    internal static string LargeConfig(bool everything = true)
    {
        var json = new StringBuilder("{ \"Namespace\": \"Bench.Auth\", \"UserPools\": [");
        for (var pool = 0; pool < 3; pool++)
        {
            json.Append(pool == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"{{ \"Name\": \"Pool{pool}\", \"MfaConfiguration\": \"OPTIONAL\", \"Schema\": [");
            json.Append("{ \"Name\": \"email\", \"Required\": true }, { \"Name\": \"given_name\" }, { \"Name\": \"birthdate\" }, { \"Name\": \"updated_at\" }");
            for (var attribute = 0; attribute < 50; attribute++)
            {
                var type = (attribute % 4) switch { 0 => "String", 1 => "Number", 2 => "Boolean", _ => "DateTime" };
                var constraints = type switch
                {
                    "String" => ", \"StringAttributeConstraints\": { \"MinLength\": \"1\", \"MaxLength\": \"64\" }",
                    "Number" => ", \"NumberAttributeConstraints\": { \"MinValue\": \"0\", \"MaxValue\": \"1000\" }",
                    _ => string.Empty,
                };
                json.Append(CultureInfo.InvariantCulture, $", {{ \"Name\": \"attribute_{attribute}\", \"AttributeDataType\": \"{type}\", \"Mutable\": {(attribute % 5 == 0 ? "false" : "true")}{constraints} }}");
            }

            json.Append("], \"Groups\": [{ \"GroupName\": \"admins\" }, { \"GroupName\": \"editors\" }], \"IdentityPool\": { \"AllowUnauthenticatedIdentities\": true }, ");
            if (everything)
            {
                json.Append(CultureInfo.InvariantCulture, $"\"ResourceServers\": [{{ \"Identifier\": \"https://api{pool}.example.com\", \"Name\": \"Api{pool}\", \"Scopes\": [{{ \"ScopeName\": \"read\" }}, {{ \"ScopeName\": \"write\" }}] }}], ");
            }

            json.Append("\"Clients\": [");
            var flows = new[]
            {
                "\"ALLOW_USER_SRP_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\"",
                everything ? "\"ALLOW_USER_PASSWORD_AUTH\", \"ALLOW_ADMIN_USER_PASSWORD_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\"" : "\"ALLOW_USER_PASSWORD_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\"",
                "\"ALLOW_REFRESH_TOKEN_AUTH\"",
                "\"ALLOW_USER_SRP_AUTH\", \"ALLOW_USER_PASSWORD_AUTH\"",
                "\"ALLOW_CUSTOM_AUTH\"",
            };
            for (var client = 0; client < 5; client++)
            {
                var write = client % 2 == 0 ? string.Empty : ", \"WriteAttributes\": [\"email\", \"given_name\", \"custom:attribute_1\", \"custom:attribute_2\"]";
                // Clients 0 and 2 sign in through managed login (authorization code + PKCE), with OIDC and resource-server scopes.
                var oauth = everything && client is 0 or 2
                    ? $", \"AllowedOAuthFlowsUserPoolClient\": true, \"AllowedOAuthFlows\": [\"code\"], \"AllowedOAuthScopes\": [\"openid\", \"email\", \"profile\", \"https://api{pool}.example.com/read\", \"https://api{pool}.example.com/write\"], "
                      + $"\"CallbackURLs\": [\"https://app{pool}.example.com/signed-in\", \"http://localhost:5000/callback\"], \"LogoutURLs\": [\"https://app{pool}.example.com/\"], \"SupportedIdentityProviders\": [\"COGNITO\"]"
                    : string.Empty;
                json.Append(client == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"{{ \"ClientName\": \"Client{client}\", \"GenerateSecret\": {(client == 1 ? "true" : "false")}, \"ExplicitAuthFlows\": [{flows[client]}]{write}{oauth} }}");
            }

            json.Append("] }");
        }

        return json.Append("] }").ToString();
    }

    /// <summary>
    /// Empty assemblies named as the ones whose reference switches on the dependency-injection and ASP.NET Core emission (the
    /// generator looks only at the referenced assembly names).
    /// </summary>
    private static IEnumerable<MetadataReference> EmissionSwitches()
        => new[]
        {
            "Microsoft.Extensions.DependencyInjection.Abstractions",
            "Microsoft.Extensions.Configuration.Abstractions",
            "CognitoTyped.AspNetCore",
            "Microsoft.AspNetCore.Authorization",
        }.Select(name => CSharpCompilation.Create(name, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference());

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In-process, like the SRP benchmark: a busy 2-core machine can exceed BenchmarkDotNet's boilerplate build timeout.
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
            AddColumn(StatisticColumn.Median);
        }
    }

    private sealed class BenchmarkAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class BenchmarkOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly BenchmarkOptions s_options = new();

        public override AnalyzerConfigOptions GlobalOptions => s_options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_options;
    }

    private sealed class BenchmarkOptions : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            value = "Bench";
            return key == "build_property.RootNamespace";
        }
    }
}
