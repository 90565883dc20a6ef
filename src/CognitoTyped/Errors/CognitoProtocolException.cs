namespace CognitoTyped;

/// <summary>The service's answer could not be read as the protocol says it should be.</summary>
public sealed class CognitoProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong; never the response body itself.</param>
    public CognitoProtocolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong; never the response body itself.</param>
    /// <param name="innerException">The cause.</param>
    public CognitoProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
