using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Provisioning;

/// <summary>
/// Creates a user pool, its app clients and groups from a <see cref="UserPoolDefinition"/> on any cognito-idp endpoint
/// (signed admin calls): for dev/test pools and emulators such as cognito-local.
/// </summary>
public static class CognitoProvisioner
{
    /// <summary>Creates the pool, then its resource servers, clients and groups.</summary>
    /// <param name="definition">What to create.</param>
    /// <param name="admin">A client with AWS credentials allowed to create pools.</param>
    /// <param name="poolName">The name to create the pool under; default the definition's name.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The IDs (and secrets) of what was created.</returns>
    public static Task<ProvisionedUserPool> ProvisionAsync(UserPoolDefinition definition, CognitoIdentityProviderClient admin, string? poolName = null, CancellationToken cancellationToken = default)
        => ProvisionAsync(definition, admin, new CognitoProvisioningOptions { PoolName = poolName }, cancellationToken);

    /// <summary>Creates the pool, then its resource servers (unless <paramref name="options"/> says not to), clients and groups.</summary>
    /// <param name="definition">What to create.</param>
    /// <param name="admin">A client with AWS credentials allowed to create pools.</param>
    /// <param name="options">The pool's name and what to create.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The IDs (and secrets) of what was created.</returns>
    public static async Task<ProvisionedUserPool> ProvisionAsync(UserPoolDefinition definition, CognitoIdentityProviderClient admin, CognitoProvisioningOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(options);
        var created = await admin.CreateUserPoolAsync(definition.ToCreateUserPoolRequest(options.PoolName), cancellationToken).ConfigureAwait(false);
        var userPoolId = created.UserPool?.Id ?? throw new CognitoProtocolException("CreateUserPool returned no pool ID.");
        if (options.CreateResourceServers)
        {
            foreach (var server in definition.ResourceServers)
            {
                _ = await admin.CreateResourceServerAsync(server.ToRequest(userPoolId), cancellationToken).ConfigureAwait(false);
            }
        }

        var clients = new Dictionary<string, ProvisionedClient>(StringComparer.Ordinal);
        foreach (var client in definition.Clients)
        {
            var response = await admin.CreateUserPoolClientAsync(client.ToRequest(userPoolId), cancellationToken).ConfigureAwait(false);
            var clientId = response.UserPoolClient?.ClientId ?? throw new CognitoProtocolException("CreateUserPoolClient returned no client ID.");
            clients[client.ClientName] = new ProvisionedClient(client.ClientName, clientId, response.UserPoolClient.ClientSecret);
        }

        foreach (var group in definition.Groups)
        {
            _ = await admin.CreateGroupAsync(group.ToRequest(userPoolId), cancellationToken).ConfigureAwait(false);
        }

        return new ProvisionedUserPool(definition.Name, userPoolId, admin.Region, clients);
    }
}
