using System.Text.Json.Nodes;
using CognitoTyped.Emulator;

namespace CognitoTyped.ServiceModel.Tests.Conformance;

/// <summary>
/// AWS's SDK for JavaScript v3 (<c>js-sdk/package-lock.json</c>: client-cognito-identity-provider, client-cognito-identity,
/// and AWS's SigV4 signer), installed by the test with <c>npm ci</c> and driven by <c>js-sdk/conformance.js</c> in one node
/// process per batch.
/// </summary>
/// <remarks>Never skips: a missing node, a failed install or a crashing script fails the test with the reason.</remarks>
internal static class JsSdk
{
    private const string FolderName = "js-sdk";

    private static readonly Lazy<string> Installed = new(InstallOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Sends <paramref name="input"/> (see conformance.js) and returns what the script wrote.</summary>
    public static async Task<JsonObject> RunAsync(JsonObject input)
    {
        var output = await NodePackage.RunScriptAsync(["conformance.js"], Installed.Value, input.ToJsonString(), TimeSpan.FromMinutes(10));
        return JsonNode.Parse(output)?.AsObject() ?? throw new InvalidOperationException("conformance.js wrote nothing.");
    }

    private static string InstallOnce()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "tests", "CognitoTyped.ServiceModel.Tests", FolderName);
        if (!File.Exists(Path.Combine(folder, "package-lock.json")))
        {
            throw new InvalidOperationException($"{folder} has no package-lock.json: the JS SDK cannot be installed.");
        }

        NodePackage.EnsureInstalledAsync(folder).GetAwaiter().GetResult();
        return folder;
    }
}
