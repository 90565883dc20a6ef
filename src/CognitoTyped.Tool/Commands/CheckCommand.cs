using System.Text.Json.Nodes;
using CognitoTyped.Generators.Model;
using CognitoTyped.Tool.Model;

namespace CognitoTyped.Tool.Commands;

/// <summary><c>check</c>: compares cognito.json with the deployed pools; exit 0 in step, 1 with a per-member diff on drift.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Summary => "Compares cognito.json with the deployed user pools member by member (attributes, clients, groups, resource\nservers, pool settings, identity pool). Exit 0 when in step, 1 with a diff when they drifted.\nA pool without --user-pool-id is found by its PoolName.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--config", "FILE", "the cognito.json to compare (default cognito.json)"),
        new("--user-pool-id", "[NAME=]ID", "the deployed pool of cognito.json's pool NAME (bare ID: the file's only pool)", Repeatable: true),
        new("--identity-pool-id", "[NAME=]ID", "the deployed identity pool of pool NAME, to compare it too", Repeatable: true),
        new("--format", "text|json", "the diff as text for people (default) or JSON for machines"),
        .. CommonOptions.Connection,
    ];

    public async Task<int> RunAsync(ParsedArguments arguments, TextWriter stdout, TextWriter stderr, ToolContext context, CancellationToken cancellationToken)
    {
        var format = arguments.Value("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new ToolException($"--format '{format}' is not text or json");
        }

        var model = CognitoJsonFile.Read(context.FullPath(arguments.Value("--config") ?? "cognito.json"));
        var results = await CompareAsync(model, arguments, context, stderr, cancellationToken).ConfigureAwait(false);
        var drift = results.Any(result => !result.InStep);
        await stdout.WriteAsync(format == "json" ? ToJson(results, drift) : ToText(results)).ConfigureAwait(false);
        return drift ? ExitCodes.Drift : ExitCodes.Ok;
    }

    /// <summary>Compares every pool of cognito.json with its deployed pool (shared with <c>apply</c>, which reports what it left alone).</summary>
    internal static async Task<List<PoolComparison>> CompareAsync(CognitoFileModel model, ParsedArguments arguments, ToolContext context, TextWriter stderr, CancellationToken cancellationToken)
    {
        var connection = CognitoConnection.Create(arguments, context);
        var given = PoolTargets.Given(arguments, "--user-pool-id", model);
        var identityPools = PoolTargets.Given(arguments, "--identity-pool-id", model);
        var results = new List<PoolComparison>();
        foreach (var pool in model.Pools)
        {
            var expected = CognitoJsonFile.Snapshot(pool);
            given.TryGetValue(pool.Name, out var userPoolId);
            var region = connection.RegionFor(userPoolId);
            using var idp = connection.IdentityProvider(region);
            using var identity = connection.Identity(region);
            userPoolId ??= await PoolTargets.FindByNameAsync(idp, expected.PoolName, "--user-pool-id", cancellationToken).ConfigureAwait(false);
            if (userPoolId is null)
            {
                results.Add(new PoolComparison(pool.Name, null, [new Change(ChangeKind.Missing, "user pool " + expected.PoolName, null, null, null)], []));
                continue;
            }

            identityPools.TryGetValue(pool.Name, out var identityPoolId);
            var actual = await DeployedPoolReader.ReadAsync(idp, identity, userPoolId, pool.Name, identityPoolId, stderr, cancellationToken).ConfigureAwait(false);
            var notes = new List<string>();
            if (!actual.ResourceServersKnown)
            {
                notes.Add("resource servers not compared: the endpoint does not support ListResourceServers");
            }

            if (expected.IdentityPool is not null && identityPoolId is null)
            {
                notes.Add($"identity pool not compared: pass --identity-pool-id {pool.Name}=ID");
            }

            results.Add(new PoolComparison(pool.Name, userPoolId, Drift.Compare(expected, actual), notes));
        }

        return results;
    }

    internal static string ToText(IEnumerable<PoolComparison> results)
    {
        var text = new System.Text.StringBuilder();
        foreach (var result in results)
        {
            var where = result.UserPoolId is null ? "not deployed" : result.UserPoolId;
            if (result.InStep)
            {
                text.Append(result.Name).Append(" (").Append(where).Append("): in step\n");
            }
            else
            {
                text.Append(result.Name).Append(" (").Append(where).Append("): ").Append(result.Changes.Count).Append(result.Changes.Count == 1 ? " difference" : " differences")
                    .Append(" (- only in cognito.json, + only deployed, ~ different)\n");
                foreach (var change in result.Changes)
                {
                    text.Append("  ").Append(change.Describe()).Append('\n');
                }
            }

            foreach (var note in result.Notes)
            {
                text.Append("  note: ").Append(note).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string ToJson(IEnumerable<PoolComparison> results, bool drift)
    {
        var pools = new JsonArray();
        foreach (var result in results)
        {
            var changes = new JsonArray();
            foreach (var change in result.Changes)
            {
                changes.Add(new JsonObject
                {
                    ["kind"] = change.Kind switch { ChangeKind.Missing => "missing", ChangeKind.Extra => "extra", _ => "changed" },
                    ["entity"] = change.Entity,
                    ["member"] = change.Member,
                    ["expected"] = change.Expected?.DeepClone(),
                    ["actual"] = change.Actual?.DeepClone(),
                    ["text"] = change.Describe(),
                });
            }

            pools.Add(new JsonObject
            {
                ["name"] = result.Name,
                ["userPoolId"] = result.UserPoolId,
                ["inStep"] = result.InStep,
                ["changes"] = changes,
                ["notes"] = new JsonArray([.. result.Notes.Select(note => (JsonNode?)note)]),
            });
        }

        return Json.Write(new JsonObject { ["inStep"] = !drift, ["pools"] = pools });
    }
}

/// <summary>One pool of cognito.json against its deployed pool (null ID: not deployed).</summary>
internal sealed record PoolComparison(string Name, string? UserPoolId, List<Change> Changes, List<string> Notes)
{
    public bool InStep => Changes.Count == 0;
}
