using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace CognitoTyped.Protocol;

/// <summary>
/// Signs an AWS JSON 1.1 POST with Signature Version 4. The canonical request is built here (it is small and
/// fixed for this protocol); the key derivation and signature are AWSSDK.Core's <see cref="AWS4Signer"/>.
/// </summary>
internal static class SigV4RequestSigner
{
    internal const string DateHeader = "X-Amz-Date";
    internal const string SecurityTokenHeader = "X-Amz-Security-Token";

    // Headers a proxy or the HTTP stack may change on the way: signing them would make a valid request fail verification.
    // The same set AWS's SDKs leave out.
    private static readonly HashSet<string> UnsignedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "cache-control", "connection", "expect", "from", "keep-alive", "max-forwards", "pragma", "referer",
        "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    };

    internal static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, ImmutableCredentials credentials, string region, string service, DateTime signedAtUtc)
    {
        var amzDate = signedAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Remove(DateHeader);
        request.Headers.TryAddWithoutValidation(DateHeader, amzDate);
        request.Headers.Remove(SecurityTokenHeader);
        if (credentials.UseToken)
        {
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.Token);
        }

        // A handful of headers: an array sorted in place, read through the non-validating view (no string[] per header), costs a
        // fraction of a SortedDictionary and the validated enumeration.
        var headers = new List<KeyValuePair<string, string>>(8) { new("host", HostHeader(request.RequestUri!)) };
        foreach (var header in request.Headers.NonValidated)
        {
            if (!UnsignedHeaders.Contains(header.Key))
            {
                SetHeader(headers, header.Key, header.Value);
            }
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    SetHeader(headers, header.Key, header.Value);
                }
            }
        }

        headers.Sort(static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        var signedHeaders = SignedHeaders(headers);
        var canonicalRequest = CanonicalRequest(request.Method.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query.TrimStart('?'), headers, signedHeaders, HexSha256(body));
        var result = AWS4Signer.ComputeSignature(credentials, region, signedAtUtc, service, signedHeaders, canonicalRequest);
        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }

    /// <summary>Adds or replaces (a later header of the same name wins) the header by its lower-case name, values joined by ','.</summary>
    private static void SetHeader(List<KeyValuePair<string, string>> headers, string name, HeaderStringValues values)
    {
        var key = LowerCaseName(name);
        string value;
        if (values.Count == 1)
        {
            using var single = values.GetEnumerator();
            single.MoveNext();
            value = single.Current.Trim();
        }
        else
        {
            value = string.Join(",", values).Trim();
        }

        for (int i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Key, key, StringComparison.Ordinal))
            {
                headers[i] = new(key, value);
                return;
            }
        }

        headers.Add(new(key, value));
    }

    /// <summary>The headers this transport sends, lower-cased once; any other name is lower-cased per call.</summary>
    private static string LowerCaseName(string name) => name switch
    {
        "X-Amz-Target" => "x-amz-target",
        DateHeader => "x-amz-date",
        SecurityTokenHeader => "x-amz-security-token",
        "Content-Type" => "content-type",
        _ => name.ToLowerInvariant(),
    };

    private static string SignedHeaders(List<KeyValuePair<string, string>> sortedHeaders)
    {
        int length = sortedHeaders.Count - 1;
        foreach (var header in sortedHeaders)
        {
            length += header.Key.Length;
        }

        return string.Create(length, sortedHeaders, static (destination, headers) =>
        {
            int offset = 0;
            for (int i = 0; i < headers.Count; i++)
            {
                if (i > 0)
                {
                    destination[offset++] = ';';
                }

                headers[i].Key.AsSpan().CopyTo(destination[offset..]);
                offset += headers[i].Key.Length;
            }
        });
    }

    internal static string CanonicalRequest(string method, string path, string canonicalQuery, IEnumerable<KeyValuePair<string, string>> sortedLowercaseHeaders, string signedHeaders, string bodyHashHex)
    {
        // Written into a pooled buffer and copied once into the string: a StringBuilder would allocate its chunks on every call.
        var builder = new PooledText(stackalloc char[512]);
        try
        {
            builder.Append(method);
            builder.Append('\n');
            builder.Append(string.IsNullOrEmpty(path) ? "/" : path);
            builder.Append('\n');
            builder.Append(canonicalQuery);
            builder.Append('\n');
            foreach (var header in sortedLowercaseHeaders)
            {
                builder.Append(header.Key);
                builder.Append(':');
                builder.Append(CollapseSpaces(header.Value));
                builder.Append('\n');
            }

            builder.Append('\n');
            builder.Append(signedHeaders);
            builder.Append('\n');
            builder.Append(bodyHashHex);
            return builder.ToString();
        }
        finally
        {
            builder.Dispose();
        }
    }

    internal static string HexSha256(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(data, hash);
        Span<char> hex = stackalloc char[64];
        for (int i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = "0123456789abcdef"[hash[i] >> 4];
            hex[(2 * i) + 1] = "0123456789abcdef"[hash[i] & 0xF];
        }

        return new string(hex);
    }

    private static string HostHeader(Uri uri) => uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}";

    private static string CollapseSpaces(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        var previousSpace = false;
        foreach (var c in trimmed)
        {
            if (c == ' ')
            {
                if (!previousSpace)
                {
                    builder.Append(c);
                }

                previousSpace = true;
            }
            else
            {
                builder.Append(c);
                previousSpace = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>Text appended into a stack buffer, moving to a rented one if it outgrows it.</summary>
    private ref struct PooledText(Span<char> initial)
    {
        private Span<char> _buffer = initial;
        private char[]? _rented;
        private int _length;

        public void Append(char value)
        {
            if (_length == _buffer.Length)
            {
                Grow(1);
            }

            _buffer[_length++] = value;
        }

        public void Append(string value)
        {
            if (_length + value.Length > _buffer.Length)
            {
                Grow(value.Length);
            }

            value.AsSpan().CopyTo(_buffer[_length..]);
            _length += value.Length;
        }

        public readonly override string ToString() => new(_buffer[.._length]);

        public void Dispose()
        {
            if (_rented is not null)
            {
                ArrayPool<char>.Shared.Return(_rented);
                _rented = null;
            }
        }

        private void Grow(int needed)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
            _buffer[.._length].CopyTo(larger);
            Dispose();
            _rented = larger;
            _buffer = larger;
        }
    }
}
