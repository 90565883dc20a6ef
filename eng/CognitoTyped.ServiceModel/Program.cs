using System.Text;
using System.Text.Json;

namespace CognitoTyped.ServiceModel;

/// <summary>
/// <c>extract</c> writes a facts file from an AWS service model; <c>verify</c> checks a committed facts file against a fresh
/// extraction; <c>generate</c> writes the runtime's wire layer from the committed facts files. Exit codes: 0 done / equal,
/// 1 the committed file differs, 2 bad usage or a model this tool cannot read.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          extract --model <service-2.json> [--paginators <paginators-1.json>] --output <facts.json>
          verify  --model <service-2.json> [--paginators <paginators-1.json>] --facts <facts.json>
          generate [--models <dir with the facts files, default eng/models>] [--output <runtime project dir, default src/CognitoTyped>]
        """;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static int Main(string[] args)
    {
        try
        {
            return Run(args);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Run(string[] args)
    {
        if (args.Length == 0 || !TryReadOptions(args.AsSpan(1), out var options))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var command = args[0];
        if (command == "generate")
        {
            return Generate(options);
        }

        var outputKey = command == "verify" ? "--facts" : "--output";
        if (command is not ("extract" or "verify")
            || !options.TryGetValue("--model", out var model)
            || !options.TryGetValue(outputKey, out var target)
            || options.Keys.Except(["--model", "--paginators", outputKey]).Any())
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var paginators = options.GetValueOrDefault("--paginators");
        var facts = FactsExtractor.Extract(File.ReadAllText(model), paginators is null ? null : File.ReadAllText(paginators));
        if (command == "extract")
        {
            File.WriteAllText(target, facts, Utf8NoBom);
            Console.WriteLine($"wrote {target}");
            return 0;
        }

        return Verify(target, facts);
    }

    private static int Generate(Dictionary<string, string> options)
    {
        if (options.Keys.Except(["--models", "--output"]).Any())
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var root = RepositoryRoot();
        var models = options.GetValueOrDefault("--models") ?? Path.Combine(root, "eng", "models");
        var output = options.GetValueOrDefault("--output") ?? Path.Combine(root, "src", "CognitoTyped");
        var files = Generation.WireGenerator.GenerateFrom(models);
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, Utf8NoBom);
            Console.WriteLine($"wrote {path}");
        }

        foreach (var stale in Generation.WireGenerator.StaleFiles(output, files))
        {
            File.Delete(Path.Combine(output, stale));
            Console.WriteLine($"deleted {stale}: generated before, no longer written");
        }

        return 0;
    }

    // `dotnet run --project` keeps the caller's directory: the defaults are found from the repository's root above it.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CognitoTyped.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidDataException("Run generate inside the repository, or pass --models and --output.");
    }

    private static int Verify(string committedPath, string fresh)
    {
        var committed = File.ReadAllText(committedPath);
        if (committed == fresh)
        {
            Console.WriteLine($"{committedPath} equals a fresh extraction");
            return 0;
        }

        var committedLines = committed.Split('\n');
        var freshLines = fresh.Split('\n');
        var line = 0;
        while (line < committedLines.Length && line < freshLines.Length && committedLines[line] == freshLines[line])
        {
            line++;
        }

        Console.Error.WriteLine($"{committedPath} differs from a fresh extraction, first at line {line + 1}:");
        Console.Error.WriteLine($"  committed: {(line < committedLines.Length ? committedLines[line] : "(end of file)")}");
        Console.Error.WriteLine($"  fresh:     {(line < freshLines.Length ? freshLines[line] : "(end of file)")}");
        Console.Error.WriteLine("Run the extract command (CONTRIBUTING.md, \"Service models\") and review the diff.");
        return 1;
    }

    private static bool TryReadOptions(ReadOnlySpan<string> args, out Dictionary<string, string> options)
    {
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (args.Length % 2 != 0)
        {
            return false;
        }

        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || !options.TryAdd(args[i], args[i + 1]))
            {
                return false;
            }
        }

        return true;
    }
}
