namespace CognitoTyped;

/// <summary>How <see cref="CognitoManagedLogin"/> checks the <c>nonce</c> claim of the ID token it gets for a code.</summary>
public enum CognitoNonceValidation
{
    /// <summary>
    /// The default: the ID token must carry a <c>nonce</c> equal to the authorization request's. A token without one, or with
    /// another, is refused. Amazon Cognito echoes the nonce, so this is right for every real pool.
    /// </summary>
    Required = 0,

    /// <summary>
    /// A <c>nonce</c> the ID token carries must still equal the request's, but a token without one is accepted. Only for emulators
    /// that do not echo the nonce (cognito-local 5.3.0); never for a real pool, where it would drop a replay defence.
    /// </summary>
    AllowMissing = 1,
}
