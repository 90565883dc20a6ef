namespace CognitoTyped.Analyzers;

/// <summary>What a sink receives; each kind is one rule.</summary>
internal enum CredentialKind
{
    /// <summary>An app client ID (CTY0001).</summary>
    ClientId,

    /// <summary>A user's password (CTY0002).</summary>
    Password,

    /// <summary>An app client secret (CTY0003).</summary>
    ClientSecret,
}
