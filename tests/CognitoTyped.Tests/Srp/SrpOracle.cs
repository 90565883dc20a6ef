using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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
    private const string InstallStampName = ".cognitotyped-lock.sha256";

    private static readonly Lazy<string> InstalledDirectory = new(InstallOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The srp-oracle folder with its node_modules installed from the lock file.</summary>
    public static string Directory => InstalledDirectory.Value;

    /// <summary>Sends <paramref name="cases"/> to oracle.js and returns its results in the same order.</summary>
    public static IReadOnlyList<TResult> Run<TCase, TResult>(IReadOnlyList<TCase> cases)
    {
        string input = JsonSerializer.Serialize(cases, JsonOptions);
        string output = RunProcess("node", ["oracle.js"], Directory, input, TimeSpan.FromMinutes(10));
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
        string nodeVersion;
        try
        {
            nodeVersion = RunProcess("node", ["--version"], directory, null, TimeSpan.FromMinutes(1)).Trim();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                "Node.js was not found on PATH. The SRP cross-check runs AWS's amazon-cognito-identity-js as its oracle and needs node (18+) and npm; install them and re-run.",
                e);
        }

        string lockHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, "package-lock.json"))));
        string stampPath = Path.Combine(directory, "node_modules", InstallStampName);
        if (File.Exists(stampPath) && File.ReadAllText(stampPath).Trim() == lockHash)
        {
            return directory;
        }

        // Another test process (or the benchmark) may be installing the same folder.
        using (AcquireInstallLock(directory))
        {
            if (File.Exists(stampPath) && File.ReadAllText(stampPath).Trim() == lockHash)
            {
                return directory;
            }

            string npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            try
            {
                RunProcess(npm, ["ci", "--no-audit", "--no-fund"], directory, null, TimeSpan.FromMinutes(5));
            }
            catch (Exception e) when (e is Win32Exception or InvalidOperationException)
            {
                throw new InvalidOperationException(
                    $"`npm ci` failed in {directory} (node {nodeVersion}); the SRP cross-check needs amazon-cognito-identity-js from the lock file.",
                    e);
            }

            File.WriteAllText(stampPath, lockHash);
        }

        return directory;
    }

    private static FileStream AcquireInstallLock(string directory)
    {
        string lockPath = Path.Combine(directory, ".npm-ci.lock");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }

    private static string RunProcess(string fileName, string[] arguments, string workingDirectory, string? standardInput, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.GetAwaiter().GetResult()}");
        }

        return stdout.GetAwaiter().GetResult();
    }
}
