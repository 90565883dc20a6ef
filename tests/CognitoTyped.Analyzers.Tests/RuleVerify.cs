using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>Runs one of the analyzers beside <see cref="HardCodedCredentialAnalyzer"/> over test source plus stand-ins.</summary>
internal static class RuleVerify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync(string source, string[] standIns, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, standIns, editorConfig: null, expected);

    public static async Task AnalyzerAsync(string source, string[] standIns, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = ReferenceAssemblies.Net.Net80 };
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        foreach (var (standIn, i) in standIns.Select((s, i) => (s, i)))
        {
            test.TestState.Sources.Add(($"/0/StandIns{i}.cs", standIn));
        }

        test.CompilerDiagnostics = CompilerDiagnostics.Errors;
        test.SolutionTransforms.Add(AnalyzerExceptionsAsErrors);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task CodeFixAsync<TFix>(string source, string fixedSource, string[] standIns, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        foreach (var (standIn, i) in standIns.Select((s, i) => (s, i)))
        {
            test.TestState.Sources.Add(($"/0/StandIns{i}.cs", standIn));
            test.FixedState.Sources.Add(($"/0/StandIns{i}.cs", standIn));
        }

        test.SolutionTransforms.Add(AnalyzerExceptionsAsErrors);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    // An analyzer exception surfaces as AD0001; make it an error so no test can pass over one.
    private static Solution AnalyzerExceptionsAsErrors(Solution solution, ProjectId projectId)
    {
        var options = solution.GetProject(projectId)!.CompilationOptions!;
        return solution.WithProjectCompilationOptions(
            projectId,
            options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("AD0001", ReportDiagnostic.Error)));
    }
}
