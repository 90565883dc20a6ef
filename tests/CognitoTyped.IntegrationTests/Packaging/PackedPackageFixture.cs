using System.Globalization;
using CognitoTyped.Emulator;
using CognitoTyped.IntegrationTests.Infrastructure;

namespace CognitoTyped.IntegrationTests.Packaging;

/// <summary>Packs the one CognitoTyped nupkg (Release, a version unique to this run) into a local folder feed.</summary>
public sealed class PackedPackageFixture : IAsyncLifetime
{
    public string Feed { get; private set; } = null!;

    public string Version { get; } = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    public string PackagePath => Path.Combine(Feed, $"CognitoTyped.{Version}.nupkg");

    public string AspNetCorePackagePath => Path.Combine(Feed, $"CognitoTyped.AspNetCore.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Feed = Directory.CreateTempSubdirectory("cognitotyped-feed-").FullName;
        var (exitCode, output) = await Dotnet.RunAsync(
            ["pack", Path.Combine(RepositoryPaths.Root, "src", "CognitoTyped", "CognitoTyped.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nologo"],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10));
        if (exitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack failed (exit {exitCode}):\n{output}");
        }

        (exitCode, output) = await Dotnet.RunAsync(
            ["pack", Path.Combine(RepositoryPaths.Root, "src", "CognitoTyped.AspNetCore", "CognitoTyped.AspNetCore.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nologo"],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10));
        if (exitCode != 0 || !File.Exists(AspNetCorePackagePath))
        {
            throw new InvalidOperationException($"dotnet pack of CognitoTyped.AspNetCore failed (exit {exitCode}):\n{output}");
        }
    }

    public Task DisposeAsync()
    {
        TryDelete(Feed);
        // The unique test version must not pile up in the NuGet cache.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(cache, "cognitotyped", Version));
        TryDelete(Path.Combine(cache, "cognitotyped.aspnetcore", Version));
        return Task.CompletedTask;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }
}

internal static class Dotnet
{
    internal static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var result = await ChildProcess.RunAsync("dotnet", arguments, workingDirectory, timeout);
        return (result.ExitCode, result.Output);
    }
}
