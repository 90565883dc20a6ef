namespace CognitoTyped.Emulator;

/// <summary>
/// A committed npm package folder (package.json + package-lock.json) installed with <c>npm ci</c> once, and again only
/// when the lock file is newer than the install. A file lock keeps two test processes from installing at once.
/// </summary>
/// <remarks>Never skips: a missing node or a failed <c>npm ci</c> is an error that says what to do.</remarks>
public static class NodePackage
{
    private static readonly SemaphoreSlim InProcessGate = new(1, 1);

    /// <summary>The node executable: its path when it is on PATH.</summary>
    public static string Node => Executable("node");

    /// <summary>Installs the packages of <paramref name="folder"/> with <c>npm ci</c>, unless its install is newer than its lock file.</summary>
    /// <param name="folder">A folder with a committed package.json and package-lock.json.</param>
    /// <param name="cancellationToken">Stops waiting for another process's install, or the install itself.</param>
    /// <returns>A task that completes when the packages are installed.</returns>
    /// <exception cref="InvalidOperationException">Node.js is not on PATH, the lock file is missing, or <c>npm ci</c> failed.</exception>
    public static async Task EnsureInstalledAsync(string folder, CancellationToken cancellationToken = default)
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
            using var crossProcess = await AcquireFileLockAsync(Path.Combine(folder, ".install.lock"), cancellationToken).ConfigureAwait(false);
            if (IsCurrent(marker, lockFile))
            {
                return;
            }

            var npm = await ChildProcess.RunAsync(Executable("npm"), ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, TimeSpan.FromMinutes(10), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"'npm ci' failed in {folder} (exit {npm.ExitCode}):\n{npm.Output}");
            }
        }
        finally
        {
            InProcessGate.Release();
        }
    }

    /// <summary>Fails with a message that says what to install when node is not on PATH.</summary>
    /// <exception cref="InvalidOperationException">Node.js is not on PATH.</exception>
    public static void RequireNode()
    {
        if (FindOnPath("node") is null)
        {
            throw new InvalidOperationException(
                "Node.js is required to run the cognito-local emulator (and, in the tests and benchmarks, AWS's own JavaScript oracles: amazon-cognito-identity-js, aws-jwt-verify and the AWS SDK for JavaScript v3), but 'node' is not on PATH. Install Node.js 20+ and run again.");
        }
    }

    /// <summary>Runs node with <paramref name="arguments"/> (a script and its arguments) and returns what it wrote to standard output.</summary>
    /// <param name="arguments">The script and its arguments.</param>
    /// <param name="workingDirectory">The folder node runs in.</param>
    /// <param name="standardInput">Text for the script's standard input, or null.</param>
    /// <param name="timeout">How long the script may run.</param>
    /// <param name="cancellationToken">Stops the script.</param>
    /// <returns>The script's standard output.</returns>
    /// <exception cref="InvalidOperationException">Node.js is not on PATH, or the script failed (the message has its standard error).</exception>
    public static async Task<string> RunScriptAsync(IReadOnlyList<string> arguments, string workingDirectory, string? standardInput, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        RequireNode();
        var result = await ChildProcess.RunAsync(Node, arguments, workingDirectory, timeout, standardInput, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} exited with {result.ExitCode}: {result.StandardError}");
        }

        return result.StandardOutput;
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
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
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
