namespace CognitoTyped;

/// <summary>
/// A <see cref="CognitoTokenSession"/> refreshed the tokens but could not hand them on: saving them to its
/// <see cref="ICognitoTokenStore"/> or its <see cref="CognitoTokenSessionOptions.TokensRefreshed"/> callback failed (the
/// <see cref="Exception.InnerException"/>). The session holds the new tokens (<see cref="CognitoTokenSession.Tokens"/>), so the
/// app keeps working; what is stored may still be the old refresh token, which Cognito may stop accepting once it rotated it.
/// The message never holds a token.
/// </summary>
public sealed class CognitoTokenStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed; never a token.</param>
    public CognitoTokenStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed; never a token.</param>
    /// <param name="innerException">The cause: the store's or the callback's exception.</param>
    public CognitoTokenStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
