using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;

namespace CognitoTyped.Protocol;

/// <summary>
/// Signs an AWS JSON 1.1 POST with Signature Version 4 (HMAC-SHA256). The signing key, four HMACs away from the secret
/// key, is the same for every request of a day, region and service: a transport keeps the last one it derived
/// (<see cref="SigningKeyCache"/>), as AWS's SDKs keep theirs, so a call computes two hashes (the canonical request's and the
/// signature) instead of six.
/// </summary>
internal static class SigV4RequestSigner
{
    internal const string DateHeader = "X-Amz-Date";
    internal const string SecurityTokenHeader = "X-Amz-Security-Token";

    private const string Algorithm = "AWS4-HMAC-SHA256";

    private const string Terminator = "aws4_request";

    // Headers a proxy or the HTTP stack may change on the way: signing them would make a valid request fail verification.
    // The same set AWS's SDKs leave out.
    private static readonly HashSet<string> UnsignedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "authorization", "cache-control", "connection", "expect", "from", "keep-alive", "max-forwards", "pragma", "referer",
        "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    };

    internal static void Sign(HttpRequestMessage request, ReadOnlySpan<byte> body, ImmutableCredentials credentials, string region, string service, DateTime signedAtUtc, SigningKeyCache? keys = null)
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
        request.Headers.TryAddWithoutValidation("Authorization", Authorization(credentials, region, service, amzDate, signedHeaders, canonicalRequest, keys));
    }

    /// <summary>The Authorization header's value: credential scope, signed headers and the signature of the canonical request.</summary>
    internal static string Authorization(ImmutableCredentials credentials, string region, string service, string amzDate, string signedHeaders, string canonicalRequest, SigningKeyCache? keys = null)
    {
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{service}/{Terminator}";
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{HexSha256(canonicalRequest)}";
        Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HmacUtf8((keys ?? new SigningKeyCache()).For(credentials.SecretKey, date, region, service), stringToSign, signature);
        return $"{Algorithm} Credential={credentials.AccessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={Hex(signature)}";
    }

    /// <summary>destination = HMAC-SHA256(key, UTF-8 of text); destination may be the key's own span.</summary>
    private static void HmacUtf8(ReadOnlySpan<byte> key, string text, Span<byte> destination)
    {
        var bytes = Utf8(text, stackalloc byte[512], out var rented);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, bytes, mac);
        mac.CopyTo(destination);
        Release(rented);
    }

    private static string HexSha256(string text)
    {
        var hex = HexSha256(Utf8(text, stackalloc byte[1024], out var rented));
        Release(rented);
        return hex;
    }

    /// <summary>The UTF-8 of <paramref name="text"/>, in <paramref name="stack"/> when it fits, else in a rented array (see <see cref="Release"/>).</summary>
    private static ReadOnlySpan<byte> Utf8(string text, Span<byte> stack, out byte[]? rented)
    {
        int byteCount = Encoding.UTF8.GetByteCount(text);
        rented = byteCount > stack.Length ? ArrayPool<byte>.Shared.Rent(byteCount) : null;
        var bytes = rented is null ? stack : rented;
        return bytes[..Encoding.UTF8.GetBytes(text, bytes)];
    }

    private static void Release(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
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
        return Hex(hash);
    }

    private static string Hex(ReadOnlySpan<byte> bytes)
    {
        Span<char> hex = stackalloc char[2 * bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            hex[2 * i] = "0123456789abcdef"[bytes[i] >> 4];
            hex[(2 * i) + 1] = "0123456789abcdef"[bytes[i] & 0xF];
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

    /// <summary>
    /// The signing key a transport derived last, with what it was derived from (one entry: a transport signs with one set of
    /// credentials, whose key changes once a day or when they rotate). Replaced whole, never changed, so any thread may read it.
    /// </summary>
    internal sealed class SigningKeyCache
    {
        private SigningKey? _last;

        /// <summary>HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"), reused while nothing it depends on changes.</summary>
        internal byte[] For(string secretKey, string date, string region, string service)
        {
            var last = Volatile.Read(ref _last);
            if (last is not null && last.IsFor(secretKey, date, region, service))
            {
                return last.Key;
            }

            Span<byte> key = stackalloc byte[HMACSHA256.HashSizeInBytes];
            var secret = Encoding.UTF8.GetBytes("AWS4" + secretKey);
            try
            {
                HmacUtf8(secret, date, key);
                HmacUtf8(key, region, key);
                HmacUtf8(key, service, key);
                HmacUtf8(key, Terminator, key);
                var derived = new SigningKey(secretKey, date, region, service, key.ToArray());
                Volatile.Write(ref _last, derived);
                return derived.Key;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(secret);
                CryptographicOperations.ZeroMemory(key);
            }
        }

        public override string ToString() => "SigningKeyCache (redacted)";
    }

    /// <summary>A derived signing key and the secret key, date, region and service it belongs to.</summary>
    private sealed class SigningKey(string secretKey, string date, string region, string service, byte[] key)
    {
        internal byte[] Key => key;

        internal bool IsFor(string secret, string day, string inRegion, string forService)
            => string.Equals(date, day, StringComparison.Ordinal)
                && string.Equals(region, inRegion, StringComparison.Ordinal)
                && string.Equals(service, forService, StringComparison.Ordinal)
                && (ReferenceEquals(secretKey, secret) || string.Equals(secretKey, secret, StringComparison.Ordinal));

        public override string ToString() => "SigningKey (redacted)";
    }
}
