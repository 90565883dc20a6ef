namespace CognitoTyped.Provisioning;

/// <summary>A pool created by <see cref="CognitoProvisioner"/>.</summary>
/// <param name="Name">The pool's name in cognito.json.</param>
/// <param name="UserPoolId">The new pool's ID.</param>
/// <param name="Region">The region it was created in.</param>
/// <param name="Clients">The created app clients by name.</param>
public sealed record ProvisionedUserPool(string Name, string UserPoolId, string Region, IReadOnlyDictionary<string, ProvisionedClient> Clients)
{
    /// <summary>The created app client of that name.</summary>
    /// <param name="clientName">The client's name in cognito.json.</param>
    /// <returns>Its ID and secret.</returns>
    public ProvisionedClient Client(string clientName)
        => Clients.TryGetValue(clientName, out var client) ? client : throw new KeyNotFoundException($"No app client named '{clientName}' was provisioned.");
}
