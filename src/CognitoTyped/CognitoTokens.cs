using System.Text.Json.Serialization;

namespace CognitoTyped;

/// <summary>The tokens of a signed-in user. <see cref="ToString"/> never shows them.</summary>
public sealed class CognitoTokens
{
    /// <summary>Creates the token set.</summary>
    /// <param name="idToken">The ID token (a JWT with the user's attributes).</param>
    /// <param name="accessToken">The access token (a JWT for user operations and APIs).</param>
    /// <param name="refreshToken">The refresh token, when the flow returned one.</param>
    /// <param name="expiresAt">When the ID and access tokens expire.</param>
    /// <param name="tokenType">The token type, usually <c>Bearer</c>.</param>
    public CognitoTokens(string idToken, string accessToken, string? refreshToken, DateTimeOffset expiresAt, string tokenType = "Bearer")
    {
        ArgumentException.ThrowIfNullOrEmpty(idToken);
        ArgumentException.ThrowIfNullOrEmpty(accessToken);
        IdToken = idToken;
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        ExpiresAt = expiresAt;
        TokenType = tokenType;
    }

    /// <summary>The ID token: a JWT carrying the user's attributes, for the identity pool and your own APIs.</summary>
    public string IdToken { get; }

    /// <summary>The access token: a JWT authorizing user operations (GetUser, …) and resource servers.</summary>
    public string AccessToken { get; }

    /// <summary>The refresh token, when the flow returned one (a refresh does not return a new one unless rotation is on).</summary>
    public string? RefreshToken { get; }

    /// <summary>When the ID and access tokens expire.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The token type, usually <c>Bearer</c>.</summary>
    public string TokenType { get; }

    /// <summary>
    /// The user's username as Cognito stores it (<c>cognito:username</c> of the ID token, else <c>username</c> of the
    /// access token, else <c>sub</c>): the name SECRET_HASH needs on refresh, whatever alias the user signed in with.
    /// Read from the token without validating it (derived, so never serialized).
    /// </summary>
    [JsonIgnore]
    public string? Username => CognitoJwt.ReadStringClaim(IdToken, "cognito:username") ?? CognitoJwt.ReadStringClaim(AccessToken, "username") ?? CognitoJwt.ReadStringClaim(IdToken, "sub");

    /// <summary>Whether the tokens expire within <paramref name="margin"/> of <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="margin">How long before expiry to count them as expired.</param>
    /// <returns>True when they should be refreshed.</returns>
    public bool ExpiresWithin(DateTimeOffset now, TimeSpan margin) => ExpiresAt - margin <= now;

    /// <summary>A copy with new ID and access tokens, keeping the refresh token unless a new one was issued.</summary>
    /// <param name="idToken">The new ID token.</param>
    /// <param name="accessToken">The new access token.</param>
    /// <param name="refreshToken">A rotated refresh token, or null to keep this one.</param>
    /// <param name="expiresAt">When the new tokens expire.</param>
    /// <returns>The refreshed token set.</returns>
    public CognitoTokens WithRefreshed(string idToken, string accessToken, string? refreshToken, DateTimeOffset expiresAt)
        => new(idToken, accessToken, refreshToken ?? RefreshToken, expiresAt, TokenType);

    /// <inheritdoc />
    public override string ToString()
        => $"CognitoTokens {{ ExpiresAt = {ExpiresAt:O}, TokenType = {TokenType}, RefreshToken = {(RefreshToken is null ? "(none)" : "***")} }}";
}
