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

    /// <summary>
    /// The prefix of the authentication type CognitoTyped.AspNetCore gives the identity it builds from a token it validated for
    /// a pool: <c>CognitoTyped:{Pool}</c>.
    /// </summary>
    public const string AuthenticationTypePrefix = "CognitoTyped:";

    /// <summary>
    /// The identity CognitoTyped.AspNetCore's JWT bearer scheme authenticated for <paramref name="userPool"/>; null when the
    /// principal has none (not signed in, or signed in by another scheme or pool, whose claims this pool's types must not read).
    /// </summary>
    /// <param name="principal">The principal, e.g. <c>HttpContext.User</c>.</param>
    /// <param name="userPool">The user pool's name in cognito.json.</param>
    /// <returns>The identity, or null.</returns>
    public static System.Security.Claims.ClaimsIdentity? FindPoolIdentity(System.Security.Claims.ClaimsPrincipal principal, string userPool)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var authenticationType = AuthenticationTypePrefix + userPool;
        return principal.Identities.FirstOrDefault(identity => identity.IsAuthenticated && string.Equals(identity.AuthenticationType, authenticationType, StringComparison.Ordinal));
    }

    /// <summary>The first value of a claim of an identity.</summary>
    /// <param name="identity">The identity.</param>
    /// <param name="type">The claim type, as the token names it (<c>sub</c>, <c>client_id</c>, …).</param>
    /// <returns>The value, or null.</returns>
    public static string? ReadClaim(System.Security.Claims.ClaimsIdentity identity, string type)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.FindFirst(type)?.Value;
    }

    /// <summary>Every value of a claim of an identity (a JSON array claim becomes one claim per value).</summary>
    /// <param name="identity">The identity.</param>
    /// <param name="type">The claim type.</param>
    /// <returns>The values; empty when there is none.</returns>
    public static IReadOnlyList<string> ReadClaims(System.Security.Claims.ClaimsIdentity identity, string type)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.FindAll(type).Select(claim => claim.Value).ToArray();
    }

    /// <summary>The OAuth scopes of an access token's identity: its <c>scope</c> claim, split on spaces.</summary>
    /// <param name="identity">The identity.</param>
    /// <returns>The scopes; empty for an ID token.</returns>
    public static IReadOnlyList<string> ReadScopes(System.Security.Claims.ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return identity.FindAll("scope").SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The user-attribute claims of an identity built from an ID token, the first value of each.</summary>
    /// <param name="identity">The identity.</param>
    /// <returns>The attribute claims as Cognito names and strings.</returns>
    public static IEnumerable<KeyValuePair<string, string>> ReadAttributes(System.Security.Claims.ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return identity.Claims
            .Where(claim => !s_tokenClaims.Contains(claim.Type) && seen.Add(claim.Type))
            .Select(claim => new KeyValuePair<string, string>(claim.Type, claim.Value))
            .ToList();
    }
}
