using System.Net;
using System.Net.Sockets;

namespace CognitoTyped.Hosting;

/// <summary>
/// What every request CognitoTyped sends carries in <see cref="HttpRequestMessage.Options"/>, for the
/// <see cref="DelegatingHandler"/>s an app adds (see <see cref="CognitoTypedBuilder"/>): under <see cref="Operation"/>, the
/// service, the operation, and whether sending it again can change its outcome. <see cref="ShouldRetry"/> is the predicate a
/// resilience pipeline (<c>Microsoft.Extensions.Http.Resilience</c>) needs so that it never replays a challenge answer, a
/// sign-up or a code.
/// </summary>
public static class CognitoHttpRequestOptions
{
    /// <summary>
    /// Which call the request is (<c>request.Options.TryGetValue(CognitoHttpRequestOptions.Operation, out var operation)</c>):
    /// one entry rather than one per fact, as it is set on every request.
    /// </summary>
    public static readonly HttpRequestOptionsKey<CognitoOperationInfo> Operation = new("CognitoTyped.Operation");

    /// <summary>
    /// Whether a retry strategy may send <paramref name="request"/> again after this outcome. Throttling (HTTP 429) always:
    /// the service refused before doing anything. A 5xx, a timeout or a lost connection only when
    /// <see cref="CognitoOperationInfo.ReplaySafe"/> is true: the service may have done the work, and a challenge answer or a code is spent. Never
    /// for a request that is not CognitoTyped's (no <see cref="Operation"/>), nor for a 4xx other than 408/429.
    /// </summary>
    /// <param name="request">The request (in Polly: <c>args.Context.GetRequestMessage()</c>).</param>
    /// <param name="response">The response, when one came.</param>
    /// <param name="exception">The failure, when no response came.</param>
    /// <returns>True to retry.</returns>
    public static bool ShouldRetry(HttpRequestMessage? request, HttpResponseMessage? response, Exception? exception)
    {
        if (request is null || !request.Options.TryGetValue(Operation, out var operation) || operation is null)
        {
            return false;
        }

        if (response is { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return true;
        }

        var replaySafe = operation.ReplaySafe;
        if (response is not null)
        {
            var status = (int)response.StatusCode;
            return replaySafe && (status is 408 or 500 or 502 or 503 or 504);
        }

        return replaySafe && exception is HttpRequestException or IOException or SocketException or TimeoutException
            or OperationCanceledException { InnerException: TimeoutException };
    }
}
