namespace CognitoTyped.Provisioning;

/// <summary>An app client created by <see cref="CognitoProvisioner"/>. <see cref="ToString"/> never shows the secret.</summary>
/// <param name="ClientName">The client's name.</param>
/// <param name="ClientId">Its ID.</param>
/// <param name="ClientSecret">Its secret, when generated with one.</param>
public sealed record ProvisionedClient(string ClientName, string ClientId, string? ClientSecret)
{
    /// <inheritdoc />
    public override string ToString() => $"ProvisionedClient {{ ClientName = {ClientName}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "(none)" : "***")} }}";
}
