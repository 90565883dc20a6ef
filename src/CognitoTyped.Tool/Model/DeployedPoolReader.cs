using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoTyped.Identity;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tool.Model;

/// <summary>
/// Reads a deployed pool (DescribeUserPool, ListUserPoolClients + DescribeUserPoolClient, ListGroups, ListResourceServers,
/// DescribeIdentityPool) into a <see cref="PoolSnapshot"/>. IDs and secrets are dropped on the way in, never written out.
/// </summary>
internal static class DeployedPoolReader
{
    public static async Task<PoolSnapshot> ReadAsync(CognitoIdentityProviderClient idp, CognitoIdentityClient? identity, string userPoolId, string? name, string? identityPoolId, TextWriter log, CancellationToken cancellationToken)
    {
        var described = await idp.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = userPoolId }, cancellationToken).ConfigureAwait(false);
        var pool = ToJson(described, DescribeUserPoolIdentityProviderJsonContext.Default.DescribeUserPoolResponse)["UserPool"] as JsonObject
            ?? throw new ToolException($"DescribeUserPool returned no pool for {userPoolId}");
        var poolName = Normalizer.Text(pool["Name"]) ?? userPoolId;
        var snapshot = new PoolSnapshot(name ?? poolName, poolName) { Settings = Normalizer.PoolSettings(pool) };
        snapshot.AddSchema(pool["SchemaAttributes"] as JsonArray);

        await foreach (var listed in idp.ListUserPoolClientsPaginateAsync(new ListUserPoolClientsRequest { UserPoolId = userPoolId, MaxResults = 60 }, cancellationToken).ConfigureAwait(false))
        {
            var response = await idp.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = userPoolId, ClientId = listed.ClientId }, cancellationToken).ConfigureAwait(false);
            var client = ToJson(response, DescribeUserPoolClientIdentityProviderJsonContext.Default.DescribeUserPoolClientResponse)["UserPoolClient"] as JsonObject
                ?? throw new ToolException($"DescribeUserPoolClient returned no client in {userPoolId}");
            var clientName = Normalizer.Text(client["ClientName"]) ?? string.Empty;
            if (snapshot.Clients.ContainsKey(clientName))
            {
                throw new ToolException($"user pool {userPoolId} has two app clients named '{clientName}'; cognito.json names clients uniquely (rename one in Cognito)");
            }

            snapshot.Clients[clientName] = Normalizer.Client(client);
        }

        await foreach (var group in idp.ListGroupsPaginateAsync(new ListGroupsRequest { UserPoolId = userPoolId, Limit = 60 }, cancellationToken).ConfigureAwait(false))
        {
            var json = ToJson(group, ListGroupsIdentityProviderJsonContext.Default.GroupType);
            snapshot.Groups[group.GroupName ?? string.Empty] = Normalizer.Group(json);
        }

        try
        {
            await foreach (var server in idp.ListResourceServersPaginateAsync(new ListResourceServersRequest { UserPoolId = userPoolId, MaxResults = 50 }, cancellationToken).ConfigureAwait(false))
            {
                snapshot.ResourceServers[server.Identifier ?? string.Empty] = Normalizer.ResourceServer(ToJson(server, ListResourceServersIdentityProviderJsonContext.Default.ResourceServerType));
            }
        }
        catch (CognitoServiceException exception) when (IsUnsupported(exception))
        {
            snapshot.ResourceServersKnown = false;
            log.WriteLine($"warning: resource servers of {userPoolId} not read: the endpoint does not support ListResourceServers ({exception.ErrorCode})");
        }

        if (identityPoolId is not null)
        {
            if (identity is null)
            {
                throw new InvalidOperationException("An identity pool ID needs a cognito-identity client.");
            }

            var identityPool = await identity.DescribeIdentityPoolAsync(new DescribeIdentityPoolRequest { IdentityPoolId = identityPoolId }, cancellationToken).ConfigureAwait(false);
            snapshot.IdentityPool = Normalizer.IdentityPool(ToJson(identityPool, DescribeIdentityPoolIdentityJsonContext.Default.DescribeIdentityPoolResponse));
        }

        return snapshot;
    }

    /// <summary>
    /// Whether the endpoint said it does not have the operation at all (cognito-local's <c>CognitoLocal#Unsupported</c>, AWS's
    /// <c>UnknownOperationException</c>): only then is a missing answer not an error.
    /// </summary>
    internal static bool IsUnsupported(CognitoServiceException exception)
        => exception.ErrorCode is "Unsupported" or "UnknownOperationException" or "UnsupportedOperationException" or "UnsupportedOperation";

    private static JsonObject ToJson<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        => JsonSerializer.SerializeToNode(value, type) as JsonObject ?? [];
}
