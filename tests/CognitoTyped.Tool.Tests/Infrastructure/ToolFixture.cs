using Amazon.Runtime;
using CognitoTyped.Emulator;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tool.Tests.Infrastructure;

/// <summary>
/// A real cognito-local (pinned by the integration tests' lock file) on 127.0.0.1, one per test class, and a way to run the
/// tool in-process against it through its entry point, in a scratch folder of its own.
/// </summary>
public sealed class ToolFixture : IAsyncLifetime
{
    private CognitoLocalProcess? _emulator;

    public Uri Url => _emulator?.Url ?? throw new InvalidOperationException("cognito-local is not started.");

    /// <summary>cognito-local does not check signatures; any static credentials sign.</summary>
    public static AWSCredentials LocalCredentials { get; } = new BasicAWSCredentials("local", "local");

    public CognitoIdentityProviderClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _emulator = await CognitoLocalProcess.StartAsync(RepositoryPaths.CognitoLocalPackage, "123456");
        Admin = new CognitoIdentityProviderClient(new CognitoServiceClientOptions { Region = "local", ServiceUrl = Url, Credentials = LocalCredentials });
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }
}

/// <summary>What one run of the tool printed and returned.</summary>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the tool in-process (Program.RunAsync) in a scratch folder.</summary>
public sealed class ToolRunner : IDisposable
{
    public ToolRunner(AWSCredentials? credentials = null, Func<IReadOnlyList<string>, string, string?, CancellationToken, Task<(int, string)>>? runDotnet = null)
    {
        Folder = Directory.CreateTempSubdirectory("cognito-typed-").FullName;
        Context = new ToolContext
        {
            WorkingDirectory = Folder,
            Credentials = credentials,
            Environment = name => name is "AWS_REGION" or "AWS_DEFAULT_REGION" ? null : Environment.GetEnvironmentVariable(name),
            RunDotnet = runDotnet ?? DotnetProcess.RunAsync,
        };
    }

    public string Folder { get; }

    internal ToolContext Context { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    public async Task<ToolRun> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, stdout, stderr, Context);
        return new ToolRun(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
