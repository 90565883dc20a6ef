using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoTyped.Emulator;

/// <summary>
/// cognito-local (npm, installed from a committed lock file) running on 127.0.0.1 on a free port, with a fresh data
/// folder and a fixed confirmation code. Disposing stops it and removes the data folder.
/// </summary>
public sealed class CognitoLocalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataFolder;
    private readonly StringBuilder _log;

    private CognitoLocalProcess(Process process, string dataFolder, StringBuilder log, Uri url)
    {
        _process = process;
        _dataFolder = dataFolder;
        _log = log;
        Url = url;
    }

    /// <summary>The emulator's endpoint, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    /// <summary>What the emulator printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Installs cognito-local from the lock file in <paramref name="packageFolder"/> if needed, starts it and waits until it is healthy.</summary>
    /// <param name="packageFolder">A folder with the committed package.json and package-lock.json that pin cognito-local.</param>
    /// <param name="confirmationCode">The code cognito-local sends for every confirmation (its CODE setting).</param>
    /// <param name="cancellationToken">Stops the install or the wait.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="InvalidOperationException">Node.js is not on PATH, the install failed, or cognito-local exited.</exception>
    /// <exception cref="TimeoutException">cognito-local was not healthy within a minute.</exception>
    public static async Task<CognitoLocalProcess> StartAsync(string packageFolder, string confirmationCode, CancellationToken cancellationToken = default)
    {
        await NodePackage.EnsureInstalledAsync(packageFolder, cancellationToken).ConfigureAwait(false);

        var dataFolder = Directory.CreateTempSubdirectory("cognito-local-").FullName;
        var config = Path.Combine(dataFolder, ".cognito");
        Directory.CreateDirectory(config);
        // Usernames stay free-form unless a pool asks for email/phone sign-in itself (cognito-local defaults to email).
        await File.WriteAllTextAsync(Path.Combine(config, "config.json"), """{"UserPoolDefaults":{"UsernameAttributes":[]}}""", cancellationToken).ConfigureAwait(false);

        var port = FreePort();
        var start = new ProcessStartInfo(NodePackage.Node)
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(packageFolder, "node_modules", "cognito-local", "lib", "bin", "start.js"));
        start.Environment["HOST"] = "127.0.0.1";
        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["CODE"] = confirmationCode;
        start.Environment["NODE_NO_WARNINGS"] = "1";
        var log = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start cognito-local.");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var emulator = new CognitoLocalProcess(process, dataFolder, log, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/"));
        try
        {
            await emulator.WaitForHealthAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
            return emulator;
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops cognito-local and removes its data folder.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task WaitForHealthAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"cognito-local exited with code {_process.ExitCode} before it was healthy:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Url, "health"), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"cognito-local was not healthy within {timeout}:\n{Log}");
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
