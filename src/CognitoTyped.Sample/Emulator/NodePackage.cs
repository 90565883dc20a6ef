using System.Diagnostics;
using System.Text;

namespace CognitoTyped.Sample.Emulator;

/// <summary>
/// A committed npm package folder (package.json + package-lock.json) installed with <c>npm ci</c> once, and again only
/// when the lock file is newer than the install. A file lock keeps two test processes from installing at once.
/// </summary>
internal static class NodePackage
{
    private static readonly SemaphoreSlim InProcessGate = new(1, 1);

    internal static string Node => Executable("node");

    internal static async Task EnsureInstalledAsync(string folder, CancellationToken cancellationToken = default)
    {
        RequireNode();
        var marker = Path.Combine(folder, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(folder, "package-lock.json");
        if (!File.Exists(lockFile))
        {
            throw new InvalidOperationException($"{lockFile} is missing: the npm packages the tests use are pinned by a committed lock file.");
        }

        if (IsCurrent(marker, lockFile))
        {
            return;
        }

        await InProcessGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var crossProcess = await AcquireFileLockAsync(Path.Combine(folder, ".install.lock"), cancellationToken);
            if (IsCurrent(marker, lockFile))
            {
                return;
            }

            var (exitCode, output) = await RunAsync(Executable("npm"), ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, TimeSpan.FromMinutes(10), cancellationToken);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"'npm ci' failed in {folder} (exit {exitCode}):\n{output}");
            }
        }
        finally
        {
            InProcessGate.Release();
        }
    }

    internal static void RequireNode()
    {
        if (FindOnPath("node") is null)
        {
            throw new InvalidOperationException(
                "Node.js is required to run the cognito-local emulator (and, in the tests, AWS's amazon-cognito-identity-js), but 'node' is not on PATH. Install Node.js 20+ and run again.");
        }
    }

    internal static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static bool IsCurrent(string marker, string lockFile)
        => File.Exists(marker) && File.GetLastWriteTimeUtc(marker) >= File.GetLastWriteTimeUtc(lockFile);

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(10);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken);
            }
        }
    }

    private static string Executable(string name) => FindOnPath(name) ?? name;

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var candidate in OperatingSystem.IsWindows() ? new[] { name + ".cmd", name + ".exe" } : new[] { name })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
