using System.Net;
using System.Net.Sockets;

namespace CognitoTyped.Protocol;

/// <summary>Which failures are retried, and after how long.</summary>
/// <remarks>
/// A failure either proves the service did no work (the connection was never made, the request body never started to
/// leave, the service refused it as throttled) or leaves it open (5xx, attempt timeout, connection lost after sending).
/// The first kind is retried for every operation; the second only for operations a replay cannot change
/// (<see cref="OperationReplayTable"/>), and for the others it is reported as <see cref="CognitoAmbiguousOutcomeException"/>.
/// </remarks>
internal static class RetryPolicy
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "TooManyRequestsException",
        "ThrottlingException",
        "Throttling",
        "RequestLimitExceeded",
        "ProvisionedThroughputExceededException",
    };

    /// <summary>The replay class of an operation; an operation missing from the table is not replayed.</summary>
    internal static OperationReplay Classify(string service, string operation)
        => OperationReplayTable.Find(service, operation) ?? OperationReplay.NotReplaySafe;

    /// <summary>
    /// The class of this call, given its operation's (<paramref name="replay"/>): the same, except that a sign-in whose flow
    /// sends no code and changes nothing — a refresh (<c>REFRESH_TOKEN_AUTH</c>, <c>REFRESH_TOKEN</c>) or the first SRP step
    /// (<c>USER_SRP_AUTH</c>, which only draws a fresh challenge) — is a read: a token refresh after a 5xx is retried.
    /// </summary>
    internal static OperationReplay Classify<TRequest>(OperationReplay replay, TRequest request)
    {
        if (replay != OperationReplay.NotReplaySafe)
        {
            return replay;
        }

        var flow = request switch
        {
            IdentityProvider.InitiateAuthRequest initiate => initiate.AuthFlow,
            IdentityProvider.AdminInitiateAuthRequest initiate => initiate.AuthFlow,
            _ => null,
        };
        return flow?.Value is "REFRESH_TOKEN_AUTH" or "REFRESH_TOKEN" or "USER_SRP_AUTH" ? OperationReplay.Read : replay;
    }

    /// <summary>Throttling: the request was refused before any work, so it may be sent again whatever it does.</summary>
    internal static bool IsThrottling(CognitoServiceException error)
        => ThrottlingCodes.Contains(error.ErrorCode) || error.StatusCode == HttpStatusCode.TooManyRequests;

    /// <summary>A service error worth another attempt.</summary>
    internal static bool ShouldRetry(OperationReplay replay, CognitoServiceException error)
    {
        if (IsThrottling(error))
        {
            return true;
        }

        if (error.ErrorCode == "LimitExceededException")
        {
            // A quota on a read is worth waiting out; on a write it is an answer.
            return replay == OperationReplay.Read;
        }

        return replay != OperationReplay.NotReplaySafe && error.StatusCode is HttpStatusCode.InternalServerError
            or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;
    }

    /// <summary>A service error after which the service may have done the work: any 5xx that is not throttling.</summary>
    internal static bool MayHaveBeenProcessed(CognitoServiceException error)
        => (int)error.StatusCode >= 500 && !IsThrottling(error);

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

    /// <summary>
    /// The failure happened while the connection was being made (DNS, TCP connect, TLS), so no byte of the request reached
    /// the service. Together with "the body never started to be written" it is what makes a replay of any operation safe.
    /// </summary>
    internal static bool FailedBeforeSending(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => true,
        HttpRequestException { InnerException: SocketException socket } => IsConnectError(socket.SocketErrorCode),
        SocketException socket => IsConnectError(socket.SocketErrorCode),
        _ => false,
    };

    private static bool IsConnectError(SocketError error) => error is SocketError.ConnectionRefused
        or SocketError.HostNotFound
        or SocketError.HostUnreachable
        or SocketError.NetworkUnreachable
        or SocketError.TryAgain
        or SocketError.NoData;

    /// <summary>Full jitter: a random delay between 0 and min(max, base · 2^(attempt-1)).</summary>
    internal static TimeSpan Backoff(int failedAttempts, CognitoRetryOptions options, double random01)
    {
        var exponent = Math.Min(failedAttempts - 1, 30);
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * random01);
    }
}
