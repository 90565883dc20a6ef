using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CognitoTyped.Protocol;

/// <summary>
/// A request body serialized into a rented buffer: a call's JSON is sent (perhaps a few times, on retries) and dropped, so
/// an exact-size array per call (what <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, JsonTypeInfo{TValue})"/>
/// returns) would only be garbage. <see cref="Return"/> clears it (it can hold a password or a code) and gives it back.
/// </summary>
internal sealed class RequestPayload : IBufferWriter<byte>
{
    private const int InitialCapacity = 512;

    /// <summary><see cref="JsonSerializerOptions.MaxDepth"/> when it is 0.</summary>
    private const int DefaultMaxDepth = 64;

    /// <summary>One writer per thread, reset for each request: serializing is synchronous, so it is never shared.</summary>
    [ThreadStatic]
    private static RequestPayload? t_current;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private byte[] _buffer = [];
    private int _written;

    private RequestPayload()
    {
    }

    /// <summary>Serializes <paramref name="value"/>; the segment's array is rented and must go back through <see cref="Return"/>.</summary>
    public static ArraySegment<byte> Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var payload = t_current ??= new RequestPayload();
        payload._buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
        payload._written = 0;
        // The writer options SerializeToUtf8Bytes would take from the serializer options, so the bytes are the same.
        var options = typeInfo.Options;
        var writerOptions = new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            MaxDepth = options.MaxDepth == 0 ? DefaultMaxDepth : options.MaxDepth,
        };
        var writer = t_writer;
        if (writer is null || writer.Options.Encoder != writerOptions.Encoder || writer.Options.Indented != writerOptions.Indented || writer.Options.MaxDepth != writerOptions.MaxDepth)
        {
            writer = t_writer = new Utf8JsonWriter(payload, writerOptions);
        }
        else
        {
            writer.Reset(payload);
        }

        try
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
            writer.Flush();
            return new ArraySegment<byte>(payload._buffer, 0, payload._written);
        }
        catch
        {
            Return(new ArraySegment<byte>(payload._buffer, 0, payload._written));
            throw;
        }
        finally
        {
            // The writer keeps no reference to the buffer between requests.
            writer.Reset();
            payload._buffer = [];
            payload._written = 0;
        }
    }

    /// <summary>Clears the payload and returns its array to the pool.</summary>
    public static void Return(ArraySegment<byte> payload)
    {
        if (payload.Array is { Length: > 0 } array)
        {
            // The whole array: it goes back to the pool as clean as a new one (a few hundred bytes to clear).
            CryptographicOperations.ZeroMemory(array);
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + needed));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        if (_buffer.Length > 0)
        {
            CryptographicOperations.ZeroMemory(_buffer);
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }
}
