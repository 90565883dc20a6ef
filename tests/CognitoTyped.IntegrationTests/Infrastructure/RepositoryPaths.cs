namespace CognitoTyped.IntegrationTests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The repository's root folder (the one holding CognitoTyped.sln).</summary>
    internal static string Root { get; } = FindUp("CognitoTyped.sln");

    /// <summary>The folder holding the committed package.json + package-lock.json of cognito-local.</summary>
    internal static string CognitoLocalPackage { get; } = Path.Combine(Root, "tests", "CognitoTyped.IntegrationTests", "cognito-local");

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
