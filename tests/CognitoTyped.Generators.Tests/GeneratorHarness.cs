using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Generators.Tests;

/// <summary>Runs the generator the way the compiler does: cognito.json as an AdditionalFile, RootNamespace from build properties.</summary>
internal static class GeneratorHarness
{
    public const string CognitoJsonPath = "/consumer/cognito.json";

    // Diagnose, as a consumer with GenerateDocumentationFile: a generated cref that names nothing is an error here.
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> s_runtimeReferences = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(CognitoAuthClient).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Amazon.Runtime.RefreshingAWSCredentials).Assembly.Location),
        // The runtime's own dependencies, which a consumer gets from its package.
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILoggerFactory).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(System.Net.Http.IHttpClientFactory).Assembly.Location));

    private static readonly ImmutableArray<MetadataReference> s_dependencyInjectionReferences = ImmutableArray.Create<MetadataReference>(
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location));

    /// <summary>
    /// What a web app that references CognitoTyped.AspNetCore compiles against: the ASP.NET Core shared framework of the
    /// installed .NET (as its FrameworkReference gives it) and an assembly named CognitoTyped.AspNetCore, which is what the
    /// generator looks for. Read from disk, not referenced by this project, so the tests' own Microsoft.Extensions stay 8.0.
    /// </summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_aspNetCoreReferences = new(() =>
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var frameworks = Path.Combine(runtime.Parent!.Parent!.FullName, "Microsoft.AspNetCore.App");
        var framework = Directory.GetDirectories(frameworks, runtime.Name.Split('.')[0] + ".*")
            .OrderBy(path => Version.TryParse(Path.GetFileName(path).Split('-')[0], out var version) ? version : new Version(0, 0))
            .Last();
        using var image = new MemoryStream();
        var emitted = CSharpCompilation.Create("CognitoTyped.AspNetCore", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddReferences(Basic.Reference.Assemblies.Net100.References.All)
            .Emit(image);
        Assert.True(emitted.Success);
        var package = MetadataReference.CreateFromImage(image.ToArray());
        return Directory.EnumerateFiles(framework, "Microsoft.*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(package)
            .ToImmutableArray();
    });

    /// <summary>A consumer compilation: net10 reference assemblies (or net8), the runtime, optionally the DI abstractions and ASP.NET Core.</summary>
    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, bool withDependencyInjection = false, bool net80 = false, bool withAspNetCore = false)
    {
        IEnumerable<MetadataReference> references = net80 ? Basic.Reference.Assemblies.Net80.References.All : Basic.Reference.Assemblies.Net100.References.All;
        references = references.Concat(s_runtimeReferences);
        if (withDependencyInjection)
        {
            references = references.Concat(s_dependencyInjectionReferences);
        }

        if (withAspNetCore)
        {
            var known = references.Select(r => Path.GetFileName(r.Display)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            references = references.Concat(s_aspNetCoreReferences.Value.Where(r => r.Display is null || !known.Contains(Path.GetFileName(r.Display))));
        }

        return CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/consumer/Source{i}.cs")),
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                // As the .NET SDK does (NoWarn 1701;1702): a net8.0 library under net10 reference assemblies unifies fine.
                // CS1591: the tests' own consumer snippets are undocumented; crefs and XML in generated docs are still checked.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress, ["CS1591"] = ReportDiagnostic.Suppress }));
    }

    public static GeneratorDriver CreateDriver(string? cognitoJson, string? rootNamespace = "Consumer", bool trackSteps = true)
        => CreateDriver(cognitoJson is null ? null : new InMemoryAdditionalText(CognitoJsonPath, cognitoJson), rootNamespace, trackSteps);

    public static GeneratorDriver CreateDriver(AdditionalText? cognitoJson, string? rootNamespace = "Consumer", bool trackSteps = true)
    {
        var additionalTexts = cognitoJson is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create(cognitoJson);
        return CSharpGeneratorDriver.Create(
            new[] { new CognitoGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            new TestOptionsProvider(rootNamespace),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>Runs the generator once and returns what it produced and the consumer compilation with the generated code.</summary>
    public static GeneratorRun Run(string? cognitoJson, IEnumerable<string>? sources = null, bool withDependencyInjection = false, string? rootNamespace = "Consumer", bool net80 = false, bool withAspNetCore = false)
    {
        var compilation = CreateCompilation(sources ?? Array.Empty<string>(), withDependencyInjection, net80, withAspNetCore);
        var driver = CreateDriver(cognitoJson, rootNamespace).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        return new GeneratorRun(result, output, generatorDiagnostics);
    }

    /// <summary>The generated files in hint-name order, each under a header line, as one text (the snapshot format).</summary>
    public static string Concatenate(GeneratorRunResult result)
        => string.Concat(result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "//------------------------------------------------------------ " + s.HintName + "\n" + s.SourceText.ToString()));

    /// <summary>
    /// JSON with the expected diagnostic span marked ⟦like this⟧: the text without the marks and the marked span.
    /// </summary>
    public static (string Text, TextSpan Span) Markup(string markup)
    {
        var start = markup.IndexOf('⟦', StringComparison.Ordinal);
        var end = markup.IndexOf('⟧', StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The test's JSON has no ⟦…⟧ span.");
        var text = markup.Remove(end, 1).Remove(start, 1);
        return (text, new TextSpan(start, end - start - 1));
    }

    public static string ReadConfig(string name, [CallerFilePath] string callerPath = "")
        => File.ReadAllText(Path.Combine(Path.GetDirectoryName(callerPath)!, "Configs", name + ".json"));

    public static IEnumerable<string> ConfigNames([CallerFilePath] string callerPath = "")
        => Directory.GetFiles(Path.Combine(Path.GetDirectoryName(callerPath)!, "Configs"), "*.json")
            .Select(p => Path.GetFileNameWithoutExtension(p))
            .Order(StringComparer.Ordinal);

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class TestOptionsProvider(string? rootNamespace) : AnalyzerConfigOptionsProvider
    {
        private static readonly TestOptions s_empty = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new TestOptions(
            rootNamespace is null
                ? ImmutableDictionary<string, string>.Empty
                : ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", rootNamespace));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_empty;
    }

    private sealed class TestOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

internal sealed record GeneratorRun(GeneratorRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public string Source(string hintNameEnd) => Result.GeneratedSources.Single(s => s.HintName.EndsWith(hintNameEnd, StringComparison.Ordinal)).SourceText.ToString();

    public IEnumerable<string> HintNames => Result.GeneratedSources.Select(s => s.HintName);

    /// <summary>The compiler's errors and warnings for the consumer with the generated code (warnings are errors here).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics()
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
}

/// <summary>
/// Snapshots with Verify's conventions (Verify is not served here): Snapshots/{name}.verified.cs is committed and
/// reviewed; a mismatch writes {name}.received.cs beside it; COGNITOTYPED_ACCEPT=1 accepts the received text.
/// </summary>
internal static class Snapshot
{
    public static readonly string VersionedGeneratedCode = "GeneratedCode(\"CognitoTyped.Generators\", \"" + ThisAssembly.Version + "\")";

    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        // The package version changes with every release, not with the generator: snapshots say {version}, and
        // SnapshotTests checks the real one once.
        actual = actual.ReplaceLineEndings("\n").Replace(VersionedGeneratedCode, "GeneratedCode(\"CognitoTyped.Generators\", \"{version}\")", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("COGNITOTYPED_ACCEPT") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; review {received} and accept it (COGNITOTYPED_ACCEPT=1)."
            : $"The generated code differs from {verified} at line {FirstDifferentLine(expected, actual)}; review {received} and accept it (COGNITOTYPED_ACCEPT=1) if it is right.");
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            if (left[i] != right[i])
            {
                return i + 1;
            }
        }

        return Math.Min(left.Length, right.Length) + 1;
    }
}
