using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Provisioning;

/// <summary>
/// Creates a user pool, its app clients and groups from a <see cref="UserPoolDefinition"/> on any cognito-idp endpoint
/// (signed admin calls): for dev/test pools and emulators such as cognito-local.
/// </summary>
public static class CognitoProvisioner
{
    /// <summary>Creates the pool, then its clients and groups.</summary>
    /// <param name="definition">What to create.</param>
    /// <param name="admin">A client with AWS credentials allowed to create pools.</param>
    /// <param name="poolName">The name to create the pool under; default the definition's name.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The IDs (and secrets) of what was created.</returns>
    public static async Task<ProvisionedUserPool> ProvisionAsync(UserPoolDefinition definition, CognitoIdentityProviderClient admin, string? poolName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(admin);
        var created = await admin.CreateUserPoolAsync(definition.ToCreateUserPoolRequest(poolName), cancellationToken).ConfigureAwait(false);
        var userPoolId = created.UserPool?.Id ?? throw new CognitoProtocolException("CreateUserPool returned no pool ID.");
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
