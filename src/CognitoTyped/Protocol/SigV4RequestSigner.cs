using System.Globalization;
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

        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = HostHeader(request.RequestUri!),
        };
        foreach (var header in request.Headers)
        {
            if (UnsignedHeaders.Contains(header.Key))
            {
                continue;
            }

            headers[header.Key.ToLowerInvariant()] = string.Join(",", header.Value).Trim();
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                if (string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                headers[header.Key.ToLowerInvariant()] = string.Join(",", header.Value).Trim();
            }
        }

        var signedHeaders = string.Join(";", headers.Keys);
        var canonicalRequest = CanonicalRequest(request.Method.Method, request.RequestUri!.AbsolutePath, request.RequestUri.Query.TrimStart('?'), headers, signedHeaders, HexSha256(body));
        var result = AWS4Signer.ComputeSignature(credentials, region, signedAtUtc, service, signedHeaders, canonicalRequest);
        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }

    internal static string CanonicalRequest(string method, string path, string canonicalQuery, IEnumerable<KeyValuePair<string, string>> sortedLowercaseHeaders, string signedHeaders, string bodyHashHex)
    {
        var builder = new StringBuilder();
        builder.Append(method).Append('\n');
        builder.Append(string.IsNullOrEmpty(path) ? "/" : path).Append('\n');
        builder.Append(canonicalQuery).Append('\n');
        foreach (var header in sortedLowercaseHeaders)
        {
            builder.Append(header.Key).Append(':').Append(CollapseSpaces(header.Value)).Append('\n');
        }

        builder.Append('\n');
        builder.Append(signedHeaders).Append('\n');
        builder.Append(bodyHashHex);
        return builder.ToString();
    }

    internal static string HexSha256(ReadOnlySpan<byte> data)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(data, hash);
        return Convert.ToHexString(hash).ToLowerInvariant();
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
}
