using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using CognitoTyped.Srp;

namespace CognitoTyped.Tests.Srp;

/// <summary>
/// The client against a server side written here from the SRP-6a equations (v = g^x, B = k·v + g^b, S = (A·v^u)^b):
/// a claim the client signs must verify with the key the server derives, for users and for remembered devices.
/// </summary>
public sealed class SrpSessionTests
{
    private const string PoolId = "us-east-1_Pj8nlkpKR";
    private const string UserId = "6f1c2a52-1f0e-4b8e-9a1d-2b3c4d5e6f70";
    private static readonly DateTimeOffset Now = new(2026, 11, 6, 9, 5, 3, TimeSpan.Zero);

    [Fact]
    public void Client_claim_verifies_against_a_server_that_knows_the_password_verifier()
    {
        var server = SimulatedServer.ForUser("Pj8nlkpKR", UserId, "pässwörd 🔑", salt: RandomBytes(16));
        var session = SrpSession.Create();

        var (srpBHex, secretBlock) = server.Challenge(session.LargeAHex);
        var claim = session.ComputeClaim(PoolId, UserId, "pässwörd 🔑", srpBHex, server.SaltHex, secretBlock, Now);

        Assert.Equal("Fri Nov 6 09:05:03 UTC 2026", claim.Timestamp);
        Assert.Equal(server.ExpectedSignature("Pj8nlkpKR", UserId, secretBlock, claim.Timestamp), claim.Signature);
    }

    [Fact]
    public void Claim_with_the_wrong_password_does_not_verify()
    {
        var server = SimulatedServer.ForUser("Pj8nlkpKR", UserId, "right password", salt: RandomBytes(16));
        var session = SrpSession.Create();

        var (srpBHex, secretBlock) = server.Challenge(session.LargeAHex);
        var claim = session.ComputeClaim(PoolId, UserId, "wrong password", srpBHex, server.SaltHex, secretBlock, Now);

        Assert.NotEqual(server.ExpectedSignature("Pj8nlkpKR", UserId, secretBlock, claim.Timestamp), claim.Signature);
    }

    [Fact]
    public void Salt_with_leading_zero_bytes_is_hashed_as_its_integer_value()
    {
        var salt = RandomBytes(16);
        salt[0] = 0;
        salt[1] = 0;
        var server = SimulatedServer.ForUser("Pj8nlkpKR", UserId, "password", salt);
        var session = SrpSession.Create();

        var (srpBHex, secretBlock) = server.Challenge(session.LargeAHex);
        var claim = session.ComputeClaim(PoolId, UserId, "password", srpBHex, server.SaltHex, secretBlock, Now);

        Assert.StartsWith("0000", server.SaltHex, StringComparison.Ordinal);
        Assert.Equal(server.ExpectedSignature("Pj8nlkpKR", UserId, secretBlock, claim.Timestamp), claim.Signature);
    }

    [Fact]
    public void Device_claim_verifies_against_the_verifier_sent_with_ConfirmDevice()
    {
        const string DeviceGroupKey = "-dGzLwPq1";
        const string DeviceKey = "us-east-1_0c2f4a0e-7d1b-4e55-9c1f-2f8f1f3f5b21";
        var verifier = DeviceSecretVerifier.Generate(DeviceGroupKey, DeviceKey);
        var server = SimulatedServer.ForDevice(verifier);
        var session = SrpSession.Create();

        var (srpBHex, secretBlock) = server.Challenge(session.LargeAHex);
        var claim = session.ComputeDeviceClaim(DeviceGroupKey, DeviceKey, verifier.DevicePassword, srpBHex, server.SaltHex, secretBlock, Now);

        Assert.Equal(server.ExpectedSignature(DeviceGroupKey, DeviceKey, secretBlock, claim.Timestamp), claim.Signature);
    }

    [Fact]
    public void Device_verifier_has_a_fresh_40_byte_password_and_16_byte_salt_each_time()
    {
        var first = DeviceSecretVerifier.Generate("-group", "us-east-1_device");
        var second = DeviceSecretVerifier.Generate("-group", "us-east-1_device");

        Assert.Equal(40, Convert.FromBase64String(first.DevicePassword).Length);
        Assert.InRange(Convert.FromBase64String(first.SaltBase64).Length, 1, 17);
        Assert.NotEqual(first.DevicePassword, second.DevicePassword);
        Assert.NotEqual(first.SaltBase64, second.SaltBase64);
        Assert.DoesNotContain(first.DevicePassword, first.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_session_has_its_own_A_in_the_group_sent_as_minimal_lower_case_hex()
    {
        var first = SrpSession.Create();
        var second = SrpSession.Create();

        Assert.NotEqual(first.LargeAHex, second.LargeAHex);
        foreach (var session in new[] { first, second })
        {
            Assert.InRange(session.LargeA, new BigInteger(2), SrpGroup.N - 1);
            Assert.Equal(session.LargeA, SrpEncoding.ParseUnsignedHex(session.LargeAHex));
            Assert.Matches("^[1-9a-f][0-9a-f]*$", session.LargeAHex);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("000000")]
    [InlineData("N")]
    [InlineData("2N")]
    public void Degenerate_B_is_refused(string srpB)
    {
        string hex = srpB switch
        {
            "N" => SrpEncoding.ToMinimalHex(SrpGroup.N),
            "2N" => SrpEncoding.ToMinimalHex(2 * SrpGroup.N),
            _ => srpB,
        };

        var exception = Assert.Throws<SrpProtocolException>(
            () => SrpSession.Create().ComputeClaim(PoolId, UserId, "password", hex, "abcdef", "AAAA", Now));

        Assert.Contains("B mod N = 0", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xyz", "abcd", "AAAA")]
    [InlineData("", "abcd", "AAAA")]
    [InlineData("abcd", "12 34", "AAAA")]
    [InlineData("abcd", "1234", "not base64!")]
    public void Malformed_server_values_are_refused_without_echoing_the_password(string srpB, string salt, string secretBlock)
    {
        var exception = Assert.Throws<SrpProtocolException>(
            () => SrpSession.Create().ComputeClaim(PoolId, UserId, "hunter2-secret", srpB, salt, secretBlock, Now));

        Assert.DoesNotContain("hunter2-secret", exception.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-east-1_Pj8nlkpKR", "Pj8nlkpKR")]
    [InlineData("Pj8nlkpKR", "Pj8nlkpKR")]
    [InlineData("local_4fg3Gf5j", "4fg3Gf5j")]
    public void Pool_name_is_the_part_of_the_pool_id_after_the_underscore(string poolId, string expected)
    {
        Assert.Equal(expected, SrpSession.PoolNameOf(poolId));
    }

    private static byte[] RandomBytes(int count) => RandomNumberGenerator.GetBytes(count);

    /// <summary>Cognito's side of the exchange, from the equations (the verifier is what Cognito stores).</summary>
    private sealed class SimulatedServer
    {
        private readonly BigInteger verifier;
        private readonly BigInteger salt;
        private byte[]? key;

        private SimulatedServer(BigInteger verifier, BigInteger salt)
        {
            this.verifier = verifier;
            this.salt = salt;
            SaltHex = SaltHexFor(salt);
        }

        public string SaltHex { get; private set; }

        public static SimulatedServer ForUser(string poolName, string userId, string password, byte[] salt)
        {
            var saltValue = new BigInteger(salt, isUnsigned: true, isBigEndian: true);
            var x = new BigInteger(
                SHA256.HashData([.. TwosComplement(saltValue), .. SHA256.HashData(Encoding.UTF8.GetBytes($"{poolName}{userId}:{password}"))]),
                isUnsigned: true,
                isBigEndian: true);
            return new SimulatedServer(BigInteger.ModPow(SrpGroup.G, x, SrpGroup.N), saltValue) { SaltHex = Convert.ToHexStringLower(salt) };
        }

        public static SimulatedServer ForDevice(DeviceSecretVerifier device) => new(
            new BigInteger(Convert.FromBase64String(device.PasswordVerifierBase64), isUnsigned: true, isBigEndian: true),
            new BigInteger(Convert.FromBase64String(device.SaltBase64), isUnsigned: true, isBigEndian: true));

        public (string SrpBHex, string SecretBlockBase64) Challenge(string srpAHex)
        {
            var n = SrpGroup.N;
            var a = SrpEncoding.ParseUnsignedHex(srpAHex);
            var b = new BigInteger(RandomNumberGenerator.GetBytes(128), isUnsigned: true, isBigEndian: true);
            var serverB = ((SrpGroup.K * verifier) + BigInteger.ModPow(SrpGroup.G, b, n)) % n;
            var u = new BigInteger(SHA256.HashData([.. TwosComplement(a), .. TwosComplement(serverB)]), isUnsigned: true, isBigEndian: true);
            var s = BigInteger.ModPow(a * BigInteger.ModPow(verifier, u, n) % n, b, n);
            key = HKDF.DeriveKey(HashAlgorithmName.SHA256, TwosComplement(s), 16, TwosComplement(u), Encoding.UTF8.GetBytes("Caldera Derived Key"));
            return (SrpEncoding.ToMinimalHex(serverB), Convert.ToBase64String(RandomNumberGenerator.GetBytes(1100)));
        }

        public string ExpectedSignature(string poolName, string userId, string secretBlockBase64, string timestamp)
        {
            var message = Encoding.UTF8.GetBytes(poolName + userId)
                .Concat(Convert.FromBase64String(secretBlockBase64))
                .Concat(Encoding.UTF8.GetBytes(timestamp))
                .ToArray();
            return Convert.ToBase64String(HMACSHA256.HashData(key!, message));
        }

        private static string SaltHexFor(BigInteger value) => SrpEncoding.ToMinimalHex(value);

        /// <summary>Java's toByteArray(), which is what Cognito hashes.</summary>
        private static byte[] TwosComplement(BigInteger value) => value.ToByteArray(isUnsigned: false, isBigEndian: true);
    }
}
