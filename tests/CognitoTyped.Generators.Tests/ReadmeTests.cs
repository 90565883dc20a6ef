using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace CognitoTyped.Generators.Tests;

/// <summary>The README's quickstart is code a user pastes: it must compile against what its own cognito.json generates.</summary>
public sealed partial class ReadmeTests
{
    [Fact]
    public void The_quickstart_compiles_against_the_code_its_cognito_json_generates()
    {
        var readme = File.ReadAllText(ReadmePath());
        var cognitoJson = FirstBlockAfter(readme, "### 2.", "json");
        var signIn = FirstBlockAfter(readme, "### 4.", "csharp");
        var registration = FirstBlockAfter(readme, "With DI", "csharp");

        // The snippet's own usings stay on top; its statements become the body of a method whose parameters are the
        // values the README leaves to the app (configuration, what the user typed, how to ask them for a code).
        var lines = signIn.Split('\n');
        var usings = string.Join('\n', lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0));
        var body = string.Join('\n', lines.SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0));
        var consumer = usings + "\n" + $$"""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            using Microsoft.Extensions.DependencyInjection;

            public static class Quickstart
            {
                public static async Task SignInAsync(IConfiguration configuration, string email, string password, string codeFromEmail)
                {
            {{body}}
                }

                public static void Register(IServiceCollection services, IConfiguration configuration)
                {
            {{registration}}
                }

                private static Task<string> AskForCodeAsync(string? destination) => Task.FromResult(destination ?? "123456");

                private static Task<string> AskForNewPasswordAsync() => Task.FromResult("a new password");
            }
            """;

        var run = GeneratorHarness.Run(cognitoJson, new[] { consumer }, withDependencyInjection: true);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics());
    }

    private static string FirstBlockAfter(string markdown, string heading, string language)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The README has no '{heading}'.");
        var match = FencedBlock().Match(markdown, start);
        while (match.Success && match.Groups["language"].Value != language)
        {
            match = match.NextMatch();
        }

        Assert.True(match.Success, $"No ```{language} block after '{heading}' in the README.");
        return match.Groups["code"].Value;
    }

    private static string ReadmePath([CallerFilePath] string callerPath = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(callerPath)!, "..", "..", "README.md"));

    [GeneratedRegex(@"^```(?<language>\w+)\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedBlock();
}
