using System.ComponentModel;

namespace CognitoTyped.Generated;

/// <summary>
/// What generated attribute and group types read from a token's claims, without validating it. The decoding itself is
/// <see cref="CognitoJwt"/>'s. Public for generated code only; its members may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CognitoClaimReader
{
    /// <summary>The claim Cognito lists a user's groups in.</summary>
    public const string GroupsClaim = "cognito:groups";

    /// <summary>Claims that describe the token, not the user: never read as attributes.</summary>
    private static readonly HashSet<string> s_tokenClaims = new(StringComparer.Ordinal)
    {
        "iss", "aud", "exp", "iat", "nbf", "auth_time", "token_use", "jti", "origin_jti", "event_id", "at_hash", "nonce",
        "client_id", "scope", "username", "version", "cognito:username", GroupsClaim, "cognito:roles", "cognito:preferred_role",
    };

    /// <summary>The user-attribute claims of an ID token as Cognito names and strings.</summary>
    /// <param name="idToken">An ID token.</param>
    /// <returns>The attribute claims.</returns>
    /// <exception cref="FormatException">The value is not a JWT with a JSON-object payload.</exception>
    public static IEnumerable<KeyValuePair<string, string>> ReadAttributes(string idToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(idToken);
        var claims = CognitoJwt.TryReadClaims(idToken) ?? throw new FormatException("The value is not a JWT.");
        return claims.Where(claim => !s_tokenClaims.Contains(claim.Key)).ToList();
    }

    /// <summary>The groups in a token's <c>cognito:groups</c> claim.</summary>
    /// <param name="token">An ID or access token.</param>
    /// <returns>The group names; empty when the user is in none.</returns>
    /// <exception cref="FormatException">The value is not a JWT with a JSON-object payload.</exception>
    public static IReadOnlyList<string> ReadGroups(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return CognitoJwt.TryReadStringArrayClaim(token, GroupsClaim) ?? throw new FormatException("The value is not a JWT.");
    }

    /// <summary>Whether the signed-in user is in a group, by the ID token's <c>cognito:groups</c> claim.</summary>
    /// <param name="tokens">The user's tokens.</param>
    /// <param name="groupName">The group.</param>
    /// <returns>True when the user is in the group.</returns>
    /// <exception cref="FormatException">The ID token is not a JWT with a JSON-object payload.</exception>
    public static bool IsMember(CognitoTokens tokens, string groupName)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return ReadGroups(tokens.IdToken).Contains(groupName, StringComparer.Ordinal);
    }

    /// <summary>Whether a principal (e.g. from JWT bearer authentication) is in a group, by its <c>cognito:groups</c> claims.</summary>
    /// <param name="principal">The principal.</param>
    /// <param name="groupName">The group.</param>
    /// <returns>True when the principal is in the group.</returns>
    public static bool IsMember(System.Security.Claims.ClaimsPrincipal principal, string groupName)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(claim => claim.Type == GroupsClaim && string.Equals(claim.Value, groupName, StringComparison.Ordinal));
    }
}
