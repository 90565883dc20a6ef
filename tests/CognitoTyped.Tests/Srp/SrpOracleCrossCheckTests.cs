using System.Globalization;
using System.Numerics;
using System.Text;
using CognitoTyped.Srp;

namespace CognitoTyped.Tests.Srp;

/// <summary>
/// Computes SRP for random inputs (≥ 200, with leading zero bytes, odd-length and upper-case hex, B ≥ N,
/// non-ASCII passwords and user IDs, device variants) in C# and in AWS's amazon-cognito-identity-js 6.3.21,
/// one node process for the whole batch, and requires identical A, HKDF key, timestamp and signature.
/// Set COGNITOTYPED_SRP_SEED to replay a failing seed.
/// </summary>
public sealed class SrpOracleCrossCheckTests(SrpOracleCrossCheckTests.Batch batch) : IClassFixture<SrpOracleCrossCheckTests.Batch>
{
    [Fact]
    public void Batch_has_at_least_200_random_claim_cases()
    {
        Assert.True(batch.Claims.Count(c => !c.Case.ExpectRejection) >= 200, $"only {batch.Claims.Count} cases");
    }

    [Fact]
    public void Large_A_matches_the_JS_client_for_every_case()
    {
        foreach (var claim in batch.Claims)
        {
            Assert.True(claim.Oracle.Error is null || claim.Case.ExpectRejection, $"{batch.Describe(claim.Case)}: oracle error {claim.Oracle.Error}");
            Assert.Equal(claim.Oracle.LargeAHex, claim.CSharp.LargeAHex);
        }
    }

    [Fact]
    public void Password_authentication_key_matches_the_JS_client_for_every_case()
    {
        foreach (var claim in batch.Claims.Where(c => !c.Case.ExpectRejection))
        {
            Assert.True(claim.Oracle.KeyHex == claim.CSharp.KeyHex, $"{batch.Describe(claim.Case)}: key {claim.CSharp.KeyHex} != JS {claim.Oracle.KeyHex}");
        }
    }

    [Fact]
    public void Timestamp_and_signature_match_the_JS_client_for_every_case()
    {
        foreach (var claim in batch.Claims.Where(c => !c.Case.ExpectRejection))
        {
            Assert.True(claim.Oracle.Timestamp == claim.CSharp.Timestamp, $"{batch.Describe(claim.Case)}: timestamp '{claim.CSharp.Timestamp}' != JS '{claim.Oracle.Timestamp}'");
            Assert.True(claim.Oracle.Signature == claim.CSharp.Signature, $"{batch.Describe(claim.Case)}: signature {claim.CSharp.Signature} != JS {claim.Oracle.Signature}");
        }
    }

    [Fact]
    public void Public_claim_api_on_wire_strings_agrees_with_the_JS_client()
    {
        var checkedClaims = batch.Claims.Where(c => c.CSharp.ClaimFromWire is not null).ToList();

        Assert.NotEmpty(checkedClaims);
        foreach (var claim in checkedClaims)
        {
            Assert.True(claim.CSharp.ClaimFromWire == new SrpPasswordClaim(claim.Oracle.Signature!, claim.Oracle.Timestamp!), batch.Describe(claim.Case));
        }
    }

    [Fact]
    public void Degenerate_B_is_rejected_like_the_JS_client_rejects_it()
    {
        var degenerate = batch.Claims.Where(c => c.Case.ExpectRejection).ToList();

        Assert.NotEmpty(degenerate);
        foreach (var claim in degenerate)
        {
            Assert.Contains("B cannot be zero", claim.Oracle.Error, StringComparison.Ordinal);
            Assert.IsType<SrpProtocolException>(claim.CSharp.Rejection);
        }
    }

    [Fact]
    public void Device_verifier_matches_the_JS_client_generateHashDevice()
    {
        Assert.NotEmpty(batch.Verifiers);
        foreach (var (verifierCase, oracle, csharp) in batch.Verifiers)
        {
            Assert.True(oracle.SaltBase64 == csharp.SaltBase64, $"seed {batch.Seed} {verifierCase}: salt");
            Assert.True(oracle.PasswordVerifierBase64 == csharp.PasswordVerifierBase64, $"seed {batch.Seed} {verifierCase}: verifier");
        }
    }

    public sealed record ClaimCase(
        int Index,
        string SmallAHex,
        string PoolName,
        string PoolIdForCSharp,
        bool IsDevice,
        string UserId,
        string Password,
        string SrpBHex,
        string SaltHex,
        string SecretBlockBase64,
        long EpochMilliseconds,
        bool ExpectRejection);

    public sealed record ClaimResult(string? LargeAHex, string? KeyHex, string? Timestamp, string? Signature, string? Error);

    public sealed record DeviceVerifierCase(string Kind, string DeviceGroupKey, string DeviceKey, string DevicePassword, string SaltHex);

    public sealed record DeviceVerifierResult(string? SaltBase64, string? PasswordVerifierBase64, string? Error);

    internal sealed record CSharpClaim(string LargeAHex, string? KeyHex, string? Timestamp, string? Signature, SrpPasswordClaim? ClaimFromWire, Exception? Rejection);

    internal sealed record ComparedClaim(ClaimCase Case, ClaimResult Oracle, CSharpClaim CSharp);

    public sealed class Batch
    {
        private const int RandomClaimCount = 200;
        private const int VerifierCount = 12;

        public Batch()
        {
            string? seedText = Environment.GetEnvironmentVariable("COGNITOTYPED_SRP_SEED");
            Seed = seedText is null ? Random.Shared.Next() : int.Parse(seedText, CultureInfo.InvariantCulture);
            var random = new Random(Seed);

            var claimCases = new List<ClaimCase>();
            for (int i = 0; i < RandomClaimCount; i++)
            {
                claimCases.Add(RandomClaimCase(random, i));
            }

            claimCases.Add(claimCases[0] with { Index = claimCases.Count, SrpBHex = SrpEncoding.ToMinimalHex(SrpGroup.N), ExpectRejection = true });
            claimCases.Add(claimCases[1] with { Index = claimCases.Count, SrpBHex = "00", ExpectRejection = true });
            claimCases.Add(claimCases[2] with { Index = claimCases.Count, SrpBHex = SrpEncoding.ToMinimalHex(SrpGroup.N * 3), ExpectRejection = true });

            var verifierCases = Enumerable.Range(0, VerifierCount).Select(_ => RandomVerifierCase(random)).ToList();

            // The JS client is the slow side: run it while C# computes.
            var oracleClaims = Task.Run(() => SrpOracle.Run<object, ClaimResult>(claimCases.Select(c => (object)new
            {
                c.SmallAHex,
                c.PoolName,
                c.UserId,
                c.Password,
                c.SrpBHex,
                c.SaltHex,
                c.SecretBlockBase64,
                c.EpochMilliseconds,
            }).ToList()));
            var csharpClaims = claimCases.Select(ComputeInCSharp).ToList();
            var oracleVerifiers = SrpOracle.Run<DeviceVerifierCase, DeviceVerifierResult>(verifierCases);

            var oracleResults = oracleClaims.GetAwaiter().GetResult();
            Claims = claimCases.Select((c, i) => new ComparedClaim(c, oracleResults[i], csharpClaims[i])).ToList();
            Verifiers = verifierCases.Select((c, i) => (c, oracleVerifiers[i], DeviceSecretVerifier.Create(
                c.DeviceGroupKey, c.DeviceKey, c.DevicePassword, SrpEncoding.ParseUnsignedHex(c.SaltHex)))).ToList();
        }

        public int Seed { get; }

        internal IReadOnlyList<ComparedClaim> Claims { get; }

        internal IReadOnlyList<(DeviceVerifierCase Case, DeviceVerifierResult Oracle, DeviceSecretVerifier CSharp)> Verifiers { get; }

        internal string Describe(ClaimCase c) =>
            $"seed {Seed} case {c.Index} (a={c.SmallAHex}, pool={c.PoolIdForCSharp}, device={c.IsDevice}, user={c.UserId}, B={c.SrpBHex}, salt={c.SaltHex}, t={c.EpochMilliseconds})";

        private static CSharpClaim ComputeInCSharp(ClaimCase c)
        {
            var session = SrpSession.CreateWithSmallA(SrpEncoding.ParseUnsignedHex(c.SmallAHex));
            string poolName = c.IsDevice ? c.PoolIdForCSharp : SrpSession.PoolNameOf(c.PoolIdForCSharp);
            try
            {
                byte[] key = session.ComputePasswordAuthenticationKey(
                    poolName, c.UserId, c.Password, SrpEncoding.ParseUnsignedHex(c.SrpBHex), SrpEncoding.ParseUnsignedHex(c.SaltHex));
                var now = DateTimeOffset.FromUnixTimeMilliseconds(c.EpochMilliseconds);
                string timestamp = SrpSession.FormatTimestamp(now);
                string signature = SrpSession.ComputeSignature(key, poolName, c.UserId, c.SecretBlockBase64, timestamp);

                // Every fourth case also goes through the public entry point with the wire strings.
                SrpPasswordClaim? fromWire = c.Index % 4 != 0 ? null : c.IsDevice
                    ? session.ComputeDeviceClaim(c.PoolIdForCSharp, c.UserId, c.Password, c.SrpBHex, c.SaltHex, c.SecretBlockBase64, now)
                    : session.ComputeClaim(c.PoolIdForCSharp, c.UserId, c.Password, c.SrpBHex, c.SaltHex, c.SecretBlockBase64, now);
                return new CSharpClaim(session.LargeAHex, Convert.ToHexStringLower(key), timestamp, signature, fromWire, null);
            }
            catch (SrpProtocolException e) when (c.ExpectRejection)
            {
                return new CSharpClaim(session.LargeAHex, null, null, null, null, e);
            }
        }

        private static ClaimCase RandomClaimCase(Random random, int index)
        {
            // a: usually 128 random bytes like the client, sometimes with leading zero bytes or tiny.
            byte[] a = RandomBytes(random, random.Next(10) == 0 ? random.Next(1, 5) : 128);
            ZeroLeadingBytes(random, a);
            if (a.All(b => b == 0))
            {
                a[^1] = 1;
            }

            // B: usually in [1, N), sometimes with leading zero bytes, small, or not reduced (B >= N).
            BigInteger b = random.Next(8) switch
            {
                0 => SrpEncoding.FromUnsignedBigEndian(RandomBytes(random, random.Next(1, 9))),
                1 => SrpGroup.N + SrpEncoding.FromUnsignedBigEndian(RandomBytes(random, 40)),
                _ => SrpEncoding.FromUnsignedBigEndian(WithLeadingZeros(random, RandomBytes(random, 384))) % SrpGroup.N,
            };
            if ((b % SrpGroup.N).IsZero)
            {
                b += 1;
            }

            byte[] salt = RandomBytes(random, random.Next(4) == 0 ? random.Next(1, 33) : 16);
            ZeroLeadingBytes(random, salt);

            bool isDevice = random.Next(6) == 0;
            string poolName = RandomAlphanumeric(random, random.Next(1, 12));
            string region = random.Next(2) == 0 ? "us-east-1" : "eu-west-2";
            string poolIdForCSharp = isDevice ? $"-{RandomAlphanumeric(random, 8)}" : random.Next(2) == 0 ? $"{region}_{poolName}" : poolName;
            string jsPoolName = isDevice ? poolIdForCSharp : poolName;
            string userId = isDevice
                ? $"{region}_{Guid.NewGuid()}"
                : random.Next(3) == 0 ? RandomText(random, random.Next(1, 20)) : new Guid(RandomBytes(random, 16)).ToString();
            string password = RandomText(random, random.Next(0, 40));

            // Ten years either side of "now", at millisecond resolution (the JS client drops milliseconds too).
            long epochMilliseconds = 946_684_800_000L + (long)(random.NextDouble() * 4_000_000_000_000L);

            return new ClaimCase(
                index,
                FormatWireHex(random, a),
                jsPoolName,
                poolIdForCSharp,
                isDevice,
                userId,
                password,
                FormatWireHex(random, b.ToByteArray(isUnsigned: true, isBigEndian: true)),
                FormatWireHex(random, salt),
                Convert.ToBase64String(RandomBytes(random, random.Next(1, 1800))),
                epochMilliseconds,
                ExpectRejection: false);
        }

        private static DeviceVerifierCase RandomVerifierCase(Random random)
        {
            byte[] salt = RandomBytes(random, 16);
            ZeroLeadingBytes(random, salt);
            return new DeviceVerifierCase(
                "deviceVerifier",
                $"-{RandomAlphanumeric(random, 9)}",
                $"us-east-1_{new Guid(RandomBytes(random, 16))}",
                Convert.ToBase64String(RandomBytes(random, 40)),
                Convert.ToHexStringLower(salt));
        }

        /// <summary>Hex as a server might send it: sometimes keeping leading zero bytes, odd length, or upper case.</summary>
        private static string FormatWireHex(Random random, byte[] bigEndian)
        {
            string hex = Convert.ToHexStringLower(bigEndian);
            switch (random.Next(5))
            {
                case 0:
                    return hex.ToUpperInvariant();
                case 1:
                    string trimmed = hex.TrimStart('0');
                    return trimmed.Length == 0 ? "0" : trimmed;
                default:
                    return hex;
            }
        }

        private static byte[] WithLeadingZeros(Random random, byte[] bytes)
        {
            ZeroLeadingBytes(random, bytes);
            return bytes;
        }

        private static void ZeroLeadingBytes(Random random, byte[] bytes)
        {
            if (random.Next(3) == 0)
            {
                bytes.AsSpan(0, Math.Min(bytes.Length - 1, random.Next(1, 4))).Clear();
            }
        }

        private static byte[] RandomBytes(Random random, int count)
        {
            var bytes = new byte[count];
            random.NextBytes(bytes);
            return bytes;
        }

        private static string RandomAlphanumeric(Random random, int length)
        {
            const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            return string.Create(length, random, (span, r) =>
            {
                for (int i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[r.Next(Alphabet.Length)];
                }
            });
        }

        /// <summary>Printable ASCII mixed with Latin, Greek, CJK, RTL, combining marks and astral-plane characters.</summary>
        private static string RandomText(Random random, int length)
        {
            string[] pieces = ["é", "ß", "Ω", "中", "文", "ש", "\u0301", "\u00A0", "😀", "𝔘", "€", "ñ", "Ж"];
            var builder = new StringBuilder();
            for (int i = 0; i < length; i++)
            {
                if (random.Next(3) == 0)
                {
                    builder.Append(pieces[random.Next(pieces.Length)]);
                }
                else
                {
                    builder.Append((char)random.Next(0x20, 0x7F));
                }
            }

            return builder.ToString();
        }
    }
}
