using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoTyped.Tool.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP endpoint answering every AWS JSON call with one fixed status and body, for what cognito-local cannot
/// produce (identity pools, a refusal of credentials). It records the X-Amz-Target of each call.
/// </summary>
public sealed class FakeAwsEndpoint : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public FakeAwsEndpoint(int status, string body)
    {
        var port = FreePort();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _serving = Task.Run(async () =>
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

                lock (Targets)
                {
                    Targets.Add(context.Request.Headers["X-Amz-Target"] ?? string.Empty);
                }

                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status;
                context.Response.ContentType = "application/x-amz-json-1.1";
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
    }

    public Uri Url { get; }

    public List<string> Targets { get; } = [];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _serving.Wait(TimeSpan.FromSeconds(5));
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
