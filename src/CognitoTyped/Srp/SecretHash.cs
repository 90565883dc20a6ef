using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace CognitoTyped.Srp;

/// <summary>The SECRET_HASH Cognito requires from app clients that have a secret.</summary>
internal static class SecretHash
{
    /// <summary>Base64(HMAC-SHA256(key = client secret, message = username + client ID)), strings as UTF-8.</summary>
    /// <param name="username">The username the request is about (USER_ID_FOR_SRP after alias sign-in; the user's sub or username on refresh).</param>
    /// <param name="clientId">The app client ID.</param>
    /// <param name="clientSecret">The app client secret.</param>
    public static string Compute(string username, string clientId, string clientSecret)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(clientSecret);

        var utf8 = Encoding.UTF8;
        int keyLength = utf8.GetByteCount(clientSecret);
        int messageLength = utf8.GetByteCount(username) + utf8.GetByteCount(clientId);
        byte[] rented = ArrayPool<byte>.Shared.Rent(keyLength + messageLength);
        try
        {
            var key = rented.AsSpan(0, keyLength);
            var message = rented.AsSpan(keyLength, messageLength);
            utf8.GetBytes(clientSecret, key);
            int written = utf8.GetBytes(username, message);
            utf8.GetBytes(clientId, message[written..]);

            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, message, mac);
            return Convert.ToBase64String(mac);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, keyLength + messageLength));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
