using System.Globalization;
using System.Security.Claims;

namespace CognitoTyped;

/// <summary>A Cognito token that passed <see cref="CognitoTokenValidator"/>: its claims, never the token text.</summary>
public sealed class CognitoValidatedToken
{
    internal CognitoValidatedToken(
        CognitoTokenUse tokenUse,
        string subject,
        string? username,
        string clientId,
        string issuer,
        DateTimeOffset expiresAt,
        DateTimeOffset? issuedAt,
        IReadOnlyList<string> groups,
        IReadOnlyList<string> scopes,
        ClaimsIdentity identity)
    {
        TokenUse = tokenUse;
        Subject = subject;
        Username = username;
        ClientId = clientId;
        Issuer = issuer;
        ExpiresAt = expiresAt;
        IssuedAt = issuedAt;
        Groups = groups;
        Scopes = scopes;
        Identity = identity;
    }

    /// <summary>Whether this is an ID or an access token.</summary>
    public CognitoTokenUse TokenUse { get; }

    /// <summary>The <c>sub</c> claim: the user's stable ID.</summary>
    public string Subject { get; }

    /// <summary>The username: <c>username</c> of an access token, <c>cognito:username</c> of an ID token.</summary>
    public string? Username { get; }

    /// <summary>The app client the token was issued to (<c>client_id</c> or <c>aud</c>).</summary>
    public string ClientId { get; }

    /// <summary>The <c>iss</c> claim.</summary>
    public string Issuer { get; }

    /// <summary>The <c>exp</c> claim.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The <c>iat</c> claim, when present.</summary>
    public DateTimeOffset? IssuedAt { get; }

    /// <summary>The <c>cognito:groups</c> claim (empty when absent).</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The space-separated <c>scope</c> claim of an access token (empty for ID tokens).</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>All claims, as .NET claims (arrays become one claim per element).</summary>
    public ClaimsIdentity Identity { get; }

    /// <summary>The first value of a claim, or null.</summary>
    /// <param name="type">The claim name, e.g. <c>email</c> or <c>custom:tenant_id</c>.</param>
    /// <returns>The value.</returns>
    public string? FindClaim(string type) => Identity.FindFirst(type)?.Value;

    /// <inheritdoc />
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "CognitoValidatedToken {{ TokenUse = {0}, Subject = {1}, ClientId = {2}, ExpiresAt = {3:O} }}",
        TokenUse,
        Subject,
        ClientId,
        ExpiresAt);
}
