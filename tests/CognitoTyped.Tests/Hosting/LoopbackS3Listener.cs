using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoTyped.Tests.Hosting;

/// <summary>
/// Stands where S3 would on a loopback port: records the headers of each request a real AWS SDK S3 client sends and answers
/// ListBuckets with an empty list, so the tests can read how the request was signed.
/// </summary>
internal sealed class LoopbackS3Listener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<IReadOnlyDictionary<string, string>> _requests = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;

    internal LoopbackS3Listener()
    {
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture)}";
        _serving = ServeAsync();
    }

    internal string Url { get; }

    /// <summary>The headers (lower-case names) of each request received so far.</summary>
    internal IReadOnlyList<IReadOnlyDictionary<string, string>> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener fails the pending accept.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var socket = await _listener.AcceptTcpClientAsync(_stop.Token);
            var stream = socket.GetStream();
            var buffer = new byte[64 * 1024];
            var received = new StringBuilder();
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            var headers = received.ToString().Split("\r\n").Skip(1).TakeWhile(l => l.Length > 0)
                .Select(l => l.Split(':', 2))
                .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
            lock (_requests)
            {
                _requests.Add(headers);
            }

            var body = """<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>fake</ID></Owner><Buckets></Buckets></ListAllMyBucketsResult>""";
            var response = $"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
            await stream.WriteAsync(Encoding.UTF8.GetBytes(response), _stop.Token);
        }
    }
}
