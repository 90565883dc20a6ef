using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CognitoTyped.Generators.Tests;

/// <summary>The pipeline caches: an unrelated edit regenerates nothing, a cognito.json edit does, and no step holds compiler objects.</summary>
public sealed class IncrementalTests
{
    private static readonly IncrementalStepRunReason[] s_reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_unrelated_csharp_edit_leaves_every_named_step_cached_or_unchanged(bool invalidConfig)
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { "public class A { }" }, withDependencyInjection: true);
        var config = invalidConfig ? "{ \"UserPools\": [{ \"Name\": \"P\", \"Colour\": 1 }] }" : GeneratorHarness.ReadConfig("design-example");
        var driver = GeneratorHarness.CreateDriver(config).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();

        var oldTree = compilation.SyntaxTrees.Single();
        var edited = compilation
            .ReplaceSyntaxTree(oldTree, oldTree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("public class A { public int B { get; set; } }")))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class C { }", GeneratorHarness.ParseOptions));
        var after = driver.RunGenerators(edited).GetRunResult().Results.Single();

        // A step with no values (Diagnostics of a valid file, Models of an invalid one) records nothing.
        var expected = CognitoGenerator.TrackingNames.All
            .Where(name => !(name == CognitoGenerator.TrackingNames.Diagnostics && !invalidConfig) && !(name == CognitoGenerator.TrackingNames.Models && invalidConfig))
            .ToList();
        Assert.Empty(expected.Except(after.TrackedSteps.Keys));
        Assert.Equal(before.Diagnostics.Select(d => d.ToString()), after.Diagnostics.Select(d => d.ToString()));
        foreach (var name in expected)
        {
            var reasons = after.TrackedSteps[name].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.Contains(reason, s_reused));
        }

        Assert.All(after.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.Equal(
            before.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
            after.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Editing_cognito_json_regenerates()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { "public class A { }" });
        var original = GeneratorHarness.ReadConfig("minimal");
        var additional = new GeneratorHarness.InMemoryAdditionalText(GeneratorHarness.CognitoJsonPath, original);
        var driver = GeneratorHarness.CreateDriver(additional).RunGenerators(compilation);
        var sourcesBefore = driver.GetRunResult().Results.Single().GeneratedSources.Length;

        var changed = original.Replace("{ \"ClientName\": \"Web\" }", "{ \"ClientName\": \"Web\" }, { \"ClientName\": \"Backoffice\" }", StringComparison.Ordinal);
        driver = driver.ReplaceAdditionalText(additional, new GeneratorHarness.InMemoryAdditionalText(GeneratorHarness.CognitoJsonPath, changed));
        var after = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Contains(IncrementalStepRunReason.Modified, after.TrackedSteps[CognitoGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason));
        Assert.Contains(after.GeneratedSources, s => s.HintName == "Consumer.AppBackofficeClient.g.cs");
        Assert.True(after.GeneratedSources.Length > sourcesBefore);
    }

    [Fact]
    public void Changing_the_root_namespace_regenerates_without_reparsing()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { "public class A { }" });
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.ReadConfig("minimal"), rootNamespace: "First").RunGenerators(compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new GeneratorHarness.TestOptionsProvider("Second"));
        var after = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(after.TrackedSteps[CognitoGenerator.TrackingNames.Parse].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains(IncrementalStepRunReason.Modified, after.TrackedSteps[CognitoGenerator.TrackingNames.Options].SelectMany(s => s.Outputs).Select(o => o.Reason));
        Assert.All(after.GeneratedSources, s => Assert.StartsWith("Second.", s.HintName, StringComparison.Ordinal));
    }

    [Fact]
    public void Pipeline_outputs_hold_no_symbols_syntax_or_compilations()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { "public class A { }" }, withDependencyInjection: true);
        var run = GeneratorHarness.CreateDriver(GeneratorHarness.ReadConfig("design-example")).RunGenerators(compilation).GetRunResult().Results.Single();
        var invalid = GeneratorHarness.CreateDriver("{ \"UserPools\": [{ \"Nme\": 1 }] }").RunGenerators(compilation).GetRunResult().Results.Single();

        foreach (var result in new[] { run, invalid })
        {
            // Only our steps: the driver's own input nodes (Compilation, AdditionalTexts, …) hold what they are.
            foreach (var (name, steps) in result.TrackedSteps.Where(step => CognitoGenerator.TrackingNames.All.Contains(step.Key)))
            {
                foreach (var output in steps.SelectMany(step => step.Outputs))
                {
                    AssertHoldsNoCompilerObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                }
            }
        }
    }

    private static void AssertHoldsNoCompilerObjects(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 12)
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location or Diagnostic,
            $"Step '{step}' holds a {value.GetType().Name}, which defeats caching.");
        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoCompilerObjects(item, step, seen, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsNoCompilerObjects(field.GetValue(value), step, seen, depth + 1);
        }
    }
}
