using System.Collections.Immutable;
using CognitoTyped.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Tool.Tests.Infrastructure;

/// <summary>Runs the source generator itself (its Roslyn driver, not just its parser) on a cognito.json text.</summary>
internal static class GeneratorRun
{
    /// <summary>What the generator reported (an exception in it included), and how many sources it emitted.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, int Sources) Run(string cognitoJson)
    {
        var compilation = CSharpCompilation.Create("Consumer", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new CognitoGenerator().AsSourceGenerator()],
            additionalTexts: [new InMemoryText("/project/cognito.json", cognitoJson)]);
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult();
        var failures = result.Results.Where(r => r.Exception is not null)
            .Select(r => Diagnostic.Create("GEN0000", "Generator", r.Exception!.Message, DiagnosticSeverity.Error, DiagnosticSeverity.Error, isEnabledByDefault: true, warningLevel: 0));
        return (result.Diagnostics.AddRange(failures), result.GeneratedTrees.Length);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
