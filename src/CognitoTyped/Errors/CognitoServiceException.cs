using System.Net;

namespace CognitoTyped;

/// <summary>
/// An error answered by Cognito (user pools or identity pools). Each error AWS names has its own
/// subclass (<see cref="NotAuthorizedException"/>, <see cref="UsernameExistsException"/>, …); an error
/// this version does not know is still a <see cref="CognitoServiceException"/> carrying its <see cref="ErrorCode"/>.
/// </summary>
/// <remarks>Messages come from the service and never contain the request's passwords, secrets or tokens.</remarks>
public class CognitoServiceException : Exception
{
    /// <summary>Creates the exception for an error code that has no dedicated subclass.</summary>
    /// <param name="errorCode">The error code as AWS names it, e.g. <c>NotAuthorizedException</c>.</param>
    /// <param name="message">The service's message.</param>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="requestId">The <c>x-amzn-RequestId</c> of the response, when present.</param>
    public CognitoServiceException(string errorCode, string message, HttpStatusCode statusCode, string? requestId)
        : base(FormatMessage(errorCode, message))
    {
        ErrorCode = errorCode;
        ServiceMessage = message;
        StatusCode = statusCode;
        RequestId = requestId;
    }

    /// <summary>The error code as AWS names it, e.g. <c>NotAuthorizedException</c>.</summary>
    public string ErrorCode { get; }

    /// <summary>The service's own message, as it sent it.</summary>
    public string ServiceMessage { get; }

    /// <summary>The HTTP status of the response.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The <c>x-amzn-RequestId</c> of the response, to quote to AWS support.</summary>
    public string? RequestId { get; }

    private static string FormatMessage(string errorCode, string message)
        => string.IsNullOrEmpty(message) ? errorCode : $"{errorCode}: {message}";
}
