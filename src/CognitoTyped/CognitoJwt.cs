using System.Text.Json;

namespace CognitoTyped;

/// <summary>
/// Reads the claims of a Cognito JWT <b>without validating it</b>: for tokens this process just received from Cognito.
/// Tokens from elsewhere go through <c>CognitoTokenValidator</c> first.
/// </summary>
/// <remarks>The one place the runtime and the generated code decode a JWT's payload.</remarks>
public static class CognitoJwt
{
    /// <summary>
    /// The payload's top-level claims as strings: strings as they are, numbers and booleans as their JSON text
    /// (<c>true</c>, <c>1700000000</c>), arrays and objects as raw JSON.
    /// </summary>
    /// <param name="jwt">A JWT.</param>
    /// <returns>The claims by name; empty when the token is not a readable JWT.</returns>
    public static IReadOnlyDictionary<string, string> ReadClaims(string jwt)
        => TryReadClaims(jwt) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>One string claim, or null when absent or not a string.</summary>
    /// <param name="jwt">A JWT.</param>
    /// <param name="claim">The claim name, e.g. <c>sub</c>.</param>
    /// <returns>The value.</returns>
    public static string? ReadStringClaim(string jwt, string claim)
    {
        using var payload = ParsePayload(jwt);
        return payload is not null
            && payload.RootElement.TryGetProperty(claim, out var value)
            && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }

    /// <summary>A claim holding an array of strings, such as <c>cognito:groups</c>; empty when absent.</summary>
    /// <param name="jwt">A JWT.</param>
    /// <param name="claim">The claim name.</param>
    /// <returns>The strings.</returns>
    public static IReadOnlyList<string> ReadStringArrayClaim(string jwt, string claim)
        => TryReadStringArrayClaim(jwt, claim) ?? Array.Empty<string>();

    /// <summary>The claims as <see cref="ReadClaims"/> gives them, or null when the value is not a JWT with a JSON-object payload.</summary>
    internal static Dictionary<string, string>? TryReadClaims(string? jwt)
    {
        using var payload = ParsePayload(jwt);
        if (payload is null)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var claim in payload.RootElement.EnumerateObject())
        {
            result[claim.Name] = claim.Value.ValueKind == JsonValueKind.String ? claim.Value.GetString()! : claim.Value.GetRawText();
        }

        return result;
    }

    /// <summary>
    /// The strings of an array claim (a single string counts as one), empty when the claim is absent, or null when the
    /// value is not a JWT with a JSON-object payload.
    /// </summary>
    internal static IReadOnlyList<string>? TryReadStringArrayClaim(string? jwt, string claim)
    {
        using var payload = ParsePayload(jwt);
        if (payload is null)
        {
            return null;
        }

        if (!payload.RootElement.TryGetProperty(claim, out var value))
        {
            return Array.Empty<string>();
        }

        return value.ValueKind switch
        {
            JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
            JsonValueKind.String => new[] { value.GetString()! },
            _ => Array.Empty<string>(),
        };
    }

    /// <summary>The payload as a JSON object, or null when the value is not a JWT whose payload is one. The caller disposes it.</summary>
    private static JsonDocument? ParsePayload(string? jwt)
    {
        if (DecodePayload(jwt) is not { } bytes)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return null;
        }

        return document;
    }

    /// <summary>The base64url-decoded middle segment of a JWT, or null when it is not one.</summary>
    private static byte[]? DecodePayload(string? jwt)
    {
        if (string.IsNullOrEmpty(jwt))
        {
            return null;
        }

        var first = jwt.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : jwt.IndexOf('.', first + 1);
        if (first < 0 || second < 0)
        {
            return null;
        }

        var segment = jwt.AsSpan(first + 1, second - first - 1);
        var padded = new char[(segment.Length + 3) / 4 * 4];
        for (var i = 0; i < padded.Length; i++)
        {
            padded[i] = i >= segment.Length ? '=' : segment[i] switch
            {
                '-' => '+',
                '_' => '/',
                var c => c,
            };
        }

        var buffer = new byte[padded.Length / 4 * 3];
        return Convert.TryFromBase64Chars(padded, buffer, out var written) ? buffer.AsSpan(0, written).ToArray() : null;
    }
}
