using System.Text.Json;
using CognitoTyped.Emulator;

namespace CognitoTyped.Benchmarks;

/// <summary>
/// Times amazon-cognito-identity-js (installed from tests/CognitoTyped.Tests/srp-oracle's lock file) on
/// <see cref="SrpBenchmarkInputs"/> with srp-js-benchmark.js, in one node process.
/// </summary>
internal static class SrpJsClientTiming
{
    /// <summary>Where the last JS measurement is kept for the summary column (the benchmark runs in a child process).</summary>
    public static string ResultPath => Path.Combine(Path.GetTempPath(), "CognitoTyped.Benchmarks", "srp-js-client.json");

    public static JsTiming Measure(int warmup, int iterations)
    {
        string repository = FindRepositoryRoot();
        string oracle = Path.Combine(repository, "tests", "CognitoTyped.Tests", "srp-oracle");
        string script = Path.Combine(repository, "tests", "CognitoTyped.Benchmarks", "srp-js-benchmark.js");
        NodePackage.EnsureInstalledAsync(oracle).GetAwaiter().GetResult();

        string input = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["poolName"] = SrpBenchmarkInputs.PoolName,
            ["userId"] = SrpBenchmarkInputs.UserIdForSrp,
            ["password"] = SrpBenchmarkInputs.Password,
            ["srpBHex"] = SrpBenchmarkInputs.SrpBHex,
            ["saltHex"] = SrpBenchmarkInputs.SaltHex,
            ["secretBlockBase64"] = SrpBenchmarkInputs.SecretBlockBase64,
            ["warmup"] = warmup,
            ["iterations"] = iterations,
        });
        string output = NodePackage.RunScriptAsync([script, oracle], repository, input, TimeSpan.FromMinutes(10)).GetAwaiter().GetResult();
        using var document = JsonDocument.Parse(output);
        var timing = new JsTiming(
            document.RootElement.GetProperty("medianMs").GetDouble(),
            document.RootElement.GetProperty("minMs").GetDouble(),
            document.RootElement.GetProperty("maxMs").GetDouble(),
            document.RootElement.GetProperty("iterations").GetInt32());
        Directory.CreateDirectory(Path.GetDirectoryName(ResultPath)!);
        File.WriteAllText(ResultPath, JsonSerializer.Serialize(new Dictionary<string, double>
        {
            ["medianMs"] = timing.MedianMs,
            ["minMs"] = timing.MinMs,
            ["maxMs"] = timing.MaxMs,
            ["iterations"] = timing.Iterations,
        }));
        return timing;
    }

    public static JsTiming? ReadLast()
    {
        if (!File.Exists(ResultPath))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(ResultPath));
        var root = document.RootElement;
        return new JsTiming(
            root.GetProperty("medianMs").GetDouble(),
            root.GetProperty("minMs").GetDouble(),
            root.GetProperty("maxMs").GetDouble(),
            (int)root.GetProperty("iterations").GetDouble());
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "tests", "CognitoTyped.Benchmarks", "srp-js-benchmark.js")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Could not find tests/CognitoTyped.Benchmarks/srp-js-benchmark.js above {AppContext.BaseDirectory}.");
    }
}

internal sealed record JsTiming(double MedianMs, double MinMs, double MaxMs, int Iterations);
