using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoTyped.Srp;

/// <summary>
/// The client side of one Cognito SRP-6a exchange (USER_SRP_AUTH / PASSWORD_VERIFIER, or
/// DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER), computed exactly as amazon-cognito-identity-js does.
/// </summary>
/// <remarks>
/// Create one per sign-in: send <see cref="LargeAHex"/> as SRP_A, then answer the server's
/// SRP_B, SALT and SECRET_BLOCK with <see cref="ComputeClaim"/> (or <see cref="ComputeDeviceClaim"/>).
/// The private value a never leaves this object.
/// </remarks>
internal sealed class SrpSession
{
    /// <summary>Size of the random private value a, as in the JS client (1024 bits).</summary>
    internal const int SmallAByteCount = 128;

    /// <summary>The HKDF "info" label Cognito uses.</summary>
    private static readonly byte[] DerivedKeyInfo = "Caldera Derived Key"u8.ToArray();

    /// <summary>Length of the derived key (HKDF output), in bytes.</summary>
    internal const int DerivedKeyByteCount = 16;

    /// <remarks>
    /// A <see cref="BigInteger"/> is immutable and cannot be zeroed: a lives until the session is collected. What can be cleared
    /// is: the random bytes it was made from, the exponent's bytes in <see cref="SrpModularArithmetic"/>, and every buffer the
    /// key material passes through (S, u, x, the derived key).
    /// </remarks>
    private readonly BigInteger smallA;
    private readonly BigInteger largeA;
    private readonly byte[] paddedLargeA;

    private SrpSession(BigInteger smallA, BigInteger largeA)
    {
        this.smallA = smallA;
        this.largeA = largeA;
        paddedLargeA = SrpEncoding.PadBytes(largeA);
        LargeAHex = SrpEncoding.ToMinimalHex(largeA);
    }

    /// <summary>The public value A = g^a mod N, as hex without leading zeros (the SRP_A auth parameter).</summary>
    public string LargeAHex { get; }

    /// <summary>A = g^a mod N.</summary>
    internal BigInteger LargeA => largeA;

    /// <summary>Starts an exchange with a fresh random private value.</summary>
    public static SrpSession Create()
    {
        Span<byte> random = stackalloc byte[SmallAByteCount];
        while (true)
        {
            RandomNumberGenerator.Fill(random);
            var a = SrpEncoding.FromUnsignedBigEndian(random);
            CryptographicOperations.ZeroMemory(random);
            var largeA = SrpModularArithmetic.PowerOfTwo(a);

            // g^a mod N cannot be 0 for a prime N, but the protocol requires the check; a = 0 would make A = 1.
            if (!largeA.IsZero && !a.IsZero)
            {
                return new SrpSession(a, largeA);
            }
        }
    }

    /// <summary>Starts an exchange with a given private value (tests and cross-checks only).</summary>
    /// <param name="smallA">The private value a, a non-negative integer of any size.</param>
    /// <exception cref="ArgumentException">A = g^a mod N would be 0.</exception>
    internal static SrpSession CreateWithSmallA(BigInteger smallA)
    {
        if (smallA.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(smallA), "The private value must be non-negative.");
        }

        var largeA = SrpModularArithmetic.PowerOfTwo(smallA);
        if (largeA.IsZero)
        {
            throw new ArgumentException("A mod N must not be 0.", nameof(smallA));
        }

        return new SrpSession(smallA, largeA);
    }

    /// <summary>
    /// Answers the PASSWORD_VERIFIER challenge of USER_SRP_AUTH.
    /// </summary>
    /// <param name="userPoolIdOrName">The user pool ID (<c>us-east-1_AbCdEf</c>) or just its name part after '_'.</param>
    /// <param name="userIdForSrp">The USER_ID_FOR_SRP challenge parameter (not the alias the user typed).</param>
    /// <param name="password">The user's password.</param>
    /// <param name="srpBHex">The SRP_B challenge parameter.</param>
    /// <param name="saltHex">The SALT challenge parameter.</param>
    /// <param name="secretBlockBase64">The SECRET_BLOCK challenge parameter.</param>
    /// <param name="now">The time to sign; sent back as TIMESTAMP.</param>
    /// <exception cref="SrpProtocolException">The server sent a degenerate B (B mod N = 0) or u = 0.</exception>
    public SrpPasswordClaim ComputeClaim(
        string userPoolIdOrName,
        string userIdForSrp,
        string password,
        string srpBHex,
        string saltHex,
        string secretBlockBase64,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(userPoolIdOrName);
        return ComputeClaimCore(PoolNameOf(userPoolIdOrName), userIdForSrp, password, srpBHex, saltHex, secretBlockBase64, now);
    }

    /// <summary>
    /// Answers the DEVICE_PASSWORD_VERIFIER challenge of DEVICE_SRP_AUTH: the device group key takes
    /// the place of the pool name and the device key the place of the user.
    /// </summary>
    /// <param name="deviceGroupKey">The DeviceGroupKey from NewDeviceMetadata (used verbatim).</param>
    /// <param name="deviceKey">The DeviceKey.</param>
    /// <param name="devicePassword">The random device password generated with the verifier.</param>
    /// <param name="srpBHex">The SRP_B challenge parameter.</param>
    /// <param name="saltHex">The SALT challenge parameter.</param>
    /// <param name="secretBlockBase64">The SECRET_BLOCK challenge parameter.</param>
    /// <param name="now">The time to sign; sent back as TIMESTAMP.</param>
    /// <exception cref="SrpProtocolException">The server sent a degenerate B (B mod N = 0) or u = 0.</exception>
    public SrpPasswordClaim ComputeDeviceClaim(
        string deviceGroupKey,
        string deviceKey,
        string devicePassword,
        string srpBHex,
        string saltHex,
        string secretBlockBase64,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deviceGroupKey);
        return ComputeClaimCore(deviceGroupKey, deviceKey, devicePassword, srpBHex, saltHex, secretBlockBase64, now);
    }

    /// <summary>
    /// The 16-byte key HKDF(salt = padHex(u), ikm = padHex(S), info = "Caldera Derived Key") that signs the claim.
    /// </summary>
    /// <param name="poolName">Pool name (part after '_') or device group key, used verbatim.</param>
    /// <param name="userIdForSrp">USER_ID_FOR_SRP or device key.</param>
    /// <param name="password">Password or device password.</param>
    /// <param name="serverB">B as sent by the server.</param>
    /// <param name="salt">The salt as sent by the server.</param>
    /// <exception cref="SrpProtocolException">B mod N = 0 or u = 0.</exception>
    internal byte[] ComputePasswordAuthenticationKey(string poolName, string userIdForSrp, string password, BigInteger serverB, BigInteger salt)
    {
        ArgumentNullException.ThrowIfNull(poolName);
        ArgumentNullException.ThrowIfNull(userIdForSrp);
        ArgumentNullException.ThrowIfNull(password);

        var n = SrpGroup.N;
        if (serverB.Sign < 0 || (serverB % n).IsZero)
        {
            throw new SrpProtocolException("The server's SRP_B is degenerate (B mod N = 0).");
        }

        var u = ComputeU(paddedLargeA, serverB);
        if (u.IsZero)
        {
            throw new SrpProtocolException("The SRP scrambling parameter u is 0.");
        }

        var x = ComputeX(poolName, userIdForSrp, password, salt);
        var gPowX = SrpModularArithmetic.PowerOfTwo(x);

        // S = (B − k·g^x)^(a + u·x) mod N; the base is reduced into [0, N) by ModPow (it may be negative here).
        var s = SrpModularArithmetic.ModPow(serverB - (SrpGroup.K * gPowX), smallA + (u * x));

        int ikmLength = SrpEncoding.PadByteCount(s);
        int saltLength = SrpEncoding.PadByteCount(u);
        byte[] rented = ArrayPool<byte>.Shared.Rent(ikmLength + saltLength);
        try
        {
            var ikm = rented.AsSpan(0, ikmLength);
            var hkdfSalt = rented.AsSpan(ikmLength, saltLength);
            SrpEncoding.WritePadBytes(s, ikm);
            SrpEncoding.WritePadBytes(u, hkdfSalt);
            var key = new byte[DerivedKeyByteCount];
            HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, key, hkdfSalt, DerivedKeyInfo);
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, ikmLength + saltLength));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>u = H(padHex(A) | padHex(B)).</summary>
    internal static BigInteger ComputeU(BigInteger largeA, BigInteger serverB) => ComputeU(SrpEncoding.PadBytes(largeA), serverB);

    /// <summary>x = H(padHex(salt) | H(poolName | userId | ":" | password)), strings as UTF-8.</summary>
    internal static BigInteger ComputeX(string poolName, string userIdForSrp, string password, BigInteger salt)
    {
        Span<byte> identityHash = stackalloc byte[SHA256.HashSizeInBytes];
        HashIdentity(poolName, userIdForSrp, password, identityHash);

        int saltLength = SrpEncoding.PadByteCount(salt);
        int total = saltLength + SHA256.HashSizeInBytes;
        byte[]? rented = null;
        Span<byte> buffer = total <= 1024 ? stackalloc byte[total] : (rented = ArrayPool<byte>.Shared.Rent(total)).AsSpan(0, total);
        try
        {
            SrpEncoding.WritePadBytes(salt, buffer);
            identityHash.CopyTo(buffer[saltLength..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer, hash);
            return SrpEncoding.FromUnsignedBigEndian(hash);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
            CryptographicOperations.ZeroMemory(identityHash);
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>H(poolName | userId | ":" | password) as UTF-8 (the JS client's "usernamePasswordHash").</summary>
    internal static void HashIdentity(string poolName, string userIdForSrp, string password, Span<byte> destination)
    {
        string combined = string.Concat(poolName, userIdForSrp, ":", password);
        int byteCount = Encoding.UTF8.GetByteCount(combined);
        byte[] rented = ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            int written = Encoding.UTF8.GetBytes(combined, rented);
            SHA256.HashData(rented.AsSpan(0, written), destination);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(rented.AsSpan(0, byteCount));
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// PASSWORD_CLAIM_SIGNATURE = Base64(HMAC-SHA256(key, UTF-8(poolName) | UTF-8(userId) | SECRET_BLOCK bytes | UTF-8(timestamp))).
    /// </summary>
    internal static string ComputeSignature(ReadOnlySpan<byte> key, string poolName, string userIdForSrp, string secretBlockBase64, string timestamp)
    {
        byte[] secretBlock;
        try
        {
            secretBlock = Convert.FromBase64String(secretBlockBase64);
        }
        catch (FormatException e)
        {
            throw new SrpProtocolException("The server's SECRET_BLOCK is not valid Base64.", e);
        }

        var utf8 = Encoding.UTF8;
        int length = utf8.GetByteCount(poolName) + utf8.GetByteCount(userIdForSrp) + secretBlock.Length + utf8.GetByteCount(timestamp);
        byte[] rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            int offset = utf8.GetBytes(poolName, rented);
            offset += utf8.GetBytes(userIdForSrp, rented.AsSpan(offset));
            secretBlock.CopyTo(rented, offset);
            offset += secretBlock.Length;
            offset += utf8.GetBytes(timestamp, rented.AsSpan(offset));

            Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, rented.AsSpan(0, offset), mac);
            return Convert.ToBase64String(mac);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The TIMESTAMP Cognito expects: "ddd MMM d HH:mm:ss UTC yyyy" in UTC, invariant culture, day not padded
    /// (e.g. "Sun Jan 2 03:04:05 UTC 2000").
    /// </summary>
    internal static string FormatTimestamp(DateTimeOffset now) =>
        now.UtcDateTime.ToString("ddd MMM d HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture);

    /// <summary>The pool name Cognito hashes: the part of the pool ID after '_' (the whole string if it has none).</summary>
    internal static string PoolNameOf(string userPoolIdOrName)
    {
        int separator = userPoolIdOrName.IndexOf('_', StringComparison.Ordinal);
        return separator < 0 ? userPoolIdOrName : userPoolIdOrName[(separator + 1)..];
    }

    private SrpPasswordClaim ComputeClaimCore(
        string poolName,
        string userIdForSrp,
        string password,
        string srpBHex,
        string saltHex,
        string secretBlockBase64,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(userIdForSrp);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(srpBHex);
        ArgumentNullException.ThrowIfNull(saltHex);
        ArgumentNullException.ThrowIfNull(secretBlockBase64);

        var serverB = ParseServerHex(srpBHex, CognitoAuthParameterNames.SrpB);
        var salt = ParseServerHex(saltHex, CognitoAuthParameterNames.Salt);
        byte[] key = ComputePasswordAuthenticationKey(poolName, userIdForSrp, password, serverB, salt);
        try
        {
            string timestamp = FormatTimestamp(now);
            string signature = ComputeSignature(key, poolName, userIdForSrp, secretBlockBase64, timestamp);
            return new SrpPasswordClaim(signature, timestamp);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static BigInteger ComputeU(byte[] paddedLargeA, BigInteger serverB)
    {
        int bLength = SrpEncoding.PadByteCount(serverB);
        int total = paddedLargeA.Length + bLength;
        byte[] rented = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            paddedLargeA.CopyTo(rented, 0);
            SrpEncoding.WritePadBytes(serverB, rented.AsSpan(paddedLargeA.Length));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(rented.AsSpan(0, total), hash);
            return SrpEncoding.FromUnsignedBigEndian(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static BigInteger ParseServerHex(string hex, string parameterName)
    {
        try
        {
            return SrpEncoding.ParseUnsignedHex(hex);
        }
        catch (FormatException e)
        {
            throw new SrpProtocolException($"The server's {parameterName} is not hexadecimal.", e);
        }
    }
}
