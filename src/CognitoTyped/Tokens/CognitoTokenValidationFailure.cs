namespace CognitoTyped;

/// <summary>Why a token was refused by <see cref="CognitoTokenValidator"/>.</summary>
public enum CognitoTokenValidationFailure
{
    /// <summary>Not a compact JWS (three Base64url parts with JSON header and payload).</summary>
    Malformed,

    /// <summary>Signed with an algorithm other than RS256, or not signed.</summary>
    UnsupportedAlgorithm,

    /// <summary>The header's <c>kid</c> is not in the pool's key set, even after a refetch.</summary>
    UnknownSigningKey,

    /// <summary>The signature does not verify with the pool's key.</summary>
    InvalidSignature,

    /// <summary>The <c>iss</c> claim is not the pool's issuer.</summary>
    WrongIssuer,

    /// <summary>The <c>token_use</c> claim is missing or not the expected kind of token.</summary>
    WrongTokenUse,

    /// <summary>The app client (<c>client_id</c> of an access token, <c>aud</c> of an ID token) is not one of the accepted clients.</summary>
    WrongClient,

    /// <summary>The token has expired (beyond the allowed clock skew) or has no expiry.</summary>
    Expired,

    /// <summary>The token is not valid yet (<c>nbf</c> in the future beyond the allowed clock skew).</summary>
    NotYetValid,

    /// <summary>The pool's key set could not be fetched or read (or its fetch timed out, or was tried too recently to try again).</summary>
    SigningKeysUnavailable,

    /// <summary>The token is longer than <see cref="CognitoTokenValidatorOptions.MaxTokenLength"/>; it was not decoded.</summary>
    TooLarge,
}
