using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoTyped.ServiceModel.Tests.Conformance;

/// <summary>A request as the capture server received it: header names lower-cased, the body as text.</summary>
internal sealed record CapturedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>What the capture server answers.</summary>
internal sealed record CannedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

/// <summary>
/// A loopback HTTP server that records every request and answers what the test tells it to: the peer both SDKs send to,
/// standing in for Cognito (a fake, named as one). The answer is chosen by the request's <c>X-Amz-Target</c> and how many
/// requests with that target came before, counted from the last <see cref="Reset"/>, so both SDKs get the same answers.
/// </summary>
internal sealed class CaptureServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, int, CannedResponse> _answer;
    private readonly ConcurrentQueue<CapturedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Task _loop;

    /// <param name="answer">The answer to the n-th (from 0) request with a given target.</param>
    public CaptureServer(Func<string, int, CannedResponse> answer)
    {
        _answer = answer;
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>The requests received since the last <see cref="Reset"/>, in order.</summary>
    public IReadOnlyList<CapturedRequest> Requests => _requests.ToArray();

    /// <summary>Forgets the requests and the counts, before the other SDK sends the same calls.</summary>
    public void Reset()
    {
        _requests.Clear();
        _seen.Clear();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string? name in context.Request.Headers.AllKeys)
        {
            if (name is not null)
            {
                headers[name.ToLowerInvariant()] = context.Request.Headers[name] ?? string.Empty;
            }
        }

        var request = new CapturedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "/", headers, body);
        _requests.Enqueue(request);
        var target = request.Header("x-amz-target") ?? string.Empty;
        var index = _seen.AddOrUpdate(target, 0, (_, count) => count + 1);
        CannedResponse answer;
        try
        {
            answer = _answer(target, index);
        }
        catch (Exception exception)
        {
            answer = new CannedResponse(599, exception.Message);
        }

        var bytes = Encoding.UTF8.GetBytes(answer.Body);
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/x-amz-json-1.1";
        context.Response.Headers["x-amzn-RequestId"] = "conformance-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
