using System.Numerics;
using CognitoTyped.Srp;

namespace CognitoTyped.Tests.Srp;

/// <summary>The Montgomery exponentiation agrees with <see cref="BigInteger.ModPow"/> modulo the group's N.</summary>
public sealed class SrpModularArithmeticTests
{
    private static readonly BigInteger N = SrpGroup.N;

    public static TheoryData<string, string> EdgeCases() => new()
    {
        { "0", "0" },
        { "0", "1" },
        { "1", "0" },
        { "1", "ffffffff" },
        { "2", "1" },
        { "2", "2" },
        { "3", "bffffffffffffffffff" },
        { SrpEncoding.ToMinimalHex(N - 1), "2" },
        { SrpEncoding.ToMinimalHex(N - 1), SrpEncoding.ToMinimalHex(N - 2) },
        { SrpEncoding.ToMinimalHex(N), "5" },
        { SrpEncoding.ToMinimalHex(N + 7), "1f" },
        { SrpEncoding.ToMinimalHex((N * 5) + 3), "20" },
        { SrpEncoding.ToMinimalHex(BigInteger.One << 3071), new string('f', 2048) },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void ModPow_matches_BigInteger_on_edge_cases(string valueHex, string exponentHex)
    {
        var value = SrpEncoding.ParseUnsignedHex(valueHex);
        var exponent = SrpEncoding.ParseUnsignedHex(exponentHex);

        Assert.Equal(BigInteger.ModPow(value, exponent, N), SrpModularArithmetic.ModPow(value, exponent));
    }

    [Fact]
    public void ModPow_reduces_negative_bases_into_the_group()
    {
        var value = -SrpEncoding.ParseUnsignedHex("123456789abcdef0123456789");
        var exponent = new BigInteger(65537);
        var expected = BigInteger.ModPow((value % N) + N, exponent, N);

        Assert.Equal(expected, SrpModularArithmetic.ModPow(value, exponent));
    }

    [Fact]
    public void ModPow_matches_BigInteger_on_random_values_and_exponents_of_every_width()
    {
        var random = new Random(3072);
        for (int i = 0; i < 24; i++)
        {
            var value = RandomBelow(random, N);
            var exponent = RandomBits(random, random.Next(1, 1100));

            Assert.True(
                BigInteger.ModPow(value, exponent, N) == SrpModularArithmetic.ModPow(value, exponent),
                $"value {SrpEncoding.ToMinimalHex(value)} exponent {SrpEncoding.ToMinimalHex(exponent)}");
        }
    }

    [Fact]
    public void PowerOfTwo_matches_BigInteger_for_exponents_of_every_width()
    {
        var random = new Random(2);
        foreach (var exponent in new[] { BigInteger.Zero, BigInteger.One, new BigInteger(3071), new BigInteger(3072), new BigInteger(3073) }
            .Concat(Enumerable.Range(0, 16).Select(_ => RandomBits(random, random.Next(1, 1100)))))
        {
            Assert.True(BigInteger.ModPow(2, exponent, N) == SrpModularArithmetic.PowerOfTwo(exponent), $"exponent {exponent}");
        }
    }

    [Fact]
    public void Modulus_is_minus_one_modulo_two_to_the_64_which_the_reduction_relies_on()
    {
        Assert.Equal(ulong.MaxValue, (ulong)(N & ulong.MaxValue));
    }

    private static BigInteger RandomBits(Random random, int bits)
    {
        var bytes = new byte[(bits + 7) / 8];
        random.NextBytes(bytes);
        if (bits % 8 != 0)
        {
            bytes[0] &= (byte)((1 << (bits % 8)) - 1);
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    private static BigInteger RandomBelow(Random random, BigInteger bound)
    {
        var bytes = new byte[bound.GetByteCount(isUnsigned: true) + 8];
        random.NextBytes(bytes);
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true) % bound;
    }
}
