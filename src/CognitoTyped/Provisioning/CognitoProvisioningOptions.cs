namespace CognitoTyped.Provisioning;

/// <summary>How <see cref="CognitoProvisioner"/> creates a pool.</summary>
public sealed class CognitoProvisioningOptions
{
    /// <summary>The name to create the pool under; default the definition's name.</summary>
    public string? PoolName { get; set; }

    /// <summary>
    /// Whether the pool's resource servers are created (before its app clients, whose scopes may name theirs). Default true. Set it
    /// to false only for an endpoint without <c>CreateResourceServer</c>, such as cognito-local 5.3.0: the clients are then created
    /// with scopes no resource server defines, which such an endpoint does not check.
    /// </summary>
    public bool CreateResourceServers { get; set; } = true;
}
