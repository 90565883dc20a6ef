using CognitoTyped.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>Runs the analyzer (and its code fix) over test source plus <see cref="StandIns"/> on .NET 8 reference assemblies.</summary>
internal static class Verify
{
    // Built from the ID and severity, not the descriptor, so the message's sink name is checked only where a test says so.
    public static DiagnosticResult ClientId(int markup = 0) => new DiagnosticResult("CTY0001", DiagnosticSeverity.Warning).WithLocation(markup);

    public static DiagnosticResult Password(int markup = 0) => new DiagnosticResult("CTY0002", DiagnosticSeverity.Warning).WithLocation(markup);

    public static DiagnosticResult ClientSecret(int markup = 0) => new DiagnosticResult("CTY0003", DiagnosticSeverity.Warning).WithLocation(markup);

    /// <summary>Asserts exactly the expected diagnostics (none when <paramref name="expected"/> is empty).</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) => AnalyzerAsync(source, editorConfig: null, expected);

    public static Task AnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected) =>
        AnalyzerAsync(withStandIns: true, source, editorConfig, expected);

    /// <summary>
    /// Without the stand-ins the compilation has no Cognito API, and the analyzer runs in its cheaper heuristics-only
    /// mode; heuristic findings must be the same in both modes.
    /// </summary>
    public static async Task AnalyzerAsync(bool withStandIns, string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        if (withStandIns)
        {
            test.TestState.Sources.Add(("StandIns.cs", StandIns.Source));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Several files in one compilation (partial classes, base classes), with the stand-ins.</summary>
    public static async Task AnalyzerAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", sources[i]));
        }

        test.TestState.Sources.Add(("StandIns.cs", StandIns.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>Applies the fix to each diagnostic (and Fix All), asserting the result compiles and is clean.</summary>
    public static async Task CodeFixAsync(string source, string fixedSource, DiagnosticResult[] expected, int? iterations = null, int fixAllIterations = 1)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(("StandIns.cs", StandIns.Source));
        test.FixedState.Sources.Add(("StandIns.cs", StandIns.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            // Fix All runs once per rule: each rule's fix has its own equivalence key.
            test.NumberOfFixAllIterations = fixAllIterations;
        }

        await test.RunAsync();
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<HardCodedCredentialAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        }

        protected override CompilationOptions CreateCompilationOptions() =>
            base.CreateCompilationOptions().WithSpecificDiagnosticOptions(AnalyzerExceptionsAsErrors);
    }

    private sealed class CodeFixTest : CSharpCodeFixTest<HardCodedCredentialAnalyzer, HardCodedCredentialCodeFixProvider, DefaultVerifier>
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        }

        protected override CompilationOptions CreateCompilationOptions() =>
            base.CreateCompilationOptions().WithSpecificDiagnosticOptions(AnalyzerExceptionsAsErrors);
    }

    // An analyzer exception surfaces as AD0001; make it an error so no test can pass over one.
    private static readonly System.Collections.Immutable.ImmutableDictionary<string, ReportDiagnostic> AnalyzerExceptionsAsErrors =
        System.Collections.Immutable.ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("AD0001", ReportDiagnostic.Error);
}
