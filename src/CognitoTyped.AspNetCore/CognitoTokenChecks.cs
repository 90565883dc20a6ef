using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped.AspNetCore;

/// <summary>Which check refused a token; its name starts the <c>error_description</c> of the 401.</summary>
internal enum CognitoTokenCheck
{
    Malformed,
    Algorithm,
    Signature,
    Expired,
    NotYetValid,
    Issuer,
    TokenUse,
    Client,
    Scope,
}

/// <summary>A token refused by one of the Cognito checks. The message names the check and never quotes the token or its claims.</summary>
internal sealed class CognitoTokenRejectedException(CognitoTokenCheck check, string message) : SecurityTokenValidationException(message)
{
    internal CognitoTokenCheck Check { get; } = check;
}

/// <summary>
/// The checks Cognito tokens need beyond JwtBearer's own, run as the audience validator (after the signature and lifetime):
/// issuer first (so a token of another pool is reported as such, not as a foreign client), then <c>token_use</c>, the app
/// client (<c>client_id</c> for access tokens, which have no <c>aud</c>; <c>aud</c> for ID tokens) and the required scopes.
/// </summary>
internal sealed class CognitoTokenChecks(string userPool, CognitoTokenUse tokenUse, IReadOnlyList<string> issuers, IReadOnlyList<string> clientIds, IReadOnlyList<string> requiredScopes)
{
    private readonly HashSet<string> issuerSet = new(issuers, StringComparer.Ordinal);
    private readonly HashSet<string> clientSet = new(clientIds, StringComparer.Ordinal);

    internal bool Validate(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters)
    {
        if (token is not JsonWebToken jwt)
        {
            throw new CognitoTokenRejectedException(CognitoTokenCheck.Malformed, "malformed: the token is not a JWT.");
        }

        if (!jwt.TryGetPayloadValue<string>("iss", out var issuer) || issuer is null || !issuerSet.Contains(issuer))
        {
            throw new CognitoTokenRejectedException(CognitoTokenCheck.Issuer, $"issuer: the token was not issued by user pool {userPool}.");
        }

        var expectedUse = tokenUse == CognitoTokenUse.Id ? "id" : "access";
        if (!jwt.TryGetPayloadValue<string>("token_use", out var use) || !string.Equals(use, expectedUse, StringComparison.Ordinal))
        {
            throw new CognitoTokenRejectedException(
                CognitoTokenCheck.TokenUse,
                $"token_use: an {(tokenUse == CognitoTokenUse.Id ? "ID" : "access")} token is required (token_use '{expectedUse}').");
        }

        string? clientId = null;
        if (tokenUse == CognitoTokenUse.Access)
        {
            if (!jwt.TryGetPayloadValue("client_id", out clientId))
            {
                clientId = null;
            }
        }
        else
        {
            // A Cognito ID token has exactly one audience: the app client it was issued to.
            var audienceList = audiences.ToList();
            clientId = audienceList.Count == 1 ? audienceList[0] : null;
        }

        if (clientId is null || !clientSet.Contains(clientId))
        {
            throw new CognitoTokenRejectedException(CognitoTokenCheck.Client, $"client: the token was issued to an app client that user pool {userPool}'s scheme does not accept.");
        }

        if (requiredScopes.Count > 0)
        {
            var granted = jwt.TryGetPayloadValue<string>("scope", out var scope) && scope is not null
                ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : [];
            if (!requiredScopes.All(required => granted.Contains(required, StringComparer.Ordinal)))
            {
                throw new CognitoTokenRejectedException(CognitoTokenCheck.Scope, "scope: the token lacks a required scope.");
            }
        }

        return true;
    }

    /// <summary>
    /// The <c>error_description</c> for a refused token: the name of the failed check and a fixed sentence, never the
    /// token, its claims or IdentityModel's messages (which quote issuers and audiences).
    /// </summary>
    internal static string Describe(Exception failure, string userPool) => failure switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Describe(aggregate.InnerExceptions[0], userPool),
        CognitoTokenRejectedException rejected => rejected.Message,
        CognitoSigningKeysUnavailableException => $"keys: the signing keys of user pool {userPool} could not be fetched; the token was not judged.",
        SecurityTokenExpiredException or SecurityTokenNoExpirationException => "expired: the token has expired or has no expiry.",
        SecurityTokenNotYetValidException => "expired: the token is not valid yet.",
        SecurityTokenInvalidIssuerException => $"issuer: the token was not issued by user pool {userPool}.",
        SecurityTokenInvalidAlgorithmException => "algorithm: only RS256 tokens are accepted.",
        SecurityTokenSignatureKeyNotFoundException => $"signature: the token is signed with a key user pool {userPool} does not publish.",
        SecurityTokenInvalidSignatureException => "signature: the token's signature is invalid.",
        SecurityTokenMalformedException or ArgumentException => "malformed: the bearer token is not a JWT.",
        _ => "invalid: the token was refused.",
    };
}
