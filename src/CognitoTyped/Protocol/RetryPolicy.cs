using System.Net;
using System.Net.Sockets;

namespace CognitoTyped.Protocol;

/// <summary>Which failures are retried, and after how long.</summary>
internal static class RetryPolicy
{
    /// <summary>Operations that spend a challenge Session (or a one-time code with it): replaying them is never safe.</summary>
    private static readonly HashSet<string> SessionSpendingOperations = new(StringComparer.Ordinal)
    {
        "RespondToAuthChallenge",
        "AdminRespondToAuthChallenge",
        "VerifySoftwareToken",
        "AssociateSoftwareToken",
    };

    /// <summary>Read-only operations: a quota error (LimitExceeded) on them is worth waiting out.</summary>
    private static readonly HashSet<string> ReadOnlyOperations = new(StringComparer.Ordinal)
    {
        "GetUser",
        "AdminGetUser",
        "DescribeUserPool",
        "DescribeUserPoolClient",
        "ListUsers",
        "GetId",
        "GetCredentialsForIdentity",
        "GetOpenIdToken",
    };

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "TooManyRequestsException",
        "ThrottlingException",
        "Throttling",
        "RequestLimitExceeded",
        "ProvisionedThroughputExceededException",
    };

    internal static bool IsReplaySafe(string operation) => !SessionSpendingOperations.Contains(operation);

    /// <summary>A service error worth another attempt.</summary>
    /// <remarks>
    /// Throttling means the request was refused before any work, so even a challenge answer may be sent again;
    /// a 5xx may have been processed, so only replay-safe operations are retried then.
    /// </remarks>
    internal static bool ShouldRetry(string operation, CognitoServiceException error)
    {
        if (ThrottlingCodes.Contains(error.ErrorCode) || error.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return true;
        }

        if (error.ErrorCode == "LimitExceededException")
        {
            return ReadOnlyOperations.Contains(operation);
        }

        return IsReplaySafe(operation) && error.StatusCode is HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;
    }

    /// <summary>A failure to get any answer that is worth another attempt (connection refused or reset, DNS blip, attempt timeout).</summary>
    internal static bool IsTransient(Exception exception) => exception switch
    {
        HttpRequestException { InnerException: SocketException or IOException } => true,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.ResponseEnded or HttpRequestError.SecureConnectionError } => true,
        IOException => true,
        SocketException => true,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>Full jitter: a random delay between 0 and min(max, base · 2^(attempt-1)).</summary>
    internal static TimeSpan Backoff(int failedAttempts, CognitoRetryOptions options, double random01)
    {
        var exponent = Math.Min(failedAttempts - 1, 30);
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * random01);
    }
}
