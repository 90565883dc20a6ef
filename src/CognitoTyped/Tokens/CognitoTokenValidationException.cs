namespace CognitoTyped;

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
