using System.Text.Json.Nodes;
using CognitoTyped.Generators.Model;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Provisioning;
using CognitoTyped.Tool.Model;

namespace CognitoTyped.Tool.Commands;

/// <summary>
/// <c>apply</c>: creates what cognito.json declares and the account lacks (pools by PoolName, resource servers by Identifier,
/// clients by ClientName, groups by GroupName) with the runtime's provisioning definitions, never deletes or changes anything,
/// reports what differs like <c>check</c> (exit 1), and prints the configuration keys the app reads.
/// </summary>
internal sealed class ApplyCommand : ICommand
{
    public string Summary => "Creates what cognito.json declares and the deployed pools lack: user pools (matched by PoolName), resource servers,\napp clients (by ClientName) and groups. Never deletes or changes an existing resource: what differs is reported\nas by 'check' (exit 1). Prints the configuration keys (Cognito:{Pool}:UserPoolId=…, Cognito:{Pool}:Clients:{Client}:ClientId=…)\non stdout; client secrets only with --show-secrets, or stored with --user-secrets.";

    public IReadOnlyList<OptionSpec> Options { get; } =
    [
        new("--config", "FILE", "the cognito.json to apply (default cognito.json)"),
        new("--user-pool-id", "[NAME=]ID", "use this deployed pool for cognito.json's pool NAME instead of finding it by PoolName", Repeatable: true),
        new("--user-secrets", "PROJECT", "store the keys (secrets included) with 'dotnet user-secrets set' in PROJECT instead of printing secrets"),
        new("--show-secrets", null, "print app client secrets on stdout too (they are hidden otherwise)"),
        .. CommonOptions.Connection,
    ];

    public async Task<int> RunAsync(ParsedArguments arguments, TextWriter stdout, TextWriter stderr, ToolContext context, CancellationToken cancellationToken)
    {
        var model = CognitoJsonFile.Read(context.FullPath(arguments.Value("--config") ?? "cognito.json"));
        var connection = CognitoConnection.Create(arguments, context);
        var given = PoolTargets.Given(arguments, "--user-pool-id", model);
        var userSecretsProject = arguments.Value("--user-secrets");
        var wantSecrets = userSecretsProject is not null || arguments.Flag("--show-secrets");
        var keys = new List<(string Key, string Value, bool Secret)>();
        var poolIds = new List<string>();
        foreach (var pool in model.Pools)
        {
            given.TryGetValue(pool.Name, out var userPoolId);
            var region = connection.RegionFor(userPoolId);
            using var idp = connection.IdentityProvider(region);
            var definition = Definition(pool);
            var poolName = definition.ToCreateUserPoolRequest().PoolName!;
            userPoolId ??= await PoolTargets.FindByNameAsync(idp, poolName, "--user-pool-id", cancellationToken).ConfigureAwait(false);
            if (userPoolId is null)
            {
                var created = await idp.CreateUserPoolAsync(definition.ToCreateUserPoolRequest(), cancellationToken).ConfigureAwait(false);
                userPoolId = created.UserPool?.Id ?? throw new ToolException("CreateUserPool returned no pool ID");
                await stderr.WriteLineAsync($"created user pool {poolName} ({userPoolId})").ConfigureAwait(false);
            }
            else
            {
                await stderr.WriteLineAsync($"user pool {poolName} exists ({userPoolId})").ConfigureAwait(false);
            }

            poolIds.Add(userPoolId);
            region = connection.RegionFor(userPoolId);
            var prefix = "Cognito:" + pool.Name + ":";
            keys.Add((prefix + "Region", region, false));
            keys.Add((prefix + "UserPoolId", userPoolId, false));
            if (connection.Endpoint is { } endpoint)
            {
                keys.Add((prefix + "ServiceUrl", endpoint.ToString(), false));
            }

            await CreateResourceServersAsync(idp, definition, userPoolId, stderr, cancellationToken).ConfigureAwait(false);
            foreach (var (clientName, clientId, secret) in await EnsureClientsAsync(idp, definition, userPoolId, wantSecrets, stderr, cancellationToken).ConfigureAwait(false))
            {
                keys.Add((prefix + "Clients:" + clientName + ":ClientId", clientId, false));
                if (secret is not null)
                {
                    keys.Add((prefix + "Clients:" + clientName + ":ClientSecret", secret, true));
                }
            }

            await CreateGroupsAsync(idp, definition, userPoolId, stderr, cancellationToken).ConfigureAwait(false);
            if (pool.IdentityPool is not null)
            {
                await stderr.WriteLineAsync($"note: the identity pool of {pool.Name} is not created by apply (create it in the console or with IaC, then pass it to check)").ConfigureAwait(false);
            }
        }

        if (userSecretsProject is not null)
        {
            await StoreUserSecretsAsync(context, userSecretsProject, keys, stderr, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, value, secret) in keys)
        {
            if (!secret || (userSecretsProject is null && arguments.Flag("--show-secrets")))
            {
                await stdout.WriteLineAsync(key + "=" + value).ConfigureAwait(false);
            }
        }

        // What existed already is left as it is; what differs from cognito.json is reported as check reports it.
        var pinned = model.Pools.Select((pool, index) => pool.Name + "=" + poolIds[index]).ToList();
        var comparisons = await CheckCommand.CompareAsync(model, WithPools(arguments, pinned), context, TextWriter.Null, cancellationToken).ConfigureAwait(false);
        if (comparisons.Any(result => !result.InStep))
        {
            await stderr.WriteAsync("apply created what was missing and changed nothing that exists; these differ from cognito.json:\n" + CheckCommand.ToText(comparisons.Where(result => !result.InStep))).ConfigureAwait(false);
            return ExitCodes.Drift;
        }

        return ExitCodes.Ok;
    }

    /// <summary>The runtime's provisioning definition of a pool, as the generator emits it ({Pool}Definition.UserPool).</summary>
    internal static UserPoolDefinition Definition(UserPoolModel pool) => new(
        pool.Name,
        pool.CreateUserPoolJson,
        [.. pool.Clients.Select(client => new UserPoolClientDefinition(client.Name, client.CreateUserPoolClientJson))],
        [.. pool.Groups.Select(group => new UserPoolGroupDefinition(group.Name, group.CreateGroupJson))],
        pool.IdentityPool is { } identity ? new IdentityPoolDefinition(identity.AllowUnauthenticatedIdentities, identity.CreateIdentityPoolJson) : null,
        [.. pool.ResourceServers.Select(server => new UserPoolResourceServerDefinition(server.Identifier, server.CreateResourceServerJson))]);

    private static async Task CreateResourceServersAsync(CognitoIdentityProviderClient idp, UserPoolDefinition definition, string userPoolId, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (definition.ResourceServers.Count == 0)
        {
            return;
        }

        var existing = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await foreach (var server in idp.ListResourceServersPaginateAsync(new ListResourceServersRequest { UserPoolId = userPoolId, MaxResults = 50 }, cancellationToken).ConfigureAwait(false))
            {
                existing.Add(server.Identifier ?? string.Empty);
            }
        }
        catch (CognitoServiceException exception) when (DeployedPoolReader.IsUnsupported(exception))
        {
            await stderr.WriteLineAsync($"warning: resource servers not created: the endpoint does not support them ({exception.ErrorCode})").ConfigureAwait(false);
            return;
        }

        foreach (var server in definition.ResourceServers.Where(server => !existing.Contains(server.Identifier)))
        {
            _ = await idp.CreateResourceServerAsync(server.ToRequest(userPoolId), cancellationToken).ConfigureAwait(false);
            await stderr.WriteLineAsync($"created resource server {server.Identifier}").ConfigureAwait(false);
        }
    }

    private static async Task<List<(string Name, string ClientId, string? Secret)>> EnsureClientsAsync(CognitoIdentityProviderClient idp, UserPoolDefinition definition, string userPoolId, bool wantSecrets, TextWriter stderr, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var client in idp.ListUserPoolClientsPaginateAsync(new ListUserPoolClientsRequest { UserPoolId = userPoolId, MaxResults = 60 }, cancellationToken).ConfigureAwait(false))
        {
            if (client.ClientName is { } name && client.ClientId is { } id && !existing.TryAdd(name, id))
            {
                throw new ToolException($"user pool {userPoolId} has two app clients named '{name}'; apply matches clients by name");
            }
        }

        var result = new List<(string, string, string?)>();
        foreach (var client in definition.Clients)
        {
            if (existing.TryGetValue(client.ClientName, out var clientId))
            {
                string? secret = null;
                if (wantSecrets)
                {
                    var described = await idp.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = userPoolId, ClientId = clientId }, cancellationToken).ConfigureAwait(false);
                    secret = described.UserPoolClient?.ClientSecret;
                }

                result.Add((client.ClientName, clientId, secret));
                continue;
            }

            var created = await idp.CreateUserPoolClientAsync(client.ToRequest(userPoolId), cancellationToken).ConfigureAwait(false);
            var createdClient = created.UserPoolClient ?? throw new ToolException("CreateUserPoolClient returned no client");
            await stderr.WriteLineAsync($"created app client {client.ClientName}").ConfigureAwait(false);
            result.Add((client.ClientName, createdClient.ClientId ?? throw new ToolException("CreateUserPoolClient returned no client ID"), wantSecrets ? createdClient.ClientSecret : null));
        }

        return result;
    }

    private static async Task CreateGroupsAsync(CognitoIdentityProviderClient idp, UserPoolDefinition definition, string userPoolId, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (definition.Groups.Count == 0)
        {
            return;
        }

        var existing = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var group in idp.ListGroupsPaginateAsync(new ListGroupsRequest { UserPoolId = userPoolId, Limit = 60 }, cancellationToken).ConfigureAwait(false))
        {
            existing.Add(group.GroupName ?? string.Empty);
        }

        foreach (var group in definition.Groups.Where(group => !existing.Contains(group.GroupName)))
        {
            _ = await idp.CreateGroupAsync(group.ToRequest(userPoolId), cancellationToken).ConfigureAwait(false);
            await stderr.WriteLineAsync($"created group {group.GroupName}").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stores the keys with <c>dotnet user-secrets</c>: <c>init</c> (a no-op when the project has a UserSecretsId), then
    /// <c>set</c> with the keys as JSON on stdin, so no secret is ever on a command line.
    /// </summary>
    private static async Task StoreUserSecretsAsync(ToolContext context, string project, List<(string Key, string Value, bool Secret)> keys, TextWriter stderr, CancellationToken cancellationToken)
    {
        var projectPath = context.FullPath(project);
        var (initExit, initOutput) = await context.RunDotnet(["user-secrets", "init", "--project", projectPath], context.WorkingDirectory, null, cancellationToken).ConfigureAwait(false);
        if (initExit != 0)
        {
            throw new ToolException($"dotnet user-secrets init --project {projectPath} failed (exit {initExit}): {initOutput.Trim()}");
        }

        var json = new JsonObject();
        foreach (var (key, value, _) in keys)
        {
            json[key] = value;
        }

        var (setExit, setOutput) = await context.RunDotnet(["user-secrets", "set", "--project", projectPath], context.WorkingDirectory, json.ToJsonString(), cancellationToken).ConfigureAwait(false);
        if (setExit != 0)
        {
            // Its output echoes no values for a JSON input; it is still not repeated here in full.
            throw new ToolException($"dotnet user-secrets set --project {projectPath} failed (exit {setExit})");
        }

        await stderr.WriteLineAsync($"stored {keys.Count} keys in the user secrets of {projectPath}").ConfigureAwait(false);
    }

    private static ParsedArguments WithPools(ParsedArguments arguments, IEnumerable<string> pools)
    {
        var list = new List<string>();
        foreach (var option in new[] { "--region", "--endpoint", "--identity-endpoint", "--profile" })
        {
            if (arguments.Value(option) is { } value)
            {
                list.Add(option);
                list.Add(value);
            }
        }

        if (arguments.Flag("--allow-insecure-http"))
        {
            list.Add("--allow-insecure-http");
        }

        foreach (var pool in pools)
        {
            list.Add("--user-pool-id");
            list.Add(pool);
        }

        return ParsedArguments.Parse("check", list, new CheckCommand().Options);
    }
}
