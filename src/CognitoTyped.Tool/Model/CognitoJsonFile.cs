using System.Globalization;
using System.Text.Json.Nodes;
using CognitoTyped.Generators;
using CognitoTyped.Generators.Model;

namespace CognitoTyped.Tool.Model;

/// <summary>
/// cognito.json read by the generator's own parser: the same rules, the same diagnostics (CTY01xx, with line and column),
/// so a file the tool accepts is a file the build accepts, and the other way round.
/// </summary>
internal static class CognitoJsonFile
{
    /// <summary>The generator's diagnostics for a cognito.json text; empty when the build would accept it.</summary>
    public static IReadOnlyList<string> Diagnose(string path, string text, out CognitoFileModel? model)
    {
        var result = CognitoGenerator.Parser.ParseSafely(new CognitoFileText(path, text), CancellationToken.None);
        model = result.Value;
        return [.. result.Diagnostics.Select(Format)];
    }

    /// <summary>Reads and validates cognito.json; a file the generator rejects is an error that names its first diagnostic.</summary>
    public static CognitoFileModel Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ToolException($"cannot read {path}: {exception.Message}");
        }

        var diagnostics = Diagnose(path, text, out var model);
        if (diagnostics.Count > 0 || model is null)
        {
            var more = diagnostics.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {diagnostics.Count - 1} more; `dotnet build` lists them all)") : string.Empty;
            throw new ToolException((diagnostics.Count > 0 ? diagnostics[0] : path + ": the generator did not accept it") + more);
        }

        return model;
    }

    /// <summary>A pool of cognito.json in canonical form.</summary>
    public static PoolSnapshot Snapshot(UserPoolModel pool)
    {
        var request = JsonNode.Parse(pool.CreateUserPoolJson) as JsonObject ?? [];
        var snapshot = new PoolSnapshot(pool.Name, Normalizer.Text(request["PoolName"]) ?? pool.Name)
        {
            Settings = Normalizer.PoolSettings(request),
        };
        snapshot.AddSchema(request["Schema"] as JsonArray);
        foreach (var client in pool.Clients)
        {
            snapshot.Clients[client.Name] = Normalizer.Client(Parse(client.CreateUserPoolClientJson, "ClientName", client.Name));
        }

        foreach (var group in pool.Groups)
        {
            snapshot.Groups[group.Name] = Normalizer.Group(group.CreateGroupJson is null ? new JsonObject { ["GroupName"] = group.Name } : Parse(group.CreateGroupJson, "GroupName", group.Name));
        }

        foreach (var server in pool.ResourceServers)
        {
            snapshot.ResourceServers[server.Identifier] = Normalizer.ResourceServer(Parse(server.CreateResourceServerJson, "Identifier", server.Identifier));
        }

        if (pool.IdentityPool is { } identity)
        {
            var json = identity.CreateIdentityPoolJson is null ? new JsonObject() : (JsonNode.Parse(identity.CreateIdentityPoolJson) as JsonObject ?? []);
            json["AllowUnauthenticatedIdentities"] = identity.AllowUnauthenticatedIdentities;
            snapshot.IdentityPool = Normalizer.IdentityPool(json);
        }

        return snapshot;
    }

    private static JsonObject Parse(string json, string nameMember, string name)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? [];
        node[nameMember] ??= name;
        return node;
    }

    private static string Format(DiagnosticInfo diagnostic)
    {
        var descriptor = CognitoTyped.Generators.Diagnostics.DiagnosticDescriptors.ById(diagnostic.Id);
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), [.. diagnostic.Arguments]);
        var start = diagnostic.Location.LineSpan.Start;
        return string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Location.FilePath}({start.Line + 1},{start.Character + 1}): {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} {diagnostic.Id}: {message}");
    }
}
