using System.Globalization;

namespace CognitoTyped;

/// <summary>
/// A request that must not be replayed (sign-up, a confirmation, a password change, a send of a code, a creation, a
/// deletion, …) was sent, and then the answer was lost: the service answered 5xx, the attempt timed out, or the connection
/// broke after the request had left. The service may or may not have processed it, and it was not sent again, because a
/// replay could repeat its effect (a second SMS, a duplicate pool) or fail for what worked (<see cref="UsernameExistsException"/>
/// after a sign-up that succeeded). Check the outcome (e.g. <c>AdminGetUser</c>, <c>ListUserPools</c>) before calling it again.
/// </summary>
/// <remarks>
/// <see cref="Exception.InnerException"/> is what happened (a <see cref="CognitoServiceException"/>, a
/// <see cref="TimeoutException"/> or the network error). Which operations are replayed is listed in docs/retries.md.
/// </remarks>
public sealed class CognitoAmbiguousOutcomeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="service">The service's signing name, <c>cognito-idp</c> or <c>cognito-identity</c>.</param>
    /// <param name="operation">The operation, as AWS names it (e.g. <c>SignUp</c>).</param>
    /// <param name="innerException">What happened after the request was sent.</param>
    public CognitoAmbiguousOutcomeException(string service, string operation, Exception innerException)
        : base(FormatMessage(service, operation, innerException), innerException)
    {
        ArgumentNullException.ThrowIfNull(innerException);
        Service = service;
        Operation = operation;
    }

    /// <summary>The service's signing name, <c>cognito-idp</c> or <c>cognito-identity</c>.</summary>
    public string Service { get; }

    /// <summary>The operation whose outcome is unknown, as AWS names it (e.g. <c>SignUp</c>).</summary>
    public string Operation { get; }

    private static string FormatMessage(string service, string operation, Exception? cause)
    {
        // Only the kind of failure and, for a service error, its code and status: never a request or response body.
        var what = cause switch
        {
            CognitoServiceException error => string.Create(CultureInfo.InvariantCulture, $"the service answered {error.ErrorCode} (HTTP {(int)error.StatusCode})"),
            TimeoutException => "no answer came within the request timeout",
            _ => "the connection was lost before the answer was read",
        };
        return $"{service} {operation} may have been processed: the request was sent, then {what}. "
            + $"It was not sent again, because replaying {operation} could repeat its effect; check the outcome before calling it again.";
    }
}
