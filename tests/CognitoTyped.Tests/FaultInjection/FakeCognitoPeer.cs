using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoTyped.Tests.FaultInjection;

/// <summary>
/// A FAKE Cognito peer: a loopback <see cref="TcpListener"/> owned by the tests that speaks just enough HTTP/1.1 to answer
/// AWS JSON 1.1 calls, and breaks the exchange on purpose where a script says so. It is a real socket, so the client's real
/// <see cref="SocketsHttpHandler"/> sees real resets, half-sent responses and stalled bodies, which no
/// <see cref="HttpMessageHandler"/> fake can produce. It counts the requests it received per operation, so a test can tell
/// whether a call was sent twice. Every answer carries <c>Connection: close</c>: each attempt gets its own connection, so
/// the handler never retries a request on a reused connection behind the client's back.
/// </summary>
internal sealed class FakeCognitoPeer : IAsyncDisposable
{
    /// <summary>The largest body the huge-body faults announce or stream: 1 GiB, generated on the fly.</summary>
    internal const long HugeBodyBytes = 1L << 30;

    private static readonly byte[] Filler = CreateFiller();
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, int, Fault> _script;
    private readonly Func<string, string> _successBody;
    private readonly ConcurrentDictionary<string, int> _received = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _acceptLoop;
    private readonly Action<int>? _disposed;
    private long _bodyBytesWritten;
    private int _faultsInjected;
    private readonly TaskCompletionSource _stoppedBeingRead = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="script">For an operation and the how-many-th request of it (1-based), what to do.</param>
    /// <param name="successBody">The JSON a successful answer to an operation carries.</param>
    /// <param name="disposed">Told, when the peer is disposed, how many faults it injected.</param>
    public FakeCognitoPeer(Func<string, int, Fault> script, Func<string, string>? successBody = null, Action<int>? disposed = null)
    {
        _disposed = disposed;
        _script = script;
        _successBody = successBody ?? (_ => "{}");
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    /// <summary>What the peer does with one request.</summary>
    public enum Fault
    {
        /// <summary>Answers 200 with the operation's success body.</summary>
        None,

        /// <summary>Reads the request line and headers, then resets the connection (RST) before reading the body.</summary>
        ResetMidRequest,

        /// <summary>Reads the request, sends half of a 200 answer, then resets the connection.</summary>
        ResetMidResponse,

        /// <summary>Reads the request, sends 200 headers, then one byte of body per second (slow loris).</summary>
        Trickle,

        /// <summary>Reads the request, then streams a 1 GiB chunked body (no Content-Length), generated as it is written.</summary>
        HugeChunkedBody,

        /// <summary>Reads the request, then announces a 1 GiB body with Content-Length and starts streaming it.</summary>
        HugeDeclaredBody,

        /// <summary>Reads the request, then closes the connection without a byte of answer.</summary>
        CloseWithoutResponse,

        /// <summary>Answers 500 InternalErrorException.</summary>
        Status500,

        /// <summary>Answers 429 TooManyRequestsException (throttled before any work).</summary>
        Throttle,

        /// <summary>Answers 200 with JSON cut in the middle.</summary>
        InvalidJson,

        /// <summary>Answers 200 with a proxy's HTML page.</summary>
        HtmlPage,
    }

    /// <summary>The endpoint, on loopback.</summary>
    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>How many faults (answers other than <see cref="Fault.None"/>) the peer injected.</summary>
    public int FaultsInjected => Volatile.Read(ref _faultsInjected);

    /// <summary>Body bytes written by the huge-body and trickle faults, all connections together.</summary>
    public long BodyBytesWritten => Interlocked.Read(ref _bodyBytesWritten);

    /// <summary>Completes when a streamed body could no longer be written because the client stopped reading and closed.</summary>
    public Task StoppedBeingRead => _stoppedBeingRead.Task;

    /// <summary>How many requests of <paramref name="operation"/> reached the peer (their headers, at least).</summary>
    public int Received(string operation) => _received.TryGetValue(operation, out var count) ? count : 0;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop.ConfigureAwait(false);
            await Task.WhenAll(_connections).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException or TimeoutException)
        {
        }

        _stop.Dispose();
        _disposed?.Invoke(FaultsInjected);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _connections.Add(Task.Run(() => ServeAsync(client)));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        try
        {
            var (operation, contentLength) = await ReadHeadAsync(stream).ConfigureAwait(false);
            var number = _received.AddOrUpdate(operation, 1, (_, n) => n + 1);
            var fault = _script(operation, number);
            if (fault != Fault.None)
            {
                Interlocked.Increment(ref _faultsInjected);
            }

            if (fault == Fault.ResetMidRequest)
            {
                Reset(client);
                return;
            }

            await SkipAsync(stream, contentLength).ConfigureAwait(false);
            switch (fault)
            {
                case Fault.None:
                    await AnswerAsync(stream, 200, "OK", _successBody(operation)).ConfigureAwait(false);
                    break;
                case Fault.Status500:
                    await AnswerAsync(stream, 500, "Internal Server Error", """{"__type":"InternalErrorException","message":"fake peer failure"}""").ConfigureAwait(false);
                    break;
                case Fault.Throttle:
                    await AnswerAsync(stream, 429, "Too Many Requests", """{"__type":"TooManyRequestsException","message":"slow down"}""").ConfigureAwait(false);
                    break;
                case Fault.InvalidJson:
                    await AnswerAsync(stream, 200, "OK", """{"Username":"ada","UserAttributes":[{"Name":""").ConfigureAwait(false);
                    break;
                case Fault.HtmlPage:
                    await AnswerAsync(stream, 200, "OK", "<html><body>proxy login</body></html>", "text/html").ConfigureAwait(false);
                    break;
                case Fault.ResetMidResponse:
                    var head = Head(200, "OK", "application/x-amz-json-1.1", "Content-Length: 400");
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(head + """{"UserConfirmed":fal""")).ConfigureAwait(false);
                    await stream.FlushAsync().ConfigureAwait(false);
                    Reset(client);
                    break;
                case Fault.CloseWithoutResponse:
                    client.Client.Shutdown(SocketShutdown.Send);
                    break;
                case Fault.Trickle:
                    await TrickleAsync(stream).ConfigureAwait(false);
                    break;
                case Fault.HugeChunkedBody:
                    await StreamHugeBodyAsync(stream, chunked: true).ConfigureAwait(false);
                    break;
                case Fault.HugeDeclaredBody:
                    await StreamHugeBodyAsync(stream, chunked: false).ConfigureAwait(false);
                    break;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away: what several faults are for.
        }
    }

    private async Task TrickleAsync(NetworkStream stream)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(200, "OK", "application/x-amz-json-1.1", "Content-Length: 1000"))).ConfigureAwait(false);
        var body = Encoding.ASCII.GetBytes("""{"Username":"ada","UserAttributes":[]}""".PadRight(1000));
        for (var i = 0; i < body.Length && !_stop.IsCancellationRequested; i++)
        {
            await stream.WriteAsync(body.AsMemory(i, 1), _stop.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _bodyBytesWritten);
            await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token).ConfigureAwait(false);
        }
    }

    private async Task StreamHugeBodyAsync(NetworkStream stream, bool chunked)
    {
        var framing = chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + HugeBodyBytes.ToString(CultureInfo.InvariantCulture);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(Head(200, "OK", "application/x-amz-json-1.1", framing))).ConfigureAwait(false);
        var chunkHeader = Encoding.ASCII.GetBytes(Filler.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
        var opening = "{\"Username\":\""u8.ToArray();
        try
        {
            if (chunked)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(opening.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), _stop.Token).ConfigureAwait(false);
                await stream.WriteAsync(opening, _stop.Token).ConfigureAwait(false);
                await stream.WriteAsync("\r\n"u8.ToArray(), _stop.Token).ConfigureAwait(false);
            }
            else
            {
                await stream.WriteAsync(opening, _stop.Token).ConfigureAwait(false);
            }

            for (long written = opening.Length; written < HugeBodyBytes; written += Filler.Length)
            {
                if (chunked)
                {
                    await stream.WriteAsync(chunkHeader, _stop.Token).ConfigureAwait(false);
                }

                // The same 64 KiB buffer every time: 1 GiB is generated, never held.
                await stream.WriteAsync(Filler, _stop.Token).ConfigureAwait(false);
                if (chunked)
                {
                    await stream.WriteAsync("\r\n"u8.ToArray(), _stop.Token).ConfigureAwait(false);
                }

                Interlocked.Add(ref _bodyBytesWritten, Filler.Length);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            _stoppedBeingRead.TrySetResult();
            throw;
        }
    }

    private static async Task AnswerAsync(NetworkStream stream, int status, string reason, string body, string contentType = "application/x-amz-json-1.1")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = Head(status, reason, contentType, "Content-Length: " + bytes.Length.ToString(CultureInfo.InvariantCulture));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head)).ConfigureAwait(false);
        await stream.WriteAsync(bytes).ConfigureAwait(false);
        await stream.FlushAsync().ConfigureAwait(false);
    }

    private static string Head(int status, string reason, string contentType, string framing)
        => $"HTTP/1.1 {status.ToString(CultureInfo.InvariantCulture)} {reason}\r\nContent-Type: {contentType}\r\n{framing}\r\nx-amzn-RequestId: fake-peer\r\nConnection: close\r\n\r\n";

    private static void Reset(TcpClient client)
    {
        // Linger 0: close sends RST, not FIN.
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    private async Task<(string Operation, long ContentLength)> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new List<byte>(1024);
        var one = new byte[1];
        while (buffer.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one, _stop.Token).ConfigureAwait(false) == 0)
            {
                throw new IOException("The client closed before the end of the request headers.");
            }

            buffer.Add(one[0]);
            if (buffer.Count >= 4 && buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n')
            {
                break;
            }
        }

        var operation = "?";
        long contentLength = 0;
        foreach (var line in Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("X-Amz-Target", StringComparison.OrdinalIgnoreCase))
            {
                operation = value[(value.IndexOf('.', StringComparison.Ordinal) + 1)..];
            }
            else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = long.Parse(value, CultureInfo.InvariantCulture);
            }
        }

        return (operation, contentLength);
    }

    private async Task SkipAsync(NetworkStream stream, long length)
    {
        var buffer = new byte[4096];
        while (length > 0)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length)), _stop.Token).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("The client closed before the end of the request body.");
            }

            length -= read;
        }
    }

    private static byte[] CreateFiller()
    {
        var filler = new byte[64 * 1024];
        filler.AsSpan().Fill((byte)'a');
        return filler;
    }
}
