using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Amazon.Runtime;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.IntegrationTests.Infrastructure;

/// <summary>
/// A real cognito-local (npm, pinned by the committed lock file) on 127.0.0.1, on a free port, with a fresh data folder
/// and a fixed confirmation code; one per test class.
/// </summary>
public sealed class CognitoLocalFixture : IAsyncLifetime
{
    /// <summary>The code cognito-local sends for every confirmation (its CODE setting).</summary>
    public const string ConfirmationCode = "123456";

    private readonly StringBuilder _log = new();
    private Process? _process;
    private string? _dataFolder;

    public Uri Url { get; private set; } = null!;

    public CognitoIdentityProviderClient Admin { get; private set; } = null!;

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

    public async Task InitializeAsync()
    {
        var package = RepositoryPaths.CognitoLocalPackage;
        await NodePackage.EnsureInstalledAsync(package);

        _dataFolder = Directory.CreateTempSubdirectory("cognito-local-").FullName;
        var config = Path.Combine(_dataFolder, ".cognito");
        Directory.CreateDirectory(config);
        // Usernames stay free-form unless a pool asks for email/phone sign-in itself.
        await File.WriteAllTextAsync(Path.Combine(config, "config.json"), """{"UserPoolDefaults":{"UsernameAttributes":[]}}""");

        var port = FreePort();
        var start = new ProcessStartInfo(NodePackage.Node)
        {
            WorkingDirectory = _dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(package, "node_modules", "cognito-local", "lib", "bin", "start.js"));
        start.Environment["HOST"] = "127.0.0.1";
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["CODE"] = ConfirmationCode;
        start.Environment["NODE_NO_WARNINGS"] = "1";
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start cognito-local.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        Url = new Uri($"http://127.0.0.1:{port}/");
        await WaitForHealthAsync(TimeSpan.FromSeconds(60));
        Admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions
        {
            Region = "us-east-1",
            ServiceUrl = Url,
            Credentials = new BasicAWSCredentials("local", "local"),
        });
    }

    public Task DisposeAsync()
    {
        Admin?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        if (_dataFolder is not null)
        {
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // The emulator may still be flushing; a temp folder left behind is harmless.
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Options for an app client of a pool on this emulator.</summary>
    public CognitoClientOptions ClientOptions(string userPoolId, string clientId, string? clientSecret = null) => new()
    {
        UserPoolId = userPoolId,
        ClientId = clientId,
        ClientSecret = clientSecret,
        ServiceUrl = Url,
    };

    private async Task WaitForHealthAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"cognito-local exited with code {_process.ExitCode} before it was healthy:\n{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Url, "health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"cognito-local was not healthy within {timeout}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
