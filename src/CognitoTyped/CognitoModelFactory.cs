using System.Globalization;
using System.Security.Claims;
using CognitoTyped.IdentityProvider;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped;

/// <summary>
/// Builds the results <see cref="CognitoAuthClient"/>, <see cref="CognitoTokenValidator"/> and the generated clients return, so
/// tests can fake those clients' interfaces (<c>ICustomersWebClient</c>, …). What it builds behaves like what the service gives:
/// a challenge made here knows its <see cref="CognitoChallenge.Kind"/> from its name, can be answered once by a real
/// <see cref="CognitoAuthClient"/>, and never shows its Session in <c>ToString()</c>.
/// </summary>
public static class CognitoModelFactory
{
    /// <summary>A sign-in that succeeded, as InitiateAuth or RespondToAuthChallenge returns it with an AuthenticationResult.</summary>
    /// <param name="tokens">The user's tokens (see <see cref="CognitoTokens(string, string, string?, DateTimeOffset, string)"/>).</param>
    /// <param name="newDevice">The device Cognito offers to remember (device tracking on); null when it offers none.</param>
    /// <returns>A result whose <see cref="SignInResult.IsSignedIn"/> is true.</returns>
    public static SignInResult SignedIn(CognitoTokens tokens, NewDeviceMetadataType? newDevice = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return SignInResult.SignedIn(tokens, newDevice);
    }

    /// <summary>A sign-in step that Cognito answered with a challenge.</summary>
    /// <param name="challenge">The challenge (see <see cref="CognitoChallenge(string, string, IReadOnlyDictionary{string, string}?, string?, IReadOnlyList{string}?, string?, CognitoDevice?)"/>).</param>
    /// <returns>A result whose <see cref="SignInResult.Challenge"/> is <paramref name="challenge"/>.</returns>
    public static SignInResult Challenged(CognitoChallenge challenge)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        return SignInResult.Challenged(challenge);
    }

    /// <summary>A challenge Cognito asked for during sign-in.</summary>
    /// <param name="name">The challenge name as Cognito sends it (<see cref="CognitoChallengeNames"/>); <see cref="CognitoChallenge.Kind"/> is derived from it.</param>
    /// <param name="username">The username answers carry (Cognito's USER_ID_FOR_SRP after a sign-in by alias).</param>
    /// <param name="parameters">The ChallengeParameters (keys in <see cref="CognitoAuthParameterNames"/>, JSON text where Cognito sends JSON); null for none.</param>
    /// <param name="session">The Session a real client sends with the one answer; null for none. A secret: never shown by <c>ToString()</c>.</param>
    /// <param name="availableChallenges">For SELECT_CHALLENGE: the first factors offered; null for none.</param>
    /// <param name="signInName">The name the user signed in with (the default authenticator label in MFA setup); null uses <paramref name="username"/>.</param>
    /// <param name="device">The remembered device the sign-in runs with, so answers carry its DEVICE_KEY; null for none.</param>
    /// <returns>An unanswered challenge.</returns>
    public static CognitoChallenge CognitoChallenge(
        string name,
        string username,
        IReadOnlyDictionary<string, string>? parameters = null,
        string? session = null,
        IReadOnlyList<string>? availableChallenges = null,
        string? signInName = null,
        CognitoDevice? device = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(username);
        return new CognitoChallenge(
            name,
            parameters ?? new Dictionary<string, string>(),
            session,
            username,
            signInName ?? username,
            availableChallenges,
            device);
    }

    /// <summary>The tokens of a signed-in user.</summary>
    /// <param name="idToken">The ID token (a JWT; <see cref="CognitoTokens.Username"/> reads <c>cognito:username</c> from it).</param>
    /// <param name="accessToken">The access token (a JWT).</param>
    /// <param name="refreshToken">The refresh token; null when the flow returned none.</param>
    /// <param name="expiresAt">When the ID and access tokens expire.</param>
    /// <param name="tokenType">The token type.</param>
    /// <returns>The token set.</returns>
    public static CognitoTokens CognitoTokens(string idToken, string accessToken, string? refreshToken, DateTimeOffset expiresAt, string tokenType = "Bearer")
        => new(idToken, accessToken, refreshToken, expiresAt, tokenType);

    /// <summary>A remembered device, as ConfirmDevice returns it or as restored from storage.</summary>
    /// <param name="deviceKey">The device key.</param>
    /// <param name="deviceGroupKey">The device group key.</param>
    /// <param name="devicePassword">The device password. A secret: never shown by <c>ToString()</c>.</param>
    /// <returns>The device.</returns>
    public static CognitoDevice CognitoDevice(string deviceKey, string deviceGroupKey, [CognitoPassword] string devicePassword)
        => new(deviceKey, deviceGroupKey, devicePassword);

    /// <summary>The outcome of ConfirmDevice.</summary>
    /// <param name="device">The confirmed device.</param>
    /// <param name="userConfirmationNecessary">Whether the pool remembers devices only when the user says so.</param>
    /// <returns>The confirmation.</returns>
    public static CognitoDeviceConfirmation CognitoDeviceConfirmation(CognitoDevice device, bool userConfirmationNecessary = false)
    {
        ArgumentNullException.ThrowIfNull(device);
        return new CognitoDeviceConfirmation(device, userConfirmationNecessary);
    }

    /// <summary>An authenticator-app setup started from MFA_SETUP; its <c>otpauth://</c> URI is built as the client builds it.</summary>
    /// <param name="secretCode">The TOTP secret (Base32). A secret: never shown by <c>ToString()</c>.</param>
    /// <param name="issuer">The issuer the authenticator app shows (no ':').</param>
    /// <param name="accountName">The account label in the app.</param>
    /// <param name="session">The Session a real client sends to VerifySoftwareToken; null for none. A secret: never shown by <c>ToString()</c>.</param>
    /// <param name="username">The username the MFA_SETUP answer carries; null uses <paramref name="accountName"/>.</param>
    /// <param name="device">The remembered device the sign-in runs with; null for none.</param>
    /// <returns>An unused setup.</returns>
    public static CognitoSoftwareTokenSetup CognitoSoftwareTokenSetup(
        string secretCode,
        string issuer,
        string accountName,
        string? session = null,
        string? username = null,
        CognitoDevice? device = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        CognitoTyped.CognitoSoftwareTokenSetup.ThrowIfInvalidIssuer(issuer);
        var otpAuthUri = CognitoTyped.CognitoSoftwareTokenSetup.BuildOtpAuthUri(issuer, accountName, secretCode);
        return new CognitoSoftwareTokenSetup(secretCode, otpAuthUri, session, username ?? accountName, device);
    }

    /// <summary>An authenticator-app secret associated with a signed-in user; its <c>otpauth://</c> URI is built as the client builds it.</summary>
    /// <param name="secretCode">The TOTP secret (Base32). A secret: never shown by <c>ToString()</c>.</param>
    /// <param name="issuer">The issuer the authenticator app shows (no ':').</param>
    /// <param name="accountName">The account label in the app.</param>
    /// <returns>The secret.</returns>
    public static CognitoSoftwareTokenSecret CognitoSoftwareTokenSecret(string secretCode, string issuer, string accountName)
    {
        ArgumentException.ThrowIfNullOrEmpty(secretCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(accountName);
        CognitoTyped.CognitoSoftwareTokenSetup.ThrowIfInvalidIssuer(issuer);
        return new CognitoSoftwareTokenSecret(secretCode, CognitoTyped.CognitoSoftwareTokenSetup.BuildOtpAuthUri(issuer, accountName, secretCode));
    }

    /// <summary>A user as GetUser returns it.</summary>
    /// <param name="username">The username.</param>
    /// <param name="attributes">The attributes keyed by Cognito name (<c>email</c>, <c>custom:tenant_id</c>, …); null for none.</param>
    /// <param name="preferredMfaSetting">The preferred MFA method; null when unset.</param>
    /// <param name="mfaMethods">The MFA methods the user has enabled; null for none.</param>
    /// <returns>The user data.</returns>
    public static CognitoUserData CognitoUserData(
        string username,
        IReadOnlyDictionary<string, string>? attributes = null,
        string? preferredMfaSetting = null,
        IReadOnlyList<string>? mfaMethods = null)
        => new(username, attributes ?? new Dictionary<string, string>(StringComparer.Ordinal), preferredMfaSetting, mfaMethods);

    /// <summary>
    /// A token that passed <see cref="CognitoTokenValidator"/>. Its <see cref="CognitoValidatedToken.Identity"/> holds the claims
    /// the given values come from (<c>sub</c>, <c>iss</c>, <c>token_use</c>, <c>client_id</c> or <c>aud</c>, <c>exp</c>,
    /// <c>iat</c>, <c>username</c> or <c>cognito:username</c>, one <c>cognito:groups</c> per group, <c>scope</c>) and
    /// <paramref name="additionalClaims"/>, authenticated as a validated token's identity is.
    /// </summary>
    /// <param name="tokenUse">Whether it is an ID or an access token.</param>
    /// <param name="subject">The <c>sub</c> claim.</param>
    /// <param name="clientId">The app client it was issued to.</param>
    /// <param name="issuer">The <c>iss</c> claim, e.g. <c>https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool</c>.</param>
    /// <param name="expiresAt">The <c>exp</c> claim (whole seconds, as in a token).</param>
    /// <param name="username">The username (<c>username</c> of an access token, <c>cognito:username</c> of an ID token); null for none.</param>
    /// <param name="issuedAt">The <c>iat</c> claim (whole seconds); null for none.</param>
    /// <param name="groups">The <c>cognito:groups</c>; null for none.</param>
    /// <param name="scopes">The scopes of an access token; ignored for an ID token, as the validator ignores them; null for none.</param>
    /// <param name="additionalClaims">Further claims (<c>email</c>, <c>custom:tenant_id</c>, …) for <see cref="CognitoValidatedToken.FindClaim"/>; null for none.</param>
    /// <returns>The validated token.</returns>
    public static CognitoValidatedToken CognitoValidatedToken(
        CognitoTokenUse tokenUse,
        string subject,
        string clientId,
        string issuer,
        DateTimeOffset expiresAt,
        string? username = null,
        DateTimeOffset? issuedAt = null,
        IReadOnlyList<string>? groups = null,
        IReadOnlyList<string>? scopes = null,
        IEnumerable<Claim>? additionalClaims = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(issuer);

        // A token carries times in whole seconds; keep the values what a validated token would read back.
        var expires = DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds());
        var issued = issuedAt is { } at ? DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds()) : (DateTimeOffset?)null;
        var groupList = groups?.ToArray() ?? [];
        var scopeList = tokenUse == CognitoTokenUse.Access ? scopes?.ToArray() ?? [] : [];

        var claims = new List<Claim>
        {
            new("sub", subject, ClaimValueTypes.String, issuer),
            new("iss", issuer, ClaimValueTypes.String, issuer),
            new("token_use", tokenUse == CognitoTokenUse.Id ? "id" : "access", ClaimValueTypes.String, issuer),
            new(tokenUse == CognitoTokenUse.Id ? "aud" : "client_id", clientId, ClaimValueTypes.String, issuer),
            new("exp", expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64, issuer),
        };
        if (issued is { } iat)
        {
            claims.Add(new("iat", iat.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64, issuer));
        }

        if (username is not null)
        {
            claims.Add(new(tokenUse == CognitoTokenUse.Id ? "cognito:username" : "username", username, ClaimValueTypes.String, issuer));
        }

        claims.AddRange(groupList.Select(group => new Claim("cognito:groups", group, ClaimValueTypes.String, issuer)));
        if (scopeList.Length > 0)
        {
            claims.Add(new("scope", string.Join(' ', scopeList), ClaimValueTypes.String, issuer));
        }

        if (additionalClaims is not null)
        {
            claims.AddRange(additionalClaims);
        }

        var identity = new ClaimsIdentity(claims, TokenValidationParameters.DefaultAuthenticationType);
        return new CognitoValidatedToken(tokenUse, subject, username, clientId, issuer, expires, issued, groupList, scopeList, identity);
    }
}
