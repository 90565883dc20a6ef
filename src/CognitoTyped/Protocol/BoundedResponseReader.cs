using System.Buffers;
using System.Security.Cryptography;

namespace CognitoTyped.Protocol;

/// <summary>Reads a response body up to a limit, never buffering more than the limit and one byte.</summary>
/// <remarks>
/// The buffer is rented, not allocated: a body is read once, parsed and dropped, and a sign-in's body (three tokens) is a few
/// kilobytes that would otherwise be garbage on every call. It is cleared before it goes back to the pool, as it held tokens.
/// </remarks>
internal static class BoundedResponseReader
{
    private const int InitialCapacity = 16 * 1024;

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (declared or found while reading).</summary>
    /// <returns>The body, which the caller must <see cref="PooledBody.Return"/> once it is parsed.</returns>
    internal static async ValueTask<PooledBody?> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }

        // One byte over the limit is read to tell "exactly the limit" from "longer".
        var ceiling = (int)Math.Min((long)maxBytes + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(declared ?? InitialCapacity, ceiling));
        var length = 0;
        var handedOver = false;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    var capacity = Math.Min(buffer.Length, ceiling);
                    if (length == capacity)
                    {
                        if (capacity >= ceiling)
                        {
                            if (length > maxBytes)
                            {
                                return null;
                            }

                            handedOver = true;
                            return new PooledBody(buffer, length);
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max((long)buffer.Length * 2, InitialCapacity), ceiling));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        Release(buffer, length);
                        buffer = larger;
                        capacity = Math.Min(buffer.Length, ceiling);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length, capacity - length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        handedOver = true;
                        return new PooledBody(buffer, length);
                    }

                    length += read;
                    if (length > maxBytes)
                    {
                        return null;
                    }
                }
            }
        }
        finally
        {
            if (!handedOver)
            {
                Release(buffer, length);
            }
        }
    }

    private static void Release(byte[] buffer, int length)
    {
        CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(buffer);
    }
}

/// <summary>A response body in a rented buffer; <see cref="Return"/> clears it and gives the buffer back (once).</summary>
internal readonly struct PooledBody(byte[] buffer, int length)
{
    internal ReadOnlySpan<byte> Span => buffer is null ? default : buffer.AsSpan(0, length);

    internal bool IsEmpty => length == 0;

    internal void Return()
    {
        if (buffer is not null)
        {
            CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
