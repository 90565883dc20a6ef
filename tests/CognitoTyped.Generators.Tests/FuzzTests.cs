using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace CognitoTyped.Generators.Tests;

/// <summary>
/// Thousands of mutated cognito.json texts (seeded, so a failure reproduces): no exception escapes, every rejection is a
/// CTY01xx at a real place in the file, and what is accepted generates code that compiles.
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261126;

    /// <summary>How many mutated files go through the parser, and through the whole generator driver.</summary>
    private const int GeneratorMutants = 10_000;

    private static readonly string[] s_tokens =
    {
        "{", "}", "[", "]", "\"", ":", ",", "\\", "'", "1", "-0.5e3", "1e999", "true", "null", "\"x\"", "\"custom:\"",
        "\"Required\": true, ", "\"ALLOW_USER_SRP_AUTH\"", "\u2028", "\t", "\r\n", "é", "\uD83D", "\0", "\"\\u12\"", "/* */",
        "{\"Name\":\"n\"}, ", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "\"Clients\": [], ",
    };

    private static readonly string[] s_values =
    {
        string.Empty, "a", "custom:x", "custom:", "dev:custom:y", "Number", "Boolean", "DateTime", "Strng", "ON", "OFF", "email",
        "email_verified", "sub", "class", "2x", "größe", "名前", "a b", "a-b", "a_b", "x".PadRight(25, 'x'), "AKIAIOSFODNN7EXAMPLE",
        "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH", "USER_PASSWORD_AUTH", "-", "1", "-5", "99999999999999999999",
        "Web", "Customers", "admins", "\\\"", "\\n", "\\u2028", "<tag>&",
    };

    [Fact]
    public void Ten_thousand_mutated_files_never_crash_the_parser_and_every_rejection_is_located()
    {
        var random = new Random(Seed);
        var seeds = GeneratorHarness.ConfigNames().Select(name => GeneratorHarness.ReadConfig(name)).ToArray();
        var rejected = 0;
        var accepted = 0;
        for (var i = 0; i < GeneratorMutants; i++)
        {
            var text = Mutate(seeds[random.Next(seeds.Length)], random);
            var result = CognitoGenerator.Parser.ParseSafely(new CognitoFileText(GeneratorHarness.CognitoJsonPath, text), CancellationToken.None);

            AssertLocatedRejections(text, result, i);
            if (result.Diagnostics.Count == 0)
            {
                accepted++;
            }
            else
            {
                rejected++;
            }
        }

        // The mutations must exercise both sides, or the test proves little.
        Assert.True(rejected > 3000, $"Only {rejected} mutants were rejected.");
        Assert.True(accepted > 100, $"Only {accepted} mutants were accepted.");
    }

    [Fact]
    public void Accepted_mutants_generate_code_that_compiles_and_the_generator_never_throws()
    {
        var random = new Random(Seed + 1);
        var seeds = GeneratorHarness.ConfigNames().Select(name => GeneratorHarness.ReadConfig(name)).ToArray();
        var compiled = 0;
        for (var i = 0; i < 400 && compiled < 50; i++)
        {
            var text = Mutate(seeds[random.Next(seeds.Length)], random, structuralOnly: true);
            var driver = GeneratorHarness.CreateDriver(text, trackSteps: false).RunGenerators(GeneratorHarness.CreateCompilation(Array.Empty<string>()));
            var result = driver.GetRunResult().Results.Single();

            Assert.Null(result.Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CTY0199" or "CS8785");
            if (result.Diagnostics.IsEmpty)
            {
                var compilation = GeneratorHarness.CreateCompilation(Array.Empty<string>())
                    .AddSyntaxTrees(result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, GeneratorHarness.ParseOptions, s.HintName)));
                var errors = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
                Assert.True(errors.Count == 0, $"Mutant {i} generated code that does not compile: {string.Join("; ", errors.Take(3))}\n{text}");
                compiled++;
            }
        }

        Assert.True(compiled >= 25, $"Only {compiled} mutants were accepted and compiled.");
    }

    [Fact]
    public void Ten_thousand_mutated_files_through_the_generator_driver_each_give_output_or_located_diagnostics_never_a_crash()
    {
        // One compilation and one driver for all of them: each run swaps the cognito.json in, so only the generator's own work
        // (read, parse, validate, emit) is repeated; 10,000 runs take seconds (7–13 s on a loaded 2-core machine), where a fresh
        // compilation and driver per file would take minutes.
        var random = new Random(Seed + 2);
        var seeds = GeneratorHarness.ConfigNames().Select(name => GeneratorHarness.ReadConfig(name)).ToArray();
        var compilation = GeneratorHarness.CreateCompilation(Array.Empty<string>());
        AdditionalText current = new GeneratorHarness.InMemoryAdditionalText(GeneratorHarness.CognitoJsonPath, seeds[0]);
        var driver = GeneratorHarness.CreateDriver(current, trackSteps: false);
        var generated = 0;
        var rejected = 0;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < GeneratorMutants; i++)
        {
            // Half keep the JSON valid (values replaced), so the validator and the emitters run, not only the reader.
            var text = Mutate(seeds[random.Next(seeds.Length)], random, structuralOnly: random.Next(2) == 0);
            var next = new GeneratorHarness.InMemoryAdditionalText(GeneratorHarness.CognitoJsonPath, text);
            driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
            current = next;
            var result = driver.GetRunResult().Results.Single();

            Assert.True(result.Exception is null, $"Mutant {i}: the generator threw {result.Exception?.GetType().Name}.\n{text}");
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.True(CtyId().IsMatch(diagnostic.Id) && diagnostic.Id != "CTY0199", $"Mutant {i}: {diagnostic.Id} {diagnostic.GetMessage(CultureInfo.InvariantCulture)}\n{text}");
                var location = diagnostic.Location.GetLineSpan();
                Assert.True(location.Path == GeneratorHarness.CognitoJsonPath && diagnostic.Location.SourceSpan.End <= text.Length, $"Mutant {i}: {diagnostic.Id} is not located in cognito.json ({diagnostic.Location}).");
            }

            if (result.Diagnostics.IsEmpty)
            {
                Assert.True(result.GeneratedSources.Length > 0, $"Mutant {i} was accepted and generated nothing.\n{text}");
                generated++;
            }
            else
            {
                rejected++;
            }
        }

        output.WriteLine($"{GeneratorMutants} mutated cognito.json files through the generator driver in {stopwatch.Elapsed.TotalSeconds:0.0} s: {generated} generated code, {rejected} rejected with located diagnostics.");
        Assert.Equal(GeneratorMutants, generated + rejected);
        Assert.True(generated > 500, $"Only {generated} mutants generated code: the emitters were barely exercised.");
        Assert.True(rejected > 3000, $"Only {rejected} mutants were rejected: the validator was barely exercised.");
    }

    private static void AssertLocatedRejections(string text, Result<CognitoFileModel?> result, int iteration)
    {
        var lines = SourceText.From(text).Lines;
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.True(CtyId().IsMatch(diagnostic.Id), $"Mutant {iteration}: {diagnostic.Id} is not a CTY01xx.");
            Assert.True(diagnostic.Id != "CTY0199", $"Mutant {iteration} hit an internal error: {string.Join(", ", diagnostic.Arguments)}\n{text}");
            var location = diagnostic.Location;
            Assert.Equal(GeneratorHarness.CognitoJsonPath, location.FilePath);
            Assert.InRange(location.Span.Start, 0, text.Length);
            Assert.InRange(location.Span.End, location.Span.Start, text.Length);
            Assert.True(lines.GetLinePositionSpan(location.Span) == location.LineSpan, $"Mutant {iteration}: {diagnostic.Id} at {location.Span} has line span {location.LineSpan}, the compiler counts {lines.GetLinePositionSpan(location.Span)}.");
        }

        Assert.Equal(result.Diagnostics.Count == 0, result.Value is not null);
    }

    private static string Mutate(string text, Random random, bool structuralOnly = false)
    {
        var builder = new StringBuilder(text);
        var count = structuralOnly ? 1 : random.Next(1, 4);
        for (var m = 0; m < count; m++)
        {
            var kind = structuralOnly ? 5 : random.Next(7);
            var position = random.Next(builder.Length + 1);
            switch (kind)
            {
                case 0:
                    builder.Remove(Math.Min(position, Math.Max(0, builder.Length - 1)), Math.Min(random.Next(1, 12), builder.Length - Math.Min(position, builder.Length)));
                    break;
                case 1:
                    builder.Insert(position, s_tokens[random.Next(s_tokens.Length)]);
                    break;
                case 2:
                    var start = random.Next(builder.Length);
                    var length = Math.Min(random.Next(1, 60), builder.Length - start);
                    builder.Insert(position, builder.ToString(start, length));
                    break;
                case 3 when builder.Length > 2:
                    var a = random.Next(builder.Length);
                    var b = random.Next(builder.Length);
                    (builder[a], builder[b]) = (builder[b], builder[a]);
                    break;
                case 4:
                    builder.Length = random.Next(builder.Length + 1);
                    break;
                default:
                    ReplaceStringValue(builder, random);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Replaces the content of one string literal: mostly keeps the JSON valid, so the validator and emitter are exercised.</summary>
    private static void ReplaceStringValue(StringBuilder builder, Random random)
    {
        var text = builder.ToString();
        var strings = StringLiteral().Matches(text);
        if (strings.Count == 0)
        {
            return;
        }

        var match = strings[random.Next(strings.Count)];
        builder.Remove(match.Index + 1, match.Length - 2);
        builder.Insert(match.Index + 1, s_values[random.Next(s_values.Length)]);
    }

    [GeneratedRegex("^CTY01[0-9]{2}$")]
    private static partial Regex CtyId();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}
