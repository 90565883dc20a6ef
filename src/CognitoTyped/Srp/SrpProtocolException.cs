namespace CognitoTyped.Srp;

/// <summary>The server sent SRP values the client must refuse (degenerate B, u = 0, malformed hex or Base64).</summary>
internal sealed class SrpProtocolException : Exception
{
    public SrpProtocolException()
    {
    }

    public SrpProtocolException(string message)
        : base(message)
    {
    }

    public SrpProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
