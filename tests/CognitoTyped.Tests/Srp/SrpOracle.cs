using System.Text.Json;
using CognitoTyped.Testing;

namespace CognitoTyped.Tests.Srp;

/// <summary>
/// Runs amazon-cognito-identity-js (installed from srp-oracle/package-lock.json) on a batch of inputs in one node process.
/// </summary>
/// <remarks>
/// Never skips: a missing node, a failed <c>npm ci</c> or a crashing script is a test failure with the reason.
/// </remarks>
public static class SrpOracle
{
    private static readonly NodeOracle Oracle = new("CognitoTyped.Tests", "srp-oracle", "oracle.js");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The srp-oracle folder with its node_modules installed from the lock file.</summary>
    public static string Directory => Oracle.Directory;

    /// <summary>Sends <paramref name="cases"/> to oracle.js and returns its results in the same order.</summary>
    public static IReadOnlyList<TResult> Run<TCase, TResult>(IReadOnlyList<TCase> cases)
    {
        string output = Oracle.RunAsync(JsonSerializer.Serialize(cases, JsonOptions)).GetAwaiter().GetResult();
        var results = JsonSerializer.Deserialize<List<TResult>>(output, JsonOptions)
            ?? throw new InvalidOperationException("The SRP oracle wrote no results.");
        if (results.Count != cases.Count)
        {
            throw new InvalidOperationException($"The SRP oracle returned {results.Count} results for {cases.Count} cases.");
        }

        return results;
    }
}
