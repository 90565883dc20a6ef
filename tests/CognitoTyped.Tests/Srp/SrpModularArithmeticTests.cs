using System.Numerics;
using CognitoTyped.Srp;

namespace CognitoTyped.Tests.Srp;

/// <summary>
/// The Montgomery arithmetic (both engines' multiply and square, both exponentiations on each engine) agrees with
/// <see cref="BigInteger"/> modulo the group's N.
/// </summary>
public sealed class SrpModularArithmeticTests
{
    private static readonly BigInteger N = SrpGroup.N;

    /// <summary>The Montgomery radix 2^3072 and its inverse modulo N (N is prime).</summary>
    private static readonly BigInteger R = BigInteger.One << 3072;
    private static readonly BigInteger RInverse = BigInteger.ModPow(R % N, N - 2, N);

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
        Assert.Equal(BigInteger.ModPow(value, exponent, N), SrpModularArithmetic.ModPow<ScalarMontgomery>(value, exponent));
    }

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Vector_engine_ModPow_matches_BigInteger_on_edge_cases(string valueHex, string exponentHex)
    {
        RequireAvx2();
        var value = SrpEncoding.ParseUnsignedHex(valueHex);
        var exponent = SrpEncoding.ParseUnsignedHex(exponentHex);

        Assert.Equal(BigInteger.ModPow(value, exponent, N), SrpModularArithmetic.ModPow<VectorMontgomery>(value, exponent));
    }

    [Fact]
    public void Exponentiation_uses_the_vector_engine_exactly_where_the_processor_has_AVX2()
    {
        Assert.Equal(System.Runtime.Intrinsics.X86.Avx2.IsSupported, VectorMontgomery.IsSupported);
    }

    [Fact]
    public void Both_engines_agree_with_BigInteger_on_random_bases_and_exponents_of_SRP_widths()
    {
        RequireAvx2();
        var random = new Random(2026);
        for (int i = 0; i < 12; i++)
        {
            var value = RandomBelow(random, N);
            var exponent = RandomBits(random, new[] { 256, 1024, 1088, 1100 }[i % 4]);
            var expected = BigInteger.ModPow(value, exponent, N);

            Assert.True(expected == SrpModularArithmetic.ModPow<ScalarMontgomery>(value, exponent), $"scalar, exponent {SrpEncoding.ToMinimalHex(exponent)}");
            Assert.True(expected == SrpModularArithmetic.ModPow<VectorMontgomery>(value, exponent), $"vector, exponent {SrpEncoding.ToMinimalHex(exponent)}");
            Assert.True(BigInteger.ModPow(2, exponent, N) == SrpModularArithmetic.PowerOfTwo<ScalarMontgomery>(exponent), $"scalar 2^e, exponent {SrpEncoding.ToMinimalHex(exponent)}");
            Assert.True(BigInteger.ModPow(2, exponent, N) == SrpModularArithmetic.PowerOfTwo<VectorMontgomery>(exponent), $"vector 2^e, exponent {SrpEncoding.ToMinimalHex(exponent)}");
        }
    }

    /// <summary>The vector engine's radix: 112 digits of 28 bits.</summary>
    private static readonly BigInteger VectorR = BigInteger.One << 3136;
    private static readonly BigInteger VectorRInverse = BigInteger.ModPow(VectorR % N, N - 2, N);

    [Fact]
    public void Vector_multiply_is_a_times_b_over_R_modulo_N_and_stays_below_2N_for_operands_up_to_2N_minus_1()
    {
        RequireAvx2();
        var random = new Random(28);
        var operands = new[] { BigInteger.Zero, BigInteger.One, N - 1, N, N + 1, (2 * N) - 1, (BigInteger.One << 3072) - 1, VectorR % N }
            .Concat(Enumerable.Range(0, 200).Select(_ => RandomBelow(random, 2 * N)))
            .ToArray();
        for (int i = 0; i < operands.Length; i++)
        {
            var a = operands[i];
            var b = operands[(i * 7 + 3) % operands.Length];
            var result = new ulong[VectorMontgomery.Width];
            var square = VectorMontgomery.FromInteger(a);

            VectorMontgomery.Multiply(VectorMontgomery.FromInteger(a), VectorMontgomery.FromInteger(b), result);
            VectorMontgomery.Square(square, square);

            var product = VectorMontgomery.ToInteger(result);
            var squared = VectorMontgomery.ToInteger(square);
            Assert.True(product < 2 * N && product % N == a * b * VectorRInverse % N, $"a {SrpEncoding.ToMinimalHex(a)} b {SrpEncoding.ToMinimalHex(b)}");
            Assert.True(squared < 2 * N && squared % N == a * a * VectorRInverse % N, $"a {SrpEncoding.ToMinimalHex(a)}");
        }
    }

    [Fact]
    public void Vector_engine_converts_limbs_to_Montgomery_form_and_back_fully_reduced()
    {
        RequireAvx2();
        var random = new Random(3136);
        foreach (var value in new[] { BigInteger.Zero, BigInteger.One, N - 1 }.Concat(Enumerable.Range(0, 50).Select(_ => RandomBelow(random, N))))
        {
            var montgomery = new ulong[VectorMontgomery.Width];
            var limbs = new ulong[SrpModularArithmetic.Limbs];

            VectorMontgomery.ToMontgomery(SrpModularArithmetic.ToLimbs(value), montgomery);
            VectorMontgomery.FromMontgomery(montgomery, limbs);

            Assert.Equal(value * VectorR % N, VectorMontgomery.ToInteger(montgomery) % N);
            Assert.Equal(value, SrpModularArithmetic.FromLimbs(limbs));
        }

        // N itself is 0 in Montgomery form too; coming back it must read 0, not N.
        var zeroAsN = new ulong[SrpModularArithmetic.Limbs];
        VectorMontgomery.FromMontgomery(VectorMontgomery.FromInteger(N), zeroAsN);
        Assert.Equal(BigInteger.Zero, SrpModularArithmetic.FromLimbs(zeroAsN));
    }

    /// <summary>Fails, loudly, where the vector engine cannot run: such a machine exercises only the scalar engine.</summary>
    private static void RequireAvx2()
        => Assert.True(VectorMontgomery.IsSupported, "This processor has no AVX2: the vector Montgomery engine cannot be tested on it (exponentiation uses the scalar engine here).");

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

    public static TheoryData<string> MontgomeryOperands() => new()
    {
        "0",
        "1",
        "2",
        "ffffffffffffffff",
        "10000000000000000",
        SrpEncoding.ToMinimalHex(N - 1),
        SrpEncoding.ToMinimalHex(N - 2),
        SrpEncoding.ToMinimalHex(R % N),
        SrpEncoding.ToMinimalHex((BigInteger.One << 3071) + 1),
        SrpEncoding.ToMinimalHex(N >> 64),
        SrpEncoding.ToMinimalHex(N >> 1),
    };

    [Theory]
    [MemberData(nameof(MontgomeryOperands))]
    public void Scalar_square_is_a_squared_over_R_modulo_N_on_edge_operands(string operandHex)
    {
        var a = SrpEncoding.ParseUnsignedHex(operandHex);
        var result = new ulong[SrpModularArithmetic.Limbs];

        ScalarMontgomery.Square(SrpModularArithmetic.ToLimbs(a), result);

        Assert.Equal(a * a * RInverse % N, SrpModularArithmetic.FromLimbs(result));
    }

    [Theory]
    [MemberData(nameof(MontgomeryOperands))]
    public void Scalar_multiply_is_a_times_b_over_R_modulo_N_on_edge_operands(string operandHex)
    {
        var a = SrpEncoding.ParseUnsignedHex(operandHex);
        var random = new Random(operandHex.Length);
        foreach (var b in new[] { BigInteger.Zero, BigInteger.One, N - 1, a, RandomBelow(random, N) })
        {
            var result = new ulong[SrpModularArithmetic.Limbs];

            ScalarMontgomery.Multiply(SrpModularArithmetic.ToLimbs(a), SrpModularArithmetic.ToLimbs(b), result);

            Assert.Equal(a * b * RInverse % N, SrpModularArithmetic.FromLimbs(result));
        }
    }

    [Fact]
    public void Scalar_multiply_and_square_match_BigInteger_on_random_operands_and_may_write_over_an_operand()
    {
        var random = new Random(48);
        for (int i = 0; i < 200; i++)
        {
            var a = RandomBelow(random, N);
            var b = i % 4 == 0 ? RandomBits(random, random.Next(1, 3072)) % N : RandomBelow(random, N);
            var aLimbs = SrpModularArithmetic.ToLimbs(a);
            var bLimbs = SrpModularArithmetic.ToLimbs(b);
            var square = SrpModularArithmetic.ToLimbs(a);

            ScalarMontgomery.Multiply(aLimbs, bLimbs, aLimbs);
            ScalarMontgomery.Square(square, square);

            Assert.Equal(a * b * RInverse % N, SrpModularArithmetic.FromLimbs(aLimbs));
            Assert.Equal(a * a * RInverse % N, SrpModularArithmetic.FromLimbs(square));
        }
    }

    [Fact]
    public void PowerOfTwo_matches_BigInteger_for_every_exponent_length_up_to_20_limbs_including_leading_and_inner_zero_limbs()
    {
        var random = new Random(64);
        for (int limbs = 1; limbs <= 20; limbs++)
        {
            int bits = limbs * 64;
            foreach (var exponent in new[]
            {
                BigInteger.One << (bits - 1),
                (BigInteger.One << bits) - 1,
                (BigInteger.One << (bits - 1)) + 1,
                RandomBits(random, bits),
                (RandomBits(random, 64) << (bits - 64)) | 1,
            })
            {
                Assert.True(BigInteger.ModPow(2, exponent, N) == SrpModularArithmetic.PowerOfTwo(exponent), $"exponent {SrpEncoding.ToMinimalHex(exponent)}");
            }
        }
    }

    [Fact]
    public void ModPow_matches_BigInteger_for_exponents_with_leading_and_inner_zero_limbs_and_Fermat()
    {
        var random = new Random(17);
        var value = RandomBelow(random, N);
        foreach (var exponent in new[]
        {
            BigInteger.One << 64,
            BigInteger.One << 1024,
            (BigInteger.One << 1024) | 1,
            (BigInteger.One << 1087) - 1,
            RandomBits(random, 1025),
            N - 1,
        })
        {
            Assert.True(BigInteger.ModPow(value, exponent, N) == SrpModularArithmetic.ModPow(value, exponent), $"exponent {SrpEncoding.ToMinimalHex(exponent)}");
        }

        Assert.Equal(BigInteger.One, SrpModularArithmetic.ModPow(value, N - 1));
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
