namespace CognitoTyped;

/// <summary>
/// What an <see cref="ICognitoTokenStore"/> keeps for one user: the tokens and, when the user signed in on a remembered device,
/// that device (its password is a credential too). <see cref="ToString"/> never shows either.
/// </summary>
public sealed class CognitoStoredTokens
{
    /// <summary>Creates the entry.</summary>
    /// <param name="tokens">The user's tokens (with the refresh token to restart from).</param>
    /// <param name="device">The remembered device the tokens were issued on, or null.</param>
    public CognitoStoredTokens(CognitoTokens tokens, CognitoDevice? device = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        Tokens = tokens;
        Device = device;
    }

    /// <summary>The user's tokens.</summary>
    public CognitoTokens Tokens { get; }

    /// <summary>The remembered device the tokens were issued on, or null.</summary>
    public CognitoDevice? Device { get; }

    /// <inheritdoc />
    public override string ToString() => $"CognitoStoredTokens {{ {Tokens}, Device = {(Device is null ? "(none)" : "***")} }}";
}
