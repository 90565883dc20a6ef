namespace CognitoTyped.Tool.Tests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The repository's root folder (the one holding CognitoTyped.sln).</summary>
    internal static string Root { get; } = FindUp("CognitoTyped.sln");

    /// <summary>The committed package.json + package-lock.json of cognito-local (the integration tests' own pin).</summary>
    internal static string CognitoLocalPackage { get; } = Path.Combine(Root, "tests", "CognitoTyped.IntegrationTests", "cognito-local");

    /// <summary>The generator tests' cognito.json configs: the round trip runs on every one of them.</summary>
    internal static string GeneratorConfigs { get; } = Path.Combine(Root, "tests", "CognitoTyped.Generators.Tests", "Configs");

    private static string FindUp(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, file)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find {file} above {AppContext.BaseDirectory}.");
    }
}
