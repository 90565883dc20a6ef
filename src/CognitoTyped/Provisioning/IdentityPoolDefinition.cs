namespace CognitoTyped.Provisioning;

/// <summary>The identity pool declared with a user pool.</summary>
public sealed class IdentityPoolDefinition
{
    /// <summary>Creates the definition.</summary>
    /// <param name="allowUnauthenticatedIdentities">Whether guests get credentials.</param>
    /// <param name="createIdentityPoolJson">The <c>CreateIdentityPool</c> members from cognito.json, as JSON.</param>
    public IdentityPoolDefinition(bool allowUnauthenticatedIdentities, string? createIdentityPoolJson = null)
    {
        AllowUnauthenticatedIdentities = allowUnauthenticatedIdentities;
        CreateIdentityPoolJson = createIdentityPoolJson;
    }

    /// <summary>Whether guests get credentials.</summary>
    public bool AllowUnauthenticatedIdentities { get; }

    /// <summary>The <c>CreateIdentityPool</c> members from cognito.json, as JSON.</summary>
    public string? CreateIdentityPoolJson { get; }
}
