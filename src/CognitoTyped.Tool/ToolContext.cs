using Amazon.Runtime;

namespace CognitoTyped.Tool;

/// <summary>
/// What the tool takes from its surroundings: the working folder, the environment and, for tests only, AWS credentials given
/// directly instead of found by the default chain.
/// </summary>
internal sealed class ToolContext
{
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public AWSCredentials? Credentials { get; init; }

    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Runs <c>dotnet user-secrets</c>; replaced in tests.</summary>
    public Func<IReadOnlyList<string>, string, string?, CancellationToken, Task<(int ExitCode, string Output)>> RunDotnet { get; init; } = DotnetProcess.RunAsync;

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
