using CognitoTyped.Emulator;

namespace CognitoTyped.Testing;

/// <summary>
/// One of AWS's JavaScript oracles the tests run: a committed npm folder (<c>tests/{project}/{folder}</c> with package.json,
/// package-lock.json and a script) installed with <c>npm ci</c> once, then run with a batch of JSON on standard input.
/// </summary>
/// <remarks>Never skips: a missing node, a failed install or a crashing script is a test failure with the reason.</remarks>
internal sealed class NodeOracle
{
    private readonly string _project;
    private readonly string _folder;
    private readonly string _script;
    private readonly Lazy<string> _installed;

    /// <param name="project">The test project's folder under <c>tests/</c>.</param>
    /// <param name="folder">The npm folder in it.</param>
    /// <param name="script">The script the batch is given to.</param>
    public NodeOracle(string project, string folder, string script)
    {
        _project = project;
        _folder = folder;
        _script = script;
        _installed = new Lazy<string>(Install, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The folder, with its node_modules installed from the lock file.</summary>
    public string Directory => _installed.Value;

    /// <summary>Runs the script on <paramref name="input"/> and returns what it wrote to standard output.</summary>
    public Task<string> RunAsync(string input) => NodePackage.RunScriptAsync([_script], Directory, input, TimeSpan.FromMinutes(10));

    private string Install()
    {
        var folder = FindSourceDirectory();
        NodePackage.EnsureInstalledAsync(folder).GetAwaiter().GetResult();
        return folder;
    }

    // Walks up from the test binaries to the repository's tests/{project}/{folder}.
    private string FindSourceDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", _project, _folder);
            if (File.Exists(Path.Combine(candidate, "package-lock.json")) && File.Exists(Path.Combine(candidate, _script)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"Could not find tests/{_project}/{_folder} (package-lock.json + {_script}) above {AppContext.BaseDirectory}.");
    }
}
