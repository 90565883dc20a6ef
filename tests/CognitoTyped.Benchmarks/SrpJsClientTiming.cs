using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

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
        EnsureInstalled(oracle);

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
        string output = Run("node", [script, oracle], repository, input);
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

    private static void EnsureInstalled(string oracle)
        => CognitoTyped.Sample.Emulator.NodePackage.EnsureInstalledAsync(oracle).GetAwaiter().GetResult();

    private static string Run(string fileName, string[] arguments, string workingDirectory, string? standardInput)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{fileName}' was not found on PATH: the JS comparison needs Node.js and npm.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                process.StandardInput.Write(standardInput);
            }

            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture, $"{fileName} exited with {process.ExitCode}: {stderr.GetAwaiter().GetResult()}"));
            }

            return stdout.GetAwaiter().GetResult();
        }
    }
}

internal sealed record JsTiming(double MedianMs, double MinMs, double MaxMs, int Iterations);
