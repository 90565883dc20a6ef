using System.Diagnostics;

namespace CognitoTyped.Analyzers.Tests;

/// <summary>
/// The real compiler, as <c>dotnet build</c> runs it: a throwaway project outside the repository that loads the built
/// analyzer assembly. This is where .editorconfig severities are applied (by Roslyn, not by the analyzer).
/// </summary>
public sealed class ConsumerBuildTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cty-consumer-" + Guid.NewGuid().ToString("N"));

    private const string Program = """
        namespace Amazon.CognitoIdentityProvider.Model
        {
            public class InitiateAuthRequest
            {
                public string? ClientId { get; set; }
                public System.Collections.Generic.Dictionary<string, string> AuthParameters { get; set; } = new();
            }
        }

        namespace Microsoft.IdentityModel.Tokens
        {
            public class TokenValidationParameters
            {
                public bool ValidateAudience { get; set; } = true;
                public string? ValidIssuer { get; set; }
            }
        }

        namespace CognitoTyped
        {
            public sealed class CognitoTokens
            {
                public string AccessToken { get; set; } = "";
            }
        }

        public static class Program
        {
            public static Microsoft.IdentityModel.Tokens.TokenValidationParameters Validation()
            {
                var parameters = new Microsoft.IdentityModel.Tokens.TokenValidationParameters();
                parameters.ValidIssuer = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Example";
                parameters.ValidateAudience = false;
                return parameters;
            }

            public static void Log(CognitoTyped.CognitoTokens tokens) => System.Console.WriteLine(tokens.AccessToken);

            public static object Main() => new Amazon.CognitoIdentityProvider.Model.InitiateAuthRequest
            {
                ClientId = "4a3b2c1d0e9f8g7h6i5j4k3l2m",
                AuthParameters = { ["USERNAME"] = "alice", ["PASSWORD"] = "Hunter2!" },
            };
        }
        """;

    [Fact]
    public async Task Dotnet_build_shows_the_warnings_with_their_help_links()
    {
        var (exitCode, output) = await BuildAsync(editorConfig: null);

        Assert.Equal(0, exitCode);
        Assert.Contains("warning CTY0001", output, StringComparison.Ordinal);
        Assert.Contains("warning CTY0002", output, StringComparison.Ordinal);
        Assert.Contains("warning CTY0004", output, StringComparison.Ordinal);
        Assert.Contains("warning CTY0005", output, StringComparison.Ordinal);
        Assert.Contains("docs/rules/CTY0001.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editorconfig_severity_error_fails_the_build_and_none_silences_a_rule()
    {
        var (exitCode, output) = await BuildAsync(
            "root = true\n\n[*.cs]\ndotnet_diagnostic.CTY0001.severity = error\ndotnet_diagnostic.CTY0002.severity = none\n"
            + "dotnet_diagnostic.CTY0004.severity = error\ndotnet_diagnostic.CTY0005.severity = error\n");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CTY0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CTY0002", output, StringComparison.Ordinal);
        Assert.Contains("error CTY0004", output, StringComparison.Ordinal);
        Assert.Contains("error CTY0005", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> BuildAsync(string? editorConfig)
    {
        Directory.CreateDirectory(_directory);
        var analyzer = typeof(HardCodedCredentialAnalyzer).Assembly.Location;
        await File.WriteAllTextAsync(Path.Combine(_directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{analyzer}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(_directory, "Program.cs"), Program);
        if (editorConfig is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(_directory, ".editorconfig"), editorConfig);
        }

        var start = new ProcessStartInfo("dotnet", "build --nologo -clp:NoSummary -p:UseSharedCompilation=false")
        {
            WorkingDirectory = _directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
