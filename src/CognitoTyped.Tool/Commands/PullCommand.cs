using System.Text.Json.Nodes;
using CognitoTyped.Tool.Model;

namespace CognitoTyped.Tool.Commands;

/// <summary>
/// <c>pull</c>: writes cognito.json from deployed pools, in AWS's vocabulary, AWS defaults left out, never an ID or secret;
/// the file is checked with the generator's parser before it is written, so the build accepts it with no diagnostic.
/// </summary>
internal sealed class PullCommand : ICommand
{
    /// <summary>The scopes every pool has; other scopes come from its resource servers.</summary>
    private static readonly string[] s_standardScopes = ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"];

    public string Summary => "Writes cognito.json from deployed user pools (DescribeUserPool, every app client, groups, resource servers,\nand the identity pool when given): AWS's vocabulary, AWS defaults left out, stable order, never an ID or secret.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--user-pool-id", "[NAME=]ID", "the user pool to read; NAME is its C# name in cognito.json (default: --name, else its PoolName)", Repeatable: true),
        new("--name", "NAME", "the C# name of the pool when one --user-pool-id is given without NAME="),
        new("--identity-pool-id", "[NAME=]ID", "the identity pool that trusts the user pool NAME (the only one when NAME is left out)", Repeatable: true),
        new("--namespace", "NAMESPACE", "the C# namespace to write into cognito.json (default: the project's root namespace)"),
        new("--output", "FILE", "where to write (default cognito.json; '-' for stdout)"),
        .. CommonOptions.Connection,
    ];

    public async Task<int> RunAsync(ParsedArguments arguments, TextWriter stdout, TextWriter stderr, ToolContext context, CancellationToken cancellationToken)
    {
        var pools = arguments.NamedIds("--user-pool-id");
        if (pools.Count == 0)
        {
            throw new ToolException("pull needs --user-pool-id (see 'cognito-typed pull --help')");
        }

        var name = arguments.Value("--name");
        if (name is not null && pools.Count > 1)
        {
            throw new ToolException("--name names one pool; with several --user-pool-id give each as NAME=ID");
        }

        var identityPools = arguments.NamedIds("--identity-pool-id");
        if (identityPools.Any(pair => pair.Name is null) && pools.Count > 1)
        {
            throw new ToolException("with several --user-pool-id give --identity-pool-id as NAME=ID");
        }

        var connection = CognitoConnection.Create(arguments, context);
        var root = new JsonObject();
        if (arguments.Value("--namespace") is { } ns)
        {
            root["Namespace"] = ns;
        }

        var written = new JsonArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (givenName, userPoolId) in pools)
        {
            var region = connection.RegionFor(userPoolId);
            using var idp = connection.IdentityProvider(region);
            using var identity = connection.Identity(region);
            var poolName = givenName ?? name;
            var identityPoolId = identityPools.FirstOrDefault(pair => pair.Name is null || pair.Name == (poolName ?? pair.Name)).Id;
            var snapshot = await DeployedPoolReader.ReadAsync(idp, identity, userPoolId, poolName, identityPoolId, stderr, cancellationToken).ConfigureAwait(false);
            if (!names.Add(snapshot.Name))
            {
                throw new ToolException($"two pools would be named '{snapshot.Name}' in cognito.json; give each --user-pool-id as NAME=ID");
            }

            if (!snapshot.ResourceServersKnown)
            {
                DropUnknownScopes(snapshot, stderr);
            }

            written.Add(snapshot.ToCognitoJson());
            await stderr.WriteLineAsync($"read user pool {snapshot.Name} ({userPoolId}): {snapshot.Attributes.Count} declared attributes, {snapshot.Clients.Count} clients, {snapshot.Groups.Count} groups, {snapshot.ResourceServers.Count} resource servers{(snapshot.IdentityPool is null ? string.Empty : ", identity pool")}").ConfigureAwait(false);
        }

        foreach (var (identityName, _) in identityPools)
        {
            if (identityName is not null && !names.Contains(identityName))
            {
                throw new ToolException($"--identity-pool-id {identityName}=…: no --user-pool-id is named '{identityName}'");
            }
        }

        root["UserPools"] = written;
        var text = Json.Write(root);
        var output = arguments.Value("--output") ?? "cognito.json";
        var diagnostics = CognitoJsonFile.Diagnose(output == "-" ? "cognito.json" : output, text, out _);
        if (diagnostics.Count > 0)
        {
            throw new ToolException("the pulled pool is not one the generator accepts, so nothing was written: " + diagnostics[0]);
        }

        if (output == "-")
        {
            await stdout.WriteAsync(text).ConfigureAwait(false);
        }
        else
        {
            var path = context.FullPath(output);
            await File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
            await stderr.WriteLineAsync($"wrote {path}").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Without the pool's resource servers (an endpoint without ListResourceServers), a client's custom scopes name nothing the
    /// file defines and the generator would reject it: they are left out, each named in a warning.
    /// </summary>
    private static void DropUnknownScopes(PoolSnapshot snapshot, TextWriter stderr)
    {
        foreach (var (clientName, client) in snapshot.Clients)
        {
            if (client["AllowedOAuthScopes"] is not JsonArray scopes)
            {
                continue;
            }

            var kept = scopes.Where(scope => s_standardScopes.Contains(Normalizer.Text(scope))).Select(scope => scope?.DeepClone()).ToArray();
            foreach (var dropped in scopes.Select(Normalizer.Text).Where(scope => !s_standardScopes.Contains(scope)))
            {
                stderr.WriteLine($"warning: client {clientName}: scope '{dropped}' left out (its resource server could not be read)");
            }

            if (kept.Length == 0)
            {
                client.Remove("AllowedOAuthScopes");
            }
            else
            {
                client["AllowedOAuthScopes"] = new JsonArray(kept);
            }
        }
    }
}
