using System.Text.Json;

namespace CognitoTyped;

/// <summary>
/// Reads the claims of a Cognito JWT <b>without validating it</b>: for tokens this process just received from Cognito.
/// Tokens from elsewhere go through <c>CognitoTokenValidator</c> first.
/// </summary>
public static class CognitoJwt
{
    /// <summary>
    /// The payload's top-level claims as strings: strings as they are, numbers and booleans as their JSON text
    /// (<c>true</c>, <c>1700000000</c>), arrays and objects as raw JSON.
    /// </summary>
    /// <param name="jwt">A JWT.</param>
    /// <returns>The claims by name; empty when the token is not a readable JWT.</returns>
    public static IReadOnlyDictionary<string, string> ReadClaims(string jwt)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var payload = CognitoTokens.JwtPayload(jwt);
        if (payload is null)
        {
            return result;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return result;
            }

            foreach (var claim in document.RootElement.EnumerateObject())
            {
                result[claim.Name] = claim.Value.ValueKind == JsonValueKind.String ? claim.Value.GetString()! : claim.Value.GetRawText();
            }
        }
        catch (JsonException)
        {
            result.Clear();
        }

        return result;
    }

    /// <summary>One string claim, or null when absent or not a string.</summary>
    /// <param name="jwt">A JWT.</param>
    /// <param name="claim">The claim name, e.g. <c>sub</c>.</param>
    /// <returns>The value.</returns>
    public static string? ReadStringClaim(string jwt, string claim) => CognitoTokens.ReadClaim(jwt, claim);

    /// <summary>A claim holding an array of strings, such as <c>cognito:groups</c>; empty when absent.</summary>
    /// <param name="jwt">A JWT.</param>
    /// <param name="claim">The claim name.</param>
    /// <returns>The strings.</returns>
    public static IReadOnlyList<string> ReadStringArrayClaim(string jwt, string claim)
    {
        var payload = CognitoTokens.JwtPayload(jwt);
        if (payload is null)
        {
            return Array.Empty<string>();
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(claim, out var value))
            {
                return value.ValueKind switch
                {
                    JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray(),
                    JsonValueKind.String => new[] { value.GetString()! },
                    _ => Array.Empty<string>(),
                };
            }
        }
        catch (JsonException)
        {
        }

        return Array.Empty<string>();
    }
}
