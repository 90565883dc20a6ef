namespace CognitoTyped.IntegrationTests.Infrastructure;

internal static class RepositoryPaths
{
    /// <summary>The folder holding the committed package.json + package-lock.json of cognito-local.</summary>
    internal static string CognitoLocalPackage { get; } = FindUp(Path.Combine("tests", "CognitoTyped.IntegrationTests", "cognito-local", "package.json"));

    private static string FindUp(string relativeFile)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativeFile);
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new InvalidOperationException($"Could not find {relativeFile} above {AppContext.BaseDirectory}.");
    }
}
