namespace CognitoTyped;

/// <summary>
/// An OAuth 2.0 error: one the authorization server put in the callback (<c>error=access_denied</c>), one the token, revocation or
/// user info endpoint answered (<c>invalid_grant</c>, <c>invalid_client</c>, …), or one this library found in the callback
/// (<c>state_mismatch</c>, <c>missing_code</c>, <c>nonce_mismatch</c>). The message never holds a code, verifier, state or token.
/// </summary>
public sealed class CognitoOAuthException : Exception
{
    /// <summary>The callback's <c>state</c> is not the request's: a forged or stale callback; nothing was sent.</summary>
    public const string StateMismatch = "state_mismatch";

    /// <summary>The callback has neither a <c>code</c> nor an <c>error</c>.</summary>
    public const string MissingCode = "missing_code";

    /// <summary>The ID token's <c>nonce</c> is not the request's (or is missing while it is required).</summary>
    public const string NonceMismatch = "nonce_mismatch";

    private const int MaxDescriptionLength = 256;

    /// <summary>Creates the exception.</summary>
    /// <param name="error">The OAuth error code, e.g. <c>access_denied</c>.</param>
    /// <param name="errorDescription">The server's description, when it gave one.</param>
    /// <param name="statusCode">The HTTP status of the endpoint's answer; null for errors found in a callback.</param>
    public CognitoOAuthException(string error, string? errorDescription, int? statusCode)
        : base(MessageOf(error, errorDescription, statusCode))
    {
        Error = error;
        ErrorDescription = Shorten(errorDescription);
        StatusCode = statusCode;
    }

    /// <summary>Creates the exception with the code <c>unknown_error</c>.</summary>
    public CognitoOAuthException()
        : this("unknown_error", null, null)
    {
    }

    /// <summary>Creates the exception with the code <c>unknown_error</c> and a message.</summary>
    /// <param name="message">What went wrong; never a code, verifier or token.</param>
    public CognitoOAuthException(string message)
        : this(message, (Exception?)null)
    {
    }

    /// <summary>Creates the exception with the code <c>unknown_error</c>, a message and a cause.</summary>
    /// <param name="message">What went wrong; never a code, verifier or token.</param>
    /// <param name="innerException">The cause.</param>
    public CognitoOAuthException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Error = "unknown_error";
    }

    /// <summary>The OAuth error code (<c>access_denied</c>, <c>invalid_grant</c>, <see cref="StateMismatch"/>, …).</summary>
    public string Error { get; }

    /// <summary>The server's <c>error_description</c>, shortened to 256 characters; null when none was given.</summary>
    public string? ErrorDescription { get; }

    /// <summary>The HTTP status of the endpoint's answer; null for errors found in a callback.</summary>
    public int? StatusCode { get; }

    private static string? Shorten(string? text) => text is null || text.Length <= MaxDescriptionLength ? text : text[..MaxDescriptionLength] + "…";

    private static string MessageOf(string error, string? description, int? statusCode)
    {
        var where = statusCode is null ? "in the callback" : $"with HTTP {statusCode.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return description is null
            ? $"OAuth error '{Shorten(error)}' {where}."
            : $"OAuth error '{Shorten(error)}' {where}: {Shorten(description)}";
    }
}
