using System.Net;

namespace CognitoTyped.Protocol;

/// <summary>
/// The request body, noting whether the handler ever started to write it. A request whose body never started to leave
/// cannot have been processed, so it may be sent again whatever the operation does.
/// </summary>
/// <remarks>
/// The note is conservative: a handler that buffers the body before sending (a logging <see cref="DelegatingHandler"/>)
/// marks it started early, which only makes fewer failures count as "never sent".
/// </remarks>
internal sealed class SendTrackingContent(ArraySegment<byte> payload) : ByteArrayContent(payload.Array!, payload.Offset, payload.Count)
{
    private int _started;

    /// <summary>Whether any part of the body may have been handed to the network.</summary>
    internal bool SendStarted => Volatile.Read(ref _started) != 0;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        Volatile.Write(ref _started, 1);
        return base.SerializeToStreamAsync(stream, context);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _started, 1);
        return base.SerializeToStreamAsync(stream, context, cancellationToken);
    }

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _started, 1);
        base.SerializeToStream(stream, context, cancellationToken);
    }

    protected override Task<Stream> CreateContentReadStreamAsync()
    {
        Volatile.Write(ref _started, 1);
        return base.CreateContentReadStreamAsync();
    }

    protected override Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _started, 1);
        return base.CreateContentReadStreamAsync(cancellationToken);
    }

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _started, 1);
        return base.CreateContentReadStream(cancellationToken);
    }
}
