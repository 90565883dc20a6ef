using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace CognitoTyped.Protocol;

/// <summary>
/// AWS JSON 1.1 over <see cref="HttpClient"/>: <c>POST /</c>, <c>X-Amz-Target: Prefix.Operation</c>,
/// <c>application/x-amz-json-1.1</c>, errors parsed into typed exceptions, retries with backoff,
/// a timeout per attempt, SigV4 for the operations that need AWS credentials.
/// </summary>
internal sealed class AwsJsonTransport : IDisposable
{
    internal const string ContentType = "application/x-amz-json-1.1";
    private static readonly MediaTypeHeaderValue ContentTypeHeader = MediaTypeHeaderValue.Parse(ContentType);

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly AwsServiceEndpoint _endpoint;
    private readonly CognitoServiceClientOptions _options;
    private readonly Func<DateTime> _utcNow;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;
    private readonly TimeProvider _time;

    internal AwsJsonTransport(AwsServiceEndpoint endpoint, CognitoServiceClientOptions options, HttpClient? httpClient, Func<DateTime>? utcNow = null, Func<TimeSpan, CancellationToken, Task>? delay = null, TimeProvider? time = null)
    {
        options.Retry.Validate();
        _endpoint = endpoint;
        _options = options;
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _utcNow = utcNow ?? (() => DateTime.UtcNow);
        _delay = delay ?? Task.Delay;
        _time = time ?? TimeProvider.System;
    }

    internal AwsServiceEndpoint Endpoint => _endpoint;

    internal async Task<TResponse> SendAsync<TRequest, TResponse>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, bool signed, CancellationToken cancellationToken)
    {
        var body = await SendCoreAsync(operation, request, requestType, signed, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            body = "{}"u8.ToArray();
        }

        try
        {
            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with 'null'.");
        }
        catch (JsonException exception)
        {
            // The body may hold tokens: name the position, never the content.
            throw new CognitoProtocolException($"{_endpoint.SigningName} answered {operation} with JSON that does not match its shape (at {exception.Path}).", exception);
        }
    }

    internal async Task SendAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, bool signed, CancellationToken cancellationToken)
        => _ = await SendCoreAsync(operation, request, requestType, signed, cancellationToken).ConfigureAwait(false);

    private async Task<byte[]> SendCoreAsync<TRequest>(string operation, TRequest request, JsonTypeInfo<TRequest> requestType, bool signed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var payload = JsonSerializer.SerializeToUtf8Bytes(request, requestType);
        try
        {
            return await SendWithRetriesAsync(operation, payload, signed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The payload can hold a password or a code: cleared once no attempt can send it again.
            CryptographicOperations.ZeroMemory(payload);
        }
    }

    private async Task<byte[]> SendWithRetriesAsync(string operation, byte[] payload, bool signed, CancellationToken cancellationToken)
    {
        var retry = _options.Retry;
        var replaySafe = RetryPolicy.IsReplaySafe(operation);

        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Exception failure;
            try
            {
                return await SendOnceAsync(operation, payload, signed, cancellationToken).ConfigureAwait(false);
            }
            catch (CognitoServiceException error) when (attempt < retry.MaxAttempts && RetryPolicy.ShouldRetry(operation, error))
            {
                failure = error;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && RetryPolicy.IsTransient(exception))
            {
                if (attempt >= retry.MaxAttempts || !replaySafe)
                {
                    throw exception is TimeoutException ? exception : new CognitoNetworkException($"Calling {_endpoint.SigningName} {operation} failed after {attempt} attempt(s): {exception.Message}", exception);
                }

                failure = exception;
            }

            _ = failure;
            var backoff = RetryPolicy.Backoff(attempt, retry, Random.Shared.NextDouble());
            await _delay(backoff, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<byte[]> SendOnceAsync(string operation, byte[] payload, bool signed, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _endpoint.Url);
        message.Headers.TryAddWithoutValidation("X-Amz-Target", _endpoint.TargetPrefix + "." + operation);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent.Value);
        message.Content = new ByteArrayContent(payload);
        message.Content.Headers.ContentType = ContentTypeHeader;
        if (signed)
        {
            var credentials = await ResolveCredentialsAsync().ConfigureAwait(false);
            SigV4RequestSigner.Sign(message, payload, credentials, _endpoint.Region, _endpoint.SigningName, _utcNow());
        }

        // The attempt's clock is _time, so a test can run an attempt out of time without waiting for it.
        using var attemptTimeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);

        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(attempt.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            throw CognitoErrors.Parse(
                response.StatusCode,
                FirstHeader(response, "x-amzn-ErrorType"),
                FirstHeader(response, "x-amzn-RequestId") ?? FirstHeader(response, "x-amz-request-id"),
                body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && attemptTimeout.IsCancellationRequested)
        {
            throw new TimeoutException($"{_endpoint.SigningName} did not answer {operation} within {_options.RequestTimeout.TotalSeconds:0.###} s.");
        }
    }

    private async Task<ImmutableCredentials> ResolveCredentialsAsync()
    {
        var credentials = _options.Credentials ?? DefaultAWSCredentialsIdentityResolver.GetCredentials();
        return await credentials.GetCredentialsAsync().ConfigureAwait(false);
    }

    private static string? FirstHeader(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static class UserAgent
    {
        internal static readonly string Value = "CognitoTyped/" + (typeof(AwsJsonTransport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
    }
}
