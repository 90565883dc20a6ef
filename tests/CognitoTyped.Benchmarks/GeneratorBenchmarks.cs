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
/// The source generator on a large cognito.json (3 pools × 50 custom attributes × 5 app clients, plus groups and an
/// identity pool): a cold run (new driver: parse, validate, emit everything) and warm runs (a driver that has run
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

    [GlobalSetup]
    public void Setup()
    {
        _cognitoJson = new BenchmarkAdditionalText("/bench/cognito.json", LargeConfig());
        _compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("public class A { }", _parseOptions) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editedCompilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { public int C => 1; }", _parseOptions));
        _warmDriver = CreateDriver().RunGenerators(_compilation);

        // Fail here, not in the measurement, if the config is ever rejected.
        var result = _warmDriver.GetRunResult().Results.Single();
        if (!result.Diagnostics.IsEmpty || result.GeneratedSources.Length < 3 * 5)
        {
            throw new InvalidOperationException("The benchmark config does not generate cleanly: " + string.Join("; ", result.Diagnostics));
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

    internal static string LargeConfig()
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

            json.Append("], \"Groups\": [{ \"GroupName\": \"admins\" }, { \"GroupName\": \"editors\" }], \"IdentityPool\": { \"AllowUnauthenticatedIdentities\": true }, \"Clients\": [");
            var flows = new[]
            {
                "\"ALLOW_USER_SRP_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\"",
                "\"ALLOW_USER_PASSWORD_AUTH\", \"ALLOW_REFRESH_TOKEN_AUTH\"",
                "\"ALLOW_REFRESH_TOKEN_AUTH\"",
                "\"ALLOW_USER_SRP_AUTH\", \"ALLOW_USER_PASSWORD_AUTH\"",
                "\"ALLOW_CUSTOM_AUTH\"",
            };
            for (var client = 0; client < 5; client++)
            {
                var write = client % 2 == 0 ? string.Empty : ", \"WriteAttributes\": [\"email\", \"given_name\", \"custom:attribute_1\", \"custom:attribute_2\"]";
                json.Append(client == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"{{ \"ClientName\": \"Client{client}\", \"GenerateSecret\": {(client == 1 ? "true" : "false")}, \"ExplicitAuthFlows\": [{flows[client]}]{write} }}");
            }

            json.Append("] }");
        }

        return json.Append("] }").ToString();
    }

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
