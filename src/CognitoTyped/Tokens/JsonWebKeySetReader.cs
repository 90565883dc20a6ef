using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CognitoTyped;

/// <summary>Reads a JWKS document into RSA signing keys by <c>kid</c>, with <see cref="JsonDocument"/> (no reflection).</summary>
internal static class JsonWebKeySetReader
{
    /// <summary>The RSA signature keys of the set, by key ID. Keys of other types or uses are ignored.</summary>
    /// <exception cref="JsonException">The document is not a JWKS.</exception>
    /// <exception cref="FormatException">A key's <c>n</c> or <c>e</c> is not Base64url.</exception>
    public static Dictionary<string, SecurityKey> Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("A JWKS must be an object with a 'keys' array.");
        }

        var result = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || StringMember(key, "kty") != "RSA"
                || StringMember(key, "use") is { } use && use != "sig"
                || StringMember(key, "kid") is not { Length: > 0 } kid
                || StringMember(key, "n") is not { Length: > 0 } modulus
                || StringMember(key, "e") is not { Length: > 0 } exponent)
            {
                continue;
            }

            var parameters = new RSAParameters
            {
                Modulus = Base64UrlEncoder.DecodeBytes(modulus),
                Exponent = Base64UrlEncoder.DecodeBytes(exponent),
            };
            result[kid] = new RsaSecurityKey(parameters) { KeyId = kid };
        }

        return result;
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
