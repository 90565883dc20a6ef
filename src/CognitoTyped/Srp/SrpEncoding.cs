using System.Numerics;

namespace CognitoTyped.Srp;

/// <summary>
/// Conversions between <see cref="BigInteger"/> and the hex/byte forms Cognito's SRP uses.
/// </summary>
/// <remarks>
/// Cognito (and amazon-cognito-identity-js) hash integers through "padHex": the minimal big-endian
/// two's-complement encoding, i.e. Java's <c>BigInteger.toByteArray()</c>. A positive value whose top
/// bit is set gets a leading 0x00; leading zero bytes of the wire hex are not preserved, because
/// the value is parsed into an integer first. <see cref="BigInteger.ToByteArray(bool, bool)"/>
/// with <c>isUnsigned: false, isBigEndian: true</c> produces exactly that encoding.
/// </remarks>
internal static class SrpEncoding
{
    /// <summary>padHex as bytes: minimal big-endian two's complement (Java's <c>toByteArray()</c>).</summary>
    public static byte[] PadBytes(BigInteger value) => value.ToByteArray(isUnsigned: false, isBigEndian: true);

    /// <summary>Number of bytes <see cref="PadBytes(BigInteger)"/> would produce.</summary>
    public static int PadByteCount(BigInteger value) => value.GetByteCount(isUnsigned: false);

    /// <summary>Writes padHex bytes of <paramref name="value"/> into <paramref name="destination"/>; returns the count.</summary>
    public static int WritePadBytes(BigInteger value, Span<byte> destination)
    {
        if (!value.TryWriteBytes(destination, out int written, isUnsigned: false, isBigEndian: true))
        {
            throw new ArgumentException("Destination too small.", nameof(destination));
        }

        return written;
    }

    /// <summary>padHex as amazon-cognito-identity-js returns it (lower-case hex, even length).</summary>
    public static string PadHex(BigInteger value) => ToLowerHex(PadBytes(value));

    /// <summary>Interprets big-endian bytes as a non-negative integer.</summary>
    public static BigInteger FromUnsignedBigEndian(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    /// <summary>
    /// Parses hex (either case, any length, leading zeros allowed) as a non-negative integer,
    /// as <c>new BigInteger(hex, 16)</c> does in the JS client.
    /// </summary>
    /// <exception cref="FormatException">The text is empty or not hexadecimal.</exception>
    public static BigInteger ParseUnsignedHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length == 0)
        {
            throw new FormatException("Expected a hexadecimal integer, got an empty string.");
        }

        int byteCount = (hex.Length + 1) / 2;
        Span<byte> bytes = byteCount <= 512 ? stackalloc byte[byteCount] : new byte[byteCount];
        int charIndex = 0;
        int byteIndex = 0;
        if ((hex.Length & 1) == 1)
        {
            bytes[byteIndex++] = (byte)HexValue(hex[charIndex++]);
        }

        while (charIndex < hex.Length)
        {
            bytes[byteIndex++] = (byte)((HexValue(hex[charIndex]) << 4) | HexValue(hex[charIndex + 1]));
            charIndex += 2;
        }

        return FromUnsignedBigEndian(bytes);
    }

    /// <summary>
    /// Lower-case hex of a non-negative integer without leading zeros, as JS <c>BigInteger.toString(16)</c>
    /// gives it (this is how the JS client sends SRP_A).
    /// </summary>
    public static string ToMinimalHex(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Expected a non-negative integer.");
        }

        if (value.IsZero)
        {
            return "0";
        }

        string hex = ToLowerHex(value.ToByteArray(isUnsigned: true, isBigEndian: true));
        return hex[0] == '0' ? hex[1..] : hex;
    }

    /// <summary>Lower-case hex of the bytes.</summary>
    public static string ToLowerHex(ReadOnlySpan<byte> bytes)
    {
        const string Digits = "0123456789abcdef";
        Span<char> chars = bytes.Length <= 1024 ? stackalloc char[bytes.Length * 2] : new char[bytes.Length * 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }

        return new string(chars);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => throw new FormatException("Expected a hexadecimal integer."),
    };
}
