namespace CognitoTyped.Protocol;

/// <summary>Reads a response body up to a limit, never buffering more than the limit and one byte.</summary>
internal static class BoundedResponseReader
{
    private const int InitialCapacity = 16 * 1024;

    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (declared or found while reading).</summary>
    internal static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return null;
        }

        // One byte over the limit is read to tell "exactly the limit" from "longer".
        var ceiling = (int)Math.Min((long)maxBytes + 1, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(declared ?? InitialCapacity, ceiling)];
        var length = 0;
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= ceiling)
                    {
                        return length > maxBytes ? null : buffer.AsMemory(0, length);
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Max((long)buffer.Length * 2, InitialCapacity), ceiling));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.AsMemory(0, length);
                }

                length += read;
                if (length > maxBytes)
                {
                    return null;
                }
            }
        }
    }
}
