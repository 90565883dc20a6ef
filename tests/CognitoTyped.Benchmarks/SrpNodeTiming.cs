using System.Text.Json;
using CognitoTyped.Emulator;

namespace CognitoTyped.Benchmarks;

/// <summary>
/// Times a node script on <see cref="SrpBenchmarkInputs"/> in one node process: srp-js-benchmark.js (amazon-cognito-identity-js,
/// installed from tests/CognitoTyped.Tests/srp-oracle's lock file) or srp-openssl-benchmark.js (OpenSSL's modular exponentiation
/// through Node's crypto).
/// </summary>
internal sealed class SrpNodeTiming(string script, string resultFile, string label)
{
    public static SrpNodeTiming JsClient { get; } = new("srp-js-benchmark.js", "srp-js-client.json", "amazon-cognito-identity-js 6.3.21");

    public static SrpNodeTiming OpenSsl { get; } = new("srp-openssl-benchmark.js", "srp-openssl.json", "OpenSSL (node crypto.createDiffieHellman)");

    public string Label => label;

    /// <summary>Where the last measurement is kept for the summary columns (the benchmark may run in a child process).</summary>
    private string ResultPath => Path.Combine(Path.GetTempPath(), "CognitoTyped.Benchmarks", resultFile);

    public NodeTiming Measure(int warmup, int iterations)
    {
        string repository = FindRepositoryRoot();
        string oracle = Path.Combine(repository, "tests", "CognitoTyped.Tests", "srp-oracle");
        string scriptPath = Path.Combine(repository, "tests", "CognitoTyped.Benchmarks", script);
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
        string output = NodePackage.RunScriptAsync([scriptPath, oracle], repository, input, TimeSpan.FromMinutes(10)).GetAwaiter().GetResult();
        using var document = JsonDocument.Parse(output);
        var timing = new NodeTiming(
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

    public NodeTiming? ReadLast()
    {
        if (!File.Exists(ResultPath))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(ResultPath));
        var root = document.RootElement;
        return new NodeTiming(
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

internal sealed record NodeTiming(double MedianMs, double MinMs, double MaxMs, int Iterations);
