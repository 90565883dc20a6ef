using System.Text.Json;
using CognitoTyped.Emulator;

namespace CognitoTyped.Tests.Srp;

/// <summary>
/// Runs amazon-cognito-identity-js (installed from srp-oracle/package-lock.json) on a batch of inputs in one node process.
/// </summary>
/// <remarks>
/// Never skips: a missing node, a failed <c>npm ci</c> or a crashing script is a test failure with the reason.
/// </remarks>
public static class SrpOracle
{
    private const string OracleFolderName = "srp-oracle";

    private static readonly Lazy<string> InstalledDirectory = new(InstallOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The srp-oracle folder with its node_modules installed from the lock file.</summary>
    public static string Directory => InstalledDirectory.Value;

    /// <summary>Sends <paramref name="cases"/> to oracle.js and returns its results in the same order.</summary>
    public static IReadOnlyList<TResult> Run<TCase, TResult>(IReadOnlyList<TCase> cases)
    {
        string input = JsonSerializer.Serialize(cases, JsonOptions);
        string output = NodePackage.RunScriptAsync(["oracle.js"], Directory, input, TimeSpan.FromMinutes(10)).GetAwaiter().GetResult();
        var results = JsonSerializer.Deserialize<List<TResult>>(output, JsonOptions)
            ?? throw new InvalidOperationException("The SRP oracle wrote no results.");
        if (results.Count != cases.Count)
        {
            throw new InvalidOperationException($"The SRP oracle returned {results.Count} results for {cases.Count} cases.");
        }

        return results;
    }

    /// <summary>Finds tests/CognitoTyped.Tests/srp-oracle by walking up from the test binaries.</summary>
    public static string FindSourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (string candidate in new[]
            {
                Path.Combine(directory.FullName, OracleFolderName),
                Path.Combine(directory.FullName, "tests", "CognitoTyped.Tests", OracleFolderName),
            })
            {
                if (File.Exists(Path.Combine(candidate, "package-lock.json")) && File.Exists(Path.Combine(candidate, "oracle.js")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"Could not find tests/CognitoTyped.Tests/{OracleFolderName} (package-lock.json + oracle.js) above {AppContext.BaseDirectory}.");
    }

    private static string InstallOnce()
    {
        string directory = FindSourceDirectory();
        // The one way this repository installs its npm packages: npm ci from the committed lock file, once, under a file lock.
        NodePackage.EnsureInstalledAsync(directory).GetAwaiter().GetResult();
        return directory;
    }
}
