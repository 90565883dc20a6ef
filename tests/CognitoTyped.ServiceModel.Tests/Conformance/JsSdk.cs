using System.Text.Json.Nodes;
using CognitoTyped.Testing;

namespace CognitoTyped.ServiceModel.Tests.Conformance;

/// <summary>
/// AWS's SDK for JavaScript v3 (<c>js-sdk/package-lock.json</c>: client-cognito-identity-provider, client-cognito-identity,
/// and AWS's SigV4 signer), installed by the test with <c>npm ci</c> and driven by <c>js-sdk/conformance.js</c> in one node
/// process per batch.
/// </summary>
/// <remarks>Never skips: a missing node, a failed install or a crashing script fails the test with the reason.</remarks>
internal static class JsSdk
{
    private static readonly NodeOracle Oracle = new("CognitoTyped.ServiceModel.Tests", "js-sdk", "conformance.js");

    /// <summary>Sends <paramref name="input"/> (see conformance.js) and returns what the script wrote.</summary>
    public static async Task<JsonObject> RunAsync(JsonObject input)
    {
        var output = await Oracle.RunAsync(input.ToJsonString());
        return JsonNode.Parse(output)?.AsObject() ?? throw new InvalidOperationException("conformance.js wrote nothing.");
    }
}
