using System.Numerics;
using CognitoTyped.Srp;

namespace CognitoTyped.Benchmarks;

/// <summary>One fixed sign-in's server values, the same for the C# and the JS measurement.</summary>
internal static class SrpBenchmarkInputs
{
    public const string UserPoolId = "eu-west-1_AbCdEf123";
    public const string PoolName = "AbCdEf123";
    public const string UserIdForSrp = "6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70";
    public const string Password = "correct horse battery staple 1!";

    static SrpBenchmarkInputs()
    {
        var random = new Random(20261126);
        var b = new byte[384];
        random.NextBytes(b);
        SrpBHex = SrpEncoding.ToMinimalHex(new BigInteger(b, isUnsigned: true, isBigEndian: true) % SrpGroup.N);
        var salt = new byte[16];
        random.NextBytes(salt);
        SaltHex = Convert.ToHexStringLower(salt);

        // Cognito's SECRET_BLOCK is about 1.1-1.7 KB.
        var secretBlock = new byte[1200];
        random.NextBytes(secretBlock);
        SecretBlockBase64 = Convert.ToBase64String(secretBlock);
    }

    public static string SrpBHex { get; }

    public static string SaltHex { get; }

    public static string SecretBlockBase64 { get; }
}
