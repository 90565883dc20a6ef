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

    /// <summary>The pool's key set could not be fetched or read.</summary>
    SigningKeysUnavailable,
}

/// <summary>A Cognito token was refused. The message never contains the token.</summary>
public sealed class CognitoTokenValidationException : Exception
{
    /// <summary>Creates the exception with a reason and a message (which must not contain the token).</summary>
    /// <param name="reason">Why the token was refused.</param>
    /// <param name="message">What went wrong, without the token.</param>
    /// <param name="innerException">The cause, when it cannot carry the token (e.g. a network error fetching the keys).</param>
    public CognitoTokenValidationException(CognitoTokenValidationFailure reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Creates the exception with a default message.</summary>
    public CognitoTokenValidationException()
        : this(CognitoTokenValidationFailure.Malformed, "The token is not a valid Cognito token.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong, without the token.</param>
    public CognitoTokenValidationException(string message)
        : this(CognitoTokenValidationFailure.Malformed, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong, without the token.</param>
    /// <param name="innerException">The cause.</param>
    public CognitoTokenValidationException(string message, Exception innerException)
        : this(CognitoTokenValidationFailure.Malformed, message, innerException)
    {
    }

    /// <summary>Why the token was refused.</summary>
    public CognitoTokenValidationFailure Reason { get; }
}
