using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CognitoTyped.ServiceModel.Tests;

/// <summary>Committed files only: the tests run on a fresh clone, where AWS's original models are not present.</summary>
internal static class RepositoryFiles
{
    public static string TestDirectory([CallerFilePath] string callerPath = "") => Path.GetDirectoryName(callerPath)!;

    public static string Root => Path.GetFullPath(Path.Combine(TestDirectory(), "..", ".."));

    public static string FactsPath(string service) => Path.Combine(Root, "eng", "models", $"{service}.facts.json");

    public static string SyntheticPath(string file) => Path.Combine(TestDirectory(), "Synthetic", file);

    public static JsonDocument ReadFacts(string service) => JsonDocument.Parse(File.ReadAllText(FactsPath(service)));
}
