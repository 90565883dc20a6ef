namespace CognitoTyped;

/// <summary>No answer could be had from the service: the network failed on every attempt the retry policy allowed.</summary>
public sealed class CognitoNetworkException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The last network error.</param>
    public CognitoNetworkException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
