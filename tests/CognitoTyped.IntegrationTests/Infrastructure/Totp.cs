using System.Globalization;
using System.Security.Cryptography;

namespace CognitoTyped.IntegrationTests.Infrastructure;

/// <summary>What an authenticator app computes from the secret Cognito hands out; cognito-local checks real codes.</summary>
internal static class Totp
{
    /// <summary>RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30-second steps) of a Base32 secret, as authenticator apps compute it.</summary>
    internal static string Code(string base32Secret, DateTimeOffset at)
    {
        var counter = at.ToUnixTimeSeconds() / 30;
        var message = new byte[8];
        for (var i = 7; i >= 0; i--)
        {
            message[i] = (byte)(counter & 0xff);
            counter >>= 8;
        }

#pragma warning disable CA5350 // RFC 6238 TOTP, as Cognito and every authenticator app compute it, is HMAC-SHA1.
        var hash = HMACSHA1.HashData(Base32(base32Secret), message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('=').ToUpperInvariant())
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}
