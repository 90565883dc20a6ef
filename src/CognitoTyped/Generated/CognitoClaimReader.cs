using System.ComponentModel;

namespace CognitoTyped.Generated;

/// <summary>
/// What generated attribute and group types read from claims. Attributes are read from an ID token without validating it
/// (the decoding itself is <see cref="CognitoJwt"/>'s); groups only from a validated token or a principal, never from token text.
/// Public for generated code only; its members may change between versions.
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

    /// <summary>The groups of a validated token's <c>cognito:groups</c> claim.</summary>
    /// <param name="token">A token that passed <see cref="CognitoTokenValidator"/>.</param>
    /// <returns>The group names; empty when the user is in none.</returns>
    /// <remarks>
    /// Groups are read only from a validated token or a principal an authentication handler built: the claims of a token
    /// nobody validated are whatever its sender wrote (an unsigned <c>alg: none</c> token can list any group).
    /// </remarks>
    public static IReadOnlyList<string> ReadGroups(CognitoValidatedToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Groups;
    }

    /// <summary>The groups in a principal's <c>cognito:groups</c> claims (e.g. from JWT bearer authentication).</summary>
    /// <param name="principal">The principal.</param>
    /// <returns>The group names; empty when the principal is in none.</returns>
    public static IReadOnlyList<string> ReadGroups(System.Security.Claims.ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.FindAll(GroupsClaim).Select(claim => claim.Value).ToArray();
    }

    /// <summary>Whether the user of a validated token is in a group, by its <c>cognito:groups</c> claim.</summary>
    /// <param name="token">A token that passed <see cref="CognitoTokenValidator"/>.</param>
    /// <param name="groupName">The group.</param>
    /// <returns>True when the user is in the group.</returns>
    public static bool IsMember(CognitoValidatedToken token, string groupName)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.Groups.Contains(groupName, StringComparer.Ordinal);
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
