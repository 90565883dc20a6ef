namespace CognitoTyped.ServiceModel.Generation;

/// <summary>A file the generator writes: its path under the runtime's project directory (with <c>/</c>) and its text.</summary>
internal sealed record GeneratedFile(string Path, string Text);

/// <summary>
/// Turns the committed facts of both services into the runtime's wire layer: shapes, enums, operations, JSON contexts and
/// exceptions. Pure: facts text in, files out, so a test can compare a fresh run with the committed files.
/// </summary>
internal static class WireGenerator
{
    /// <summary>The folders under the runtime's project directory the generator writes into.</summary>
    public static IReadOnlyList<string> OutputFolders { get; } = [.. ServiceTarget.All.Select(target => target.Folder), "Errors"];

    /// <summary>Generates every file from the facts files' text, keyed by <see cref="ServiceTarget.FactsFile"/>.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(IReadOnlyDictionary<string, string> factsByFile)
    {
        var services = ServiceTarget.All
            .Select(target => ServiceFacts.Read(target, factsByFile[target.FactsFile]))
            .ToList();
        var files = new List<GeneratedFile>();
        foreach (var facts in services)
        {
            var target = facts.Target;
            var source = $"eng/models/{target.FactsFile}";
            files.Add(new($"{target.Folder}/{target.InterfaceName}.g.cs", ClientEmitter.WriteInterface(facts, source)));
            files.Add(new($"{target.Folder}/{target.ClientName}.Operations.g.cs", ClientEmitter.WriteOperations(facts, source)));
            files.Add(new($"{target.Folder}/{target.ClientName}.Paginators.g.cs", ClientEmitter.WritePaginators(facts, source)));
            files.Add(new($"{target.Folder}/{target.ContextName}.g.cs", ClientEmitter.WriteJsonContext(facts, source)));
            files.Add(new($"{target.Folder}/Structures.g.cs", ShapeEmitter.WriteStructures(facts, source)));
            files.Add(new($"{target.Folder}/Enums.g.cs", ShapeEmitter.WriteEnums(facts, source)));
        }

        var allSources = string.Join(" and ", ServiceTarget.All.Select(target => $"eng/models/{target.FactsFile}"));
        files.Add(new("Errors/CognitoExceptions.g.cs", ErrorEmitter.WriteExceptions(services, allSources)));
        return files;
    }

    /// <summary>Reads the facts files from <paramref name="modelsDirectory"/> and generates every file.</summary>
    public static IReadOnlyList<GeneratedFile> GenerateFrom(string modelsDirectory)
        => Generate(ServiceTarget.All.ToDictionary(
            target => target.FactsFile,
            target => File.ReadAllText(Path.Combine(modelsDirectory, target.FactsFile)),
            StringComparer.Ordinal));

    /// <summary>
    /// Files under the output folders that say they come from this generator but that it no longer writes (a renamed
    /// file, say): the command deletes them and the regeneration test fails on them.
    /// </summary>
    public static IReadOnlyList<string> StaleFiles(string outputDirectory, IReadOnlyList<GeneratedFile> files)
    {
        var written = files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        return OutputFolders
            .Select(folder => Path.Combine(outputDirectory, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(outputDirectory, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Where(path => !written.Contains(path) && File.ReadAllText(Path.Combine(outputDirectory, path)).Contains(CodeWriter.Marker, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
