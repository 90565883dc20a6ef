using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CognitoTyped.Diagnostics;
using CognitoTyped.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoTyped.Protocol;

/// <summary>
/// AWS JSON 1.1 over <see cref="HttpClient"/>: <c>POST /</c>, <c>X-Amz-Target: Prefix.Operation</c>,
/// <c>application/x-amz-json-1.1</c>, errors parsed into typed exceptions, retries with backoff,
/// a timeout per attempt, SigV4 for the operations that need AWS credentials.
/// </summary>
internal sealed class AwsJsonTransport : IDisposable
{
    internal const string ContentType = "application/x-amz-json-1.1";

    private readonly HttpClientSource _http;
    private readonly AwsServiceEndpoint _endpoint;
    private CognitoServiceClientOptions _options;
    private readonly Func<DateTime> _utcNow;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly ILogger _logger;
    private readonly string _rpcService;

    /// <summary>What each operation's calls share (X-Amz-Target, replay class, span name, handlers' info), made on its first call.</summary>
    private readonly ConcurrentDictionary<string, OperationFacts> _operations = new(StringComparer.Ordinal);

    /// <summary>The attempts' timeouts, shared by attempts that start close together.</summary>
    private readonly AttemptDeadlines _deadlines;

    internal AwsJsonTransport(AwsServiceEndpoint endpoint, CognitoServiceClientOptions options, HttpClient? httpClient, Func<DateTime>? utcNow = null, Func<TimeSpan, CancellationToken, Task>? delay = null, TimeProvider? time = null)
    {
        options.Retry.Validate();
        if (options.MaxResponseBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxResponseBytes, "CognitoServiceClientOptions.MaxResponseBytes must be positive.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.RequestTimeout, "CognitoServiceClientOptions.RequestTimeout must be positive (or Timeout.InfiniteTimeSpan).");
        }

        _endpoint = endpoint;
        _options = options;
        _http = HttpClientSource.For(httpClient, options.HttpClientFactory, HttpClientNameOf(endpoint.SigningName));
        _utcNow = utcNow ?? (() => DateTime.UtcNow);
        _delay = delay ?? Task.Delay;
        _deadlines = new AttemptDeadlines(time ?? TimeProvider.System);
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(CognitoLog.TransportCategory);
        _rpcService = CognitoTelemetry.RpcServiceOf(endpoint.SigningName);
    }

    internal AwsServiceEndpoint Endpoint => _endpoint;

    /// <summary>The time a request is signed at (a test's clock, else the system's).</summary>
    internal DateTime UtcNow => _utcNow();

    /// <summary>The SigV4 signing key of this transport's credentials for the day, derived once rather than per call.</summary>
    internal SigV4RequestSigner.SigningKeyCache SigningKeys { get; } = new();

    /// <summary>The options read per call (timeout, retries, response bound); swapped whole by <see cref="Reconfigure"/>.</summary>
    internal CognitoServiceClientOptions Options => Volatile.Read(ref _options);

    /// <summary>
    /// Takes new per-call settings (a configuration reload): <see cref="CognitoServiceClientOptions.RequestTimeout"/>,
    /// <see cref="CognitoServiceClientOptions.Retry"/> and <see cref="CognitoServiceClientOptions.MaxResponseBytes"/>. The
    /// endpoint, region and credentials stay as they were; calls under way finish with the settings they started with.
    /// </summary>
    internal void Reconfigure(TimeSpan requestTimeout, CognitoRetryOptions retry, int maxResponseBytes)
    {
        retry.Validate();
        if (maxResponseBytes < 1 || (requestTimeout <= TimeSpan.Zero && requestTimeout != Timeout.InfiniteTimeSpan))
        {
            throw new ArgumentOutOfRangeException(nameof(requestTimeout), "The request timeout and the response bound must be positive.");
        }

        var current = Options;
        Volatile.Write(ref _options, new CognitoServiceClientOptions
        {
            Region = current.Region,
            ServiceUrl = current.ServiceUrl,
            Credentials = current.Credentials,
            RequestTimeout = requestTimeout,
            Retry = retry,
            MaxResponseBytes = maxResponseBytes,
            AllowInsecureHttp = current.AllowInsecureHttp,
            LoggerFactory = current.LoggerFactory,
            HttpClientFactory = current.HttpClientFactory,
        });
    }

    internal static string HttpClientNameOf(string signingName)
        => signingName == AwsServiceEndpoint.IdentityProviderSigningName ? CognitoHttpClientNames.IdentityProvider : CognitoHttpClientNames.Identity;

    internal async Task<TResponse> SendAsync<TRequest, TResponse>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, RequestSigning? signing, CancellationToken cancellationToken)
    {
        var call = StartCall(operation, request, requestType);
        PooledBody body;
        try
        {
            body = await AttemptAsync(call.Operation, call.Payload, call.Replay, signing, call.Activity, StartedAt(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            EndCall(call);
        }

        try
        {
            return JsonSerializer.Deserialize(body.IsEmpty ? "{}"u8 : body.Span, responseType)
                ?? throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with 'null'.");
        }
        catch (JsonException exception)
        {
            // The body may hold tokens, and JsonException's message can quote the offending text: name the position, never
            // the content, and keep the JsonException out of the chain.
            throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with JSON that is broken or does not match its shape (at {exception.Path ?? "$"}, line {exception.LineNumber}, byte {exception.BytePositionInLine}).");
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or ArgumentException or OverflowException or System.Text.DecoderFallbackException)
        {
            // What System.Text.Json lets through from converters and UTF-8 transcoding; the message may quote the value.
            throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with a value that cannot be read ({exception.GetType().Name}).");
        }
        finally
        {
            body.Return();
        }
    }

    internal async Task SendAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, RequestSigning? signing, CancellationToken cancellationToken)
    {
        var call = StartCall(operation, request, requestType);
        try
        {
            (await AttemptAsync(call.Operation, call.Payload, call.Replay, signing, call.Activity, StartedAt(), cancellationToken).ConfigureAwait(false)).Return();
        }
        finally
        {
            EndCall(call);
        }
    }

    /// <summary>When the operation started, for its duration; 0 (no clock read) when nobody listens to the duration histogram.</summary>
    private static long StartedAt() => CognitoTelemetry.OperationDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>What one operation's attempts share: the serialized request, whether it may be sent again, and its span.</summary>
    private readonly record struct Call(OperationFacts Operation, ArraySegment<byte> Payload, OperationReplay Replay, Activity? Activity);

    private Call StartCall<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType)
    {
        ArgumentNullException.ThrowIfNull(request);
        var facts = _operations.GetOrAdd(operation, static (name, endpoint) => new OperationFacts(endpoint, name), _endpoint);
        var replay = RetryPolicy.Classify(facts.Replay, request);
        var payload = RequestPayload.Serialize(request, requestType);

        // One client span per operation, named as the service and operation: HttpClient's own spans show only "POST /", the
        // operation travels in X-Amz-Target. Its attempts' HTTP spans are its children.
        var activity = CognitoTelemetry.ActivitySource.HasListeners()
            ? CognitoTelemetry.ActivitySource.StartActivity(facts.SpanName, ActivityKind.Client)
            : null;
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(CognitoTelemetry.RpcSystem, "aws-api");
            activity.SetTag(CognitoTelemetry.RpcService, _rpcService);
            activity.SetTag(CognitoTelemetry.RpcMethod, operation);
        }

        return new Call(facts, payload, replay, activity);
    }

    private static void EndCall(in Call call)
    {
        call.Activity?.Dispose();
        // The payload can hold a password or a code: cleared once no attempt can send it again.
        RequestPayload.Return(call.Payload);
    }

    /// <summary>
    /// Sends until an answer, a final error or the last attempt, and records the operation's outcome with its attempt count
    /// (here, where the count is a local: a callback to report it would be a closure and a delegate on every call).
    /// </summary>
    private async ValueTask<PooledBody> AttemptAsync(OperationFacts facts, ArraySegment<byte> payload, OperationReplay replay, RequestSigning? signing, Activity? activity, long started, CancellationToken cancellationToken)
    {
        var operation = facts.Name;
        var retry = Options.Retry;
        var attempts = 0;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                attempts = attempt;
                using var content = new SendTrackingContent(payload);
                Exception failure;
                try
                {
                    var answer = await SendOnceAsync(facts, replay, content, payload, signing, cancellationToken).ConfigureAwait(false);
                    activity?.SetTag(CognitoTelemetry.HttpStatusCode, answer.StatusCode);
                    activity?.SetTag(CognitoTelemetry.AwsRequestId, answer.RequestId);
                    CognitoLog.OperationSucceeded(_logger, _endpoint.SigningName, operation, answer.StatusCode, attempt, answer.RequestId);
                    RecordOperation(operation, started, attempt, activity, error: null);
                    return answer.Body;
                }
                catch (CognitoServiceException error) when (!cancellationToken.IsCancellationRequested)
                {
                    if (attempt < retry.MaxAttempts && RetryPolicy.ShouldRetry(replay, error))
                    {
                        failure = error;
                    }
                    else if (replay == OperationReplay.NotReplaySafe && RetryPolicy.MayHaveBeenProcessed(error))
                    {
                        CognitoLog.AmbiguousOutcome(_logger, _endpoint.SigningName, operation, attempt, error.ErrorCode, (int)error.StatusCode, error.RequestId);
                        throw new CognitoAmbiguousOutcomeException(_endpoint.SigningName, operation, error);
                    }
                    else
                    {
                        CognitoLog.OperationFailed(_logger, _endpoint.SigningName, operation, attempt, error.ErrorCode, (int)error.StatusCode, error.RequestId);
                        throw;
                    }
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested && RetryPolicy.IsTransient(exception))
                {
                    var neverSent = !content.SendStarted || RetryPolicy.FailedBeforeSending(exception);
                    var errorType = CognitoTelemetry.ErrorTypeOf(exception);
                    if (replay == OperationReplay.NotReplaySafe && !neverSent)
                    {
                        CognitoLog.AmbiguousOutcome(_logger, _endpoint.SigningName, operation, attempt, errorType, null, null);
                        throw new CognitoAmbiguousOutcomeException(_endpoint.SigningName, operation, exception);
                    }

                    if (attempt >= retry.MaxAttempts)
                    {
                        CognitoLog.OperationFailed(_logger, _endpoint.SigningName, operation, attempt, errorType, null, null);
                        if (exception is TimeoutException)
                        {
                            throw;
                        }

                        throw new CognitoNetworkException($"Calling {_endpoint.SigningName} {operation} failed after {attempt} attempt(s): {exception.Message}", exception);
                    }

                    failure = exception;
                }

                var backoff = RetryPolicy.Backoff(attempt, retry, Random.Shared.NextDouble());
                RecordRetry(operation, attempt, backoff, failure, activity);
                await _delay(backoff, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            RecordOperation(operation, started, attempts, activity, exception);
            throw;
        }
    }

    private void RecordRetry(string operation, int attempt, TimeSpan backoff, Exception failure, Activity? activity)
    {
        var errorType = CognitoTelemetry.ErrorTypeOf(failure);
        var service = failure as CognitoServiceException;
        if (_logger.IsEnabled(LogLevel.Warning))
        {
            CognitoLog.AttemptRetried(_logger, _endpoint.SigningName, operation, attempt, errorType, service is null ? null : (int)service.StatusCode, service?.RequestId, backoff.TotalMilliseconds);
        }

        CognitoTelemetry.Retries.Add(
            1,
            new KeyValuePair<string, object?>(CognitoTelemetry.RpcService, _rpcService),
            new KeyValuePair<string, object?>(CognitoTelemetry.RpcMethod, operation),
            new KeyValuePair<string, object?>(CognitoTelemetry.ErrorType, errorType));
        activity?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection
        {
            ["cognitotyped.attempt"] = attempt,
            [CognitoTelemetry.ErrorType] = errorType,
            ["cognitotyped.retry.delay_ms"] = backoff.TotalMilliseconds,
        }));
    }

    private void RecordOperation(string operation, long started, int attempts, Activity? activity, Exception? error)
    {
        var errorType = error is null ? null : CognitoTelemetry.ErrorTypeOf(error);
        var outcome = error switch
        {
            null => CognitoTelemetry.Success,
            CognitoAmbiguousOutcomeException => "ambiguous",
            OperationCanceledException => "cancelled",
            _ => CognitoTelemetry.Failure,
        };

        if (started != 0 && CognitoTelemetry.OperationDuration.Enabled)
        {
            var tags = new TagList
            {
                { CognitoTelemetry.RpcService, _rpcService },
                { CognitoTelemetry.RpcMethod, operation },
                { CognitoTelemetry.Outcome, outcome },
            };
            if (errorType is not null)
            {
                tags.Add(CognitoTelemetry.ErrorType, errorType);
            }

            CognitoTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }

        if (activity is null)
        {
            return;
        }

        activity.SetTag(CognitoTelemetry.Attempts, attempts);
        if (error is not null)
        {
            var service = error as CognitoServiceException ?? error.InnerException as CognitoServiceException;
            if (service is not null)
            {
                activity.SetTag(CognitoTelemetry.HttpStatusCode, (int)service.StatusCode);
                activity.SetTag(CognitoTelemetry.AwsRequestId, service.RequestId);
            }

            activity.SetTag(CognitoTelemetry.ErrorType, errorType);
            // The description is the error type, never the exception's message: a service message is the service's text.
            activity.SetStatus(ActivityStatusCode.Error, errorType);
        }
    }

    /// <summary>What every call of one operation shares, made once per operation rather than looked up or joined per call.</summary>
    private sealed class OperationFacts(AwsServiceEndpoint endpoint, string name)
    {
        internal string Name { get; } = name;

        internal string Target { get; } = endpoint.TargetPrefix + "." + name;

        internal string SpanName { get; } = endpoint.SigningName + "." + name;

        /// <summary>The operation's own class; a call may still be a read (<see cref="RetryPolicy.Classify{TRequest}(OperationReplay, TRequest)"/>).</summary>
        internal OperationReplay Replay { get; } = RetryPolicy.Classify(endpoint.SigningName, name);

        internal CognitoOperationInfo ReplaySafe { get; } = new(endpoint.SigningName, name, replaySafe: true);

        internal CognitoOperationInfo NotReplaySafe { get; } = new(endpoint.SigningName, name, replaySafe: false);
    }

    private readonly record struct Answer(PooledBody Body, int StatusCode, string? RequestId);

    private async ValueTask<Answer> SendOnceAsync(OperationFacts facts, OperationReplay replay, SendTrackingContent content, ArraySegment<byte> payload, RequestSigning? signing, CancellationToken cancellationToken)
    {
        var operation = facts.Name;
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint.Url);
        message.Headers.TryAddWithoutValidation("X-Amz-Target", facts.Target);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
        // For handlers the app adds (resilience, logging): which call this is and whether it may be sent again. The client this
        // transport made itself has no handler that could read them.
        if (!_http.Owned)
        {
            message.Options.Set(CognitoHttpRequestOptions.Operation, replay == OperationReplay.NotReplaySafe ? facts.NotReplaySafe : facts.ReplaySafe);
        }
        message.Content = content;
        // Unparsed: the signer and the handler read the text as it is, no MediaTypeHeaderValue is formatted on every call.
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        if (signing is not null)
        {
            await signing.SignAsync(message, payload, this).ConfigureAwait(false);
        }

        var options = Options;
        var attempt = _deadlines.Start(options.RequestTimeout, cancellationToken);
        try
        {
            // Headers first: the body is read by BoundedResponseReader, never buffered whole by HttpClient.
            using var response = await _http.Get().SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            var declaredType = MediaTypeOf(response.Content);
            if (response.IsSuccessStatusCode && !IsJsonContentType(declaredType))
            {
                throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with HTTP {(int)response.StatusCode} and Content-Type '{Shorten(declaredType)}', not {ContentType}: something other than Cognito (a proxy, a captive portal) answered.");
            }

            var body = await BoundedResponseReader.ReadAsync(response.Content, options.MaxResponseBytes, attempt.Token).ConfigureAwait(false)
                ?? throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with a body longer than {options.MaxResponseBytes} bytes (CognitoServiceClientOptions.MaxResponseBytes); it was not read.");
            var handedOver = false;
            try
            {
                if (response.IsSuccessStatusCode)
                {
                    if (declaredType is null && !body.IsEmpty)
                    {
                        throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with a body but no Content-Type.");
                    }

                    handedOver = true;
                    return new Answer(body, (int)response.StatusCode, RequestIdOf(response));
                }

                throw CognitoErrors.Parse(
                    response.StatusCode,
                    FirstHeader(response, "x-amzn-ErrorType"),
                    RequestIdOf(response),
                    body.Span);
            }
            finally
            {
                if (!handedOver)
                {
                    body.Return();
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && attempt.TimedOut)
        {
            throw new TimeoutException($"{_endpoint.SigningName} did not answer {operation} within {options.RequestTimeout.TotalSeconds:0.###} s.");
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested && exception.CancellationToken != cancellationToken)
        {
            // Cancelled through the attempt's joined source on the caller's behalf: say so with the caller's token.
            throw new OperationCanceledException(exception.Message, exception, cancellationToken);
        }
        finally
        {
            _deadlines.End(attempt);
        }
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "…";

    /// <summary>Cognito answers <c>application/x-amz-json-1.1</c>; <c>application/json</c> is tolerated, and no type at all (checked against the body later).</summary>
    private static bool IsJsonContentType([NotNullWhen(false)] string? mediaType)
        => mediaType is null
            || string.Equals(mediaType, ContentType, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The media type of the answer's Content-Type (before any parameter), or null without one: read from the header's text
    /// rather than parsed into a <see cref="MediaTypeHeaderValue"/>, which would be an object per call.
    /// </summary>
    private static string? MediaTypeOf(HttpContent content)
    {
        if (!content.Headers.NonValidated.TryGetValues("Content-Type", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            var mediaType = value.AsSpan();
            int parameters = mediaType.IndexOf(';');
            mediaType = (parameters < 0 ? mediaType : mediaType[..parameters]).Trim();
            return mediaType.IsEmpty ? null
                : mediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase) ? ContentType
                : mediaType.Length == value.Length ? value
                : mediaType.ToString();
        }

        return null;
    }

    private static string? RequestIdOf(HttpResponseMessage response)
        => FirstHeader(response, "x-amzn-RequestId") ?? FirstHeader(response, "x-amz-request-id");

    // NonValidated: these are AWS's own headers, which HttpClient never parses, so the raw value is the value; it saves the
    // validating lookup's string[] and LINQ enumerator on every call.
    private static string? FirstHeader(HttpResponseMessage response, string name)
    {
        if (response.Headers.NonValidated.TryGetValues(name, out var values))
        {
            foreach (var value in values)
            {
                return value;
            }
        }

        return null;
    }

    public void Dispose()
    {
        _deadlines.Dispose();
        _http.Dispose();
    }

    private static class UserAgent
    {
        internal static readonly string Value = "CognitoTyped/" + (typeof(AwsJsonTransport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
    }
}
