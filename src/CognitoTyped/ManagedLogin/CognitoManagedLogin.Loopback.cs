using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CognitoTyped.Diagnostics;

namespace CognitoTyped;

public sealed partial class CognitoManagedLogin
{
    private const int MaxRequestHeadBytes = 16 * 1024;
    private static readonly TimeSpan ConnectionReadTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Signs a desktop user in through the system browser (RFC 8252): listens on a loopback port, opens the authorization URL
    /// with the loopback redirect URI, waits for the one callback, answers the browser with a page saying it can be closed, and
    /// exchanges the code. The redirect URI (<c>http://localhost:{port}{path}</c> by default) must be one of the app client's
    /// callback URLs, exactly: fix <see cref="CognitoLoopbackSignInOptions.Port"/> to the registered port.
    /// </summary>
    /// <param name="options">Scopes, port, path, host, timeout and the browser launcher; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the wait and the exchange.</param>
    /// <returns>The user's tokens.</returns>
    /// <exception cref="CognitoOAuthException">The user refused (<c>access_denied</c>), the callback's state is not the request's, or the exchange was refused.</exception>
    /// <exception cref="TimeoutException">The browser did not come back within <see cref="CognitoLoopbackSignInOptions.Timeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="SocketException">The port cannot be listened on (e.g. a fixed port in use).</exception>
    public async Task<CognitoTokens> SignInWithLoopbackAsync(CognitoLoopbackSignInOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CognitoLoopbackSignInOptions();
        ObjectDisposedException.ThrowIf(disposed, this);
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentException("CognitoLoopbackSignInOptions.Port must be 0 (a free port) or a port number.", nameof(options));
        }

        var path = string.IsNullOrEmpty(options.Path) ? "/" : options.Path;
        if (path[0] != '/' || path.Contains('?', StringComparison.Ordinal) || path.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException("CognitoLoopbackSignInOptions.Path must start with '/' and have no query or fragment.", nameof(options));
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("CognitoLoopbackSignInOptions.Timeout must be positive.", nameof(options));
        }

        var listeners = Listen(options.Host, options.Port);
        try
        {
            var port = ((IPEndPoint)listeners[0].LocalEndpoint).Port;
            var hostName = options.Host == CognitoLoopbackHost.Localhost ? "localhost" : "127.0.0.1";
            var redirectUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{hostName}:{port}{path}"), UriKind.Absolute);
            var request = CreateAuthorizationRequest(redirectUri, options.Scopes, options.IdentityProvider, options.LoginHint, options.Prompt);

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                deadline.CancelAfter(options.Timeout);
            }

            Uri callback;
            var waiting = WaitForCallbackAsync(listeners, redirectUri, deadline.Token);
            try
            {
                await (options.OpenBrowser ?? OpenSystemBrowserAsync)(request.Url, deadline.Token).ConfigureAwait(false);
                callback = await waiting.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
            {
                CognitoLog.ManagedLoginFailed(_logger, "callback", "timeout", null);
                throw new TimeoutException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The browser did not come back to {redirectUri.GetLeftPart(UriPartial.Path)} within {options.Timeout.TotalSeconds:0.###} s (CognitoLoopbackSignInOptions.Timeout)."));
            }
            finally
            {
                // When the launcher fails, the wait ends here (cancelled, so nothing is left unobserved).
                await deadline.CancelAsync().ConfigureAwait(false);
            }

            return await ExchangeCodeAsync(request, callback, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }

    /// <summary>Listens on IPv4 loopback (a free port when 0) and, for <c>localhost</c>, on IPv6 loopback at the same port when the machine has it.</summary>
    private static TcpListener[] Listen(CognitoLoopbackHost host, int port)
    {
        var ipv4 = new TcpListener(IPAddress.Loopback, port);
        ipv4.Start();
        if (host != CognitoLoopbackHost.Localhost || !Socket.OSSupportsIPv6)
        {
            return [ipv4];
        }

        var ipv6 = new TcpListener(IPAddress.IPv6Loopback, ((IPEndPoint)ipv4.LocalEndpoint).Port);
        try
        {
            ipv6.Start();
            return [ipv4, ipv6];
        }
        catch (SocketException)
        {
            // No IPv6 loopback here (or the port is taken on it): browsers fall back to 127.0.0.1 for localhost.
            return [ipv4];
        }
    }

    /// <summary>Answers every connection until one brings a GET of the redirect path; that request's URL is the callback.</summary>
    private static async Task<Uri> WaitForCallbackAsync(TcpListener[] listeners, Uri redirectUri, CancellationToken cancellationToken)
    {
        var callback = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = cancellationToken.Register(() => callback.TrySetCanceled(cancellationToken));
        foreach (var listener in listeners)
        {
            _ = AcceptAsync(listener, redirectUri, callback, cancellationToken);
        }

        return await callback.Task.ConfigureAwait(false);
    }

    private static async Task AcceptAsync(TcpListener listener, Uri redirectUri, TaskCompletionSource<Uri> callback, CancellationToken cancellationToken)
    {
        while (!callback.Task.IsCompleted)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            // Browsers open spare connections that send nothing: each one is served on its own, with a read timeout.
            _ = ServeAsync(client, redirectUri, callback, cancellationToken);
        }
    }

    private static async Task ServeAsync(TcpClient client, Uri redirectUri, TaskCompletionSource<Uri> callback, CancellationToken cancellationToken)
    {
        using (client)
        {
            try
            {
                using var read = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                read.CancelAfter(ConnectionReadTimeout);
                var stream = client.GetStream();
                var target = await ReadRequestTargetAsync(stream, read.Token).ConfigureAwait(false);
                if (target is null)
                {
                    await RespondAsync(stream, 400, "Bad request", "This address only takes the sign-in callback.", read.Token).ConfigureAwait(false);
                    return;
                }

                var question = target.IndexOf('?', StringComparison.Ordinal);
                var targetPath = question < 0 ? target : target[..question];
                if (!string.Equals(targetPath, redirectUri.AbsolutePath, StringComparison.Ordinal) || callback.Task.IsCompleted)
                {
                    await RespondAsync(stream, 404, "Not found", "This address only takes the sign-in callback.", read.Token).ConfigureAwait(false);
                    return;
                }

                var url = new Uri(redirectUri, target);
                var failed = ManagedLogin.CallbackQuery.Parse(url.Query).Values.ContainsKey("error");
                await RespondAsync(
                    stream,
                    200,
                    failed ? "Sign-in not completed" : "Signed in",
                    failed ? "Sign-in was not completed. You can close this window and return to the app." : "You are signed in. You can close this window and return to the app.",
                    read.Token).ConfigureAwait(false);
                callback.TrySetResult(url);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or UriFormatException or ObjectDisposedException)
            {
                // A connection that breaks, stalls or sends garbage is dropped; the wait goes on.
            }
        }
    }

    /// <summary>The request target of a GET (<c>/path?query</c>), or null for anything else; reads the head only, bounded.</summary>
    private static async Task<string?> ReadRequestTargetAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestHeadBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8) >= 0)
            {
                break;
            }
        }

        var head = Encoding.ASCII.GetString(buffer, 0, length);
        var lineEnd = head.IndexOf("\r\n", StringComparison.Ordinal);
        if (lineEnd < 0)
        {
            return null;
        }

        var parts = head[..lineEnd].Split(' ');
        return parts.Length == 3 && parts[0] == "GET" && parts[1].StartsWith('/') && parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal) ? parts[1] : null;
    }

    private static async Task RespondAsync(NetworkStream stream, int status, string title, string text, CancellationToken cancellationToken)
    {
        var html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><p>{text}</p></body></html>";
        var body = Encoding.UTF8.GetBytes(html);
        var reason = status switch { 200 => "OK", 404 => "Not Found", _ => "Bad Request" };
        var head = string.Create(
            CultureInfo.InvariantCulture,
            $"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken).ConfigureAwait(false);
        await stream.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the URL in the system browser.</summary>
    private static Task OpenSystemBrowserAsync(Uri url, CancellationToken cancellationToken)
    {
        ProcessStartInfo start;
        if (OperatingSystem.IsWindows())
        {
            start = new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true };
        }
        else
        {
            start = new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open") { UseShellExecute = false };
            start.ArgumentList.Add(url.AbsoluteUri);
        }

        try
        {
            using var process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("The system browser could not be opened; set CognitoLoopbackSignInOptions.OpenBrowser.", exception);
        }

        return Task.CompletedTask;
    }
}
