namespace CognitoTyped;

/// <summary>A user as GetUser returns it: the username and the attributes, as strings keyed by their Cognito names.</summary>
public sealed class CognitoUserData
{
    /// <summary>Creates the user data.</summary>
    /// <param name="username">The username.</param>
    /// <param name="attributes">The attributes keyed by Cognito name (<c>email</c>, <c>custom:tenant_id</c>, …).</param>
    /// <param name="preferredMfaSetting">The preferred MFA method, when set.</param>
    /// <param name="mfaMethods">The MFA methods the user has enabled.</param>
    public CognitoUserData(string username, IReadOnlyDictionary<string, string> attributes, string? preferredMfaSetting = null, IReadOnlyList<string>? mfaMethods = null)
    {
        Username = username;
        Attributes = attributes;
        PreferredMfaSetting = preferredMfaSetting;
        MfaMethods = mfaMethods ?? Array.Empty<string>();
    }

    /// <summary>The username.</summary>
    public string Username { get; }

    /// <summary>The attributes keyed by Cognito name (<c>email</c>, <c>custom:tenant_id</c>, …).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }

    /// <summary>The preferred MFA method, when set.</summary>
    public string? PreferredMfaSetting { get; }

    /// <summary>The MFA methods the user has enabled.</summary>
    public IReadOnlyList<string> MfaMethods { get; }

    /// <inheritdoc />
    public override string ToString() => $"CognitoUserData {{ Username = {Username}, Attributes = {Attributes.Count} }}";
}
