using System.Numerics;
using System.Security.Cryptography;

namespace CognitoTyped.Srp;

/// <summary>
/// What ConfirmDevice needs to remember a device (its DeviceSecretVerifierConfig), plus the random
/// device password the client must keep to answer DEVICE_SRP_AUTH later.
/// </summary>
/// <param name="DevicePassword">The random device password (Base64 of 40 random bytes); store it with the device key.</param>
/// <param name="SaltBase64">DeviceSecretVerifierConfig.Salt: Base64 of padHex(salt).</param>
/// <param name="PasswordVerifierBase64">DeviceSecretVerifierConfig.PasswordVerifier: Base64 of padHex(g^x mod N).</param>
internal sealed record DeviceSecretVerifier(string DevicePassword, string SaltBase64, string PasswordVerifierBase64)
{
    private const int DevicePasswordByteCount = 40;
    private const int SaltByteCount = 16;

    /// <summary>Never prints the device password.</summary>
    public override string ToString() => $"DeviceSecretVerifier {{ SaltBase64 = {SaltBase64} }}";

    /// <summary>Generates a random device password and salt and the matching verifier, as the JS client does.</summary>
    /// <param name="deviceGroupKey">NewDeviceMetadata.DeviceGroupKey.</param>
    /// <param name="deviceKey">NewDeviceMetadata.DeviceKey.</param>
    public static DeviceSecretVerifier Generate(string deviceGroupKey, string deviceKey)
    {
        Span<byte> passwordBytes = stackalloc byte[DevicePasswordByteCount];
        Span<byte> saltBytes = stackalloc byte[SaltByteCount];
        RandomNumberGenerator.Fill(passwordBytes);
        RandomNumberGenerator.Fill(saltBytes);
        string devicePassword = Convert.ToBase64String(passwordBytes);
        CryptographicOperations.ZeroMemory(passwordBytes);
        return Create(deviceGroupKey, deviceKey, devicePassword, SrpEncoding.FromUnsignedBigEndian(saltBytes));
    }

    /// <summary>The verifier for a given device password and salt (deterministic; tests and cross-checks).</summary>
    internal static DeviceSecretVerifier Create(string deviceGroupKey, string deviceKey, string devicePassword, BigInteger salt)
    {
        ArgumentNullException.ThrowIfNull(deviceGroupKey);
        ArgumentNullException.ThrowIfNull(deviceKey);
        ArgumentNullException.ThrowIfNull(devicePassword);
        var x = SrpSession.ComputeX(deviceGroupKey, deviceKey, devicePassword, salt);
        var verifier = SrpModularArithmetic.PowerOfTwo(x);
        return new DeviceSecretVerifier(
            devicePassword,
            Convert.ToBase64String(SrpEncoding.PadBytes(salt)),
            Convert.ToBase64String(SrpEncoding.PadBytes(verifier)));
    }
}
