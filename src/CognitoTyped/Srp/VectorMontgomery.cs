using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CognitoTyped.Srp;

/// <summary>
/// Montgomery multiplication with AVX2: numbers as 112 digits of 28 bits, each in a 64-bit lane, four products per
/// instruction (<c>vpmuludq</c>) and no carry handled inside the multiplication.
/// </summary>
/// <remarks>
/// <para>
/// Why 28-bit digits: a product of two is below 2^56, and a column of the schoolbook product collects at most
/// 2·112 of them (a·b and m·N), which is below 2^64, so the sums need no carries until the end. With 64-bit limbs
/// every product has to carry into the next limb, and .NET has no add-with-carry: each step became a compare, a
/// set-byte and an add on a dependency chain, which left the scalar multiplication 4× slower than this one.
/// </para>
/// <para>
/// R = 2^3136 (112 digits) and values stay below 2N, not N ("almost Montgomery"): with a, b &lt; 2N, the result
/// (a·b + m·N)/R is below 4N²/R + N &lt; 2N because 4N &lt; R, so no subtraction is needed between operations; only
/// <see cref="FromMontgomery"/> reduces fully. N ≡ −1 (mod 2^28), so −N⁻¹ mod 2^28 is 1 and each digit of m is the
/// column's own low digit.
/// </para>
/// <para>
/// The rows of b are taken four at a time: the four m digits come from a small scalar triangle over the block's
/// columns, then one pass adds all eight rows (four of a·b, four of m·N) into the columns above it, reading a and N
/// at shifts of 0–3 digits. That keeps every load and store of the accumulator aligned to the previous pass's, so
/// no load waits on a partly overlapping store. Constant time: no branch or memory index depends on a value.
/// </para>
/// <para>
/// Layout of a value: <see cref="Width"/> = 120 lanes, four zero lanes, the 112 digits (least significant first),
/// four zero lanes; the zeros are what a row shifted by 1–3 digits reads past either end.
/// </para>
/// </remarks>
internal readonly struct VectorMontgomery : IMontgomeryEngine
{
    private const int DigitBits = 28;
    private const ulong DigitMask = (1UL << DigitBits) - 1;
    private const int Digits = 112;
    private const int Lead = 4;
    private const int Blocks = Digits / 4;

    private static readonly ulong[] Modulus = FromInteger(SrpGroup.N);

    private static readonly ulong[] MontgomeryOne = FromInteger((BigInteger.One << (DigitBits * Digits)) % SrpGroup.N);

    private static readonly ulong[] RSquared = FromInteger((BigInteger.One << (2 * DigitBits * Digits)) % SrpGroup.N);

    private static readonly ulong[] PlainOne = FromInteger(BigInteger.One);

    /// <summary>Whether this processor runs the engine (x64 with AVX2); elsewhere <see cref="SrpModularArithmetic"/> uses <see cref="ScalarMontgomery"/>.</summary>
    public static bool IsSupported => Avx2.IsSupported;

    public static int Width => Lead + Digits + 4;

    public static ReadOnlySpan<ulong> One => MontgomeryOne;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        if (a.Length < Width || b.Length < Width || result.Length < Width)
        {
            throw new ArgumentException("Operands must have 120 lanes.");
        }

        // Column c of a·b + m·N; the block of rows p touches columns 4p to 4p + 115.
        Span<ulong> columns = stackalloc ulong[2 * Digits];
        columns.Clear();
        ref ulong columnRef = ref MemoryMarshal.GetReference(columns);
        ref ulong aRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(a), Lead);
        ref ulong bRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(b), Lead);
        ref ulong nRef = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Modulus), Lead);
        ulong a0 = aRef, a1 = Unsafe.Add(ref aRef, 1), a2 = Unsafe.Add(ref aRef, 2), a3 = Unsafe.Add(ref aRef, 3);
        ulong n1 = Unsafe.Add(ref nRef, 1), n2 = Unsafe.Add(ref nRef, 2), n3 = Unsafe.Add(ref nRef, 3);
        ulong carry = 0;
        for (int p = 0; p < Blocks; p++)
        {
            ref ulong block = ref Unsafe.Add(ref columnRef, 4 * p);
            ref ulong rows = ref Unsafe.Add(ref bRef, 4 * p);
            ulong b0 = rows, b1 = Unsafe.Add(ref rows, 1), b2 = Unsafe.Add(ref rows, 2), b3 = Unsafe.Add(ref rows, 3);

            // The block's own four columns, one after the other: each needs the carry of the one below to give its m digit
            // (N's digit 0 is 2^28 − 1, so m·N₀ + the column is a multiple of 2^28 and its carry is exact).
            ulong column = block + carry + (a0 * b0);
            ulong m0 = column & DigitMask;
            carry = (column + (m0 * DigitMask)) >> DigitBits;
            column = Unsafe.Add(ref block, 1) + carry + (a1 * b0) + (n1 * m0) + (a0 * b1);
            ulong m1 = column & DigitMask;
            carry = (column + (m1 * DigitMask)) >> DigitBits;
            column = Unsafe.Add(ref block, 2) + carry + (a2 * b0) + (n2 * m0) + (a1 * b1) + (n1 * m1) + (a0 * b2);
            ulong m2 = column & DigitMask;
            carry = (column + (m2 * DigitMask)) >> DigitBits;
            column = Unsafe.Add(ref block, 3) + carry + (a3 * b0) + (n3 * m0) + (a2 * b1) + (n2 * m1) + (a1 * b2) + (n1 * m2) + (a0 * b3);
            ulong m3 = column & DigitMask;
            carry = (column + (m3 * DigitMask)) >> DigitBits;

            var rowB0 = Vector256.Create(b0).AsUInt32();
            var rowB1 = Vector256.Create(b1).AsUInt32();
            var rowB2 = Vector256.Create(b2).AsUInt32();
            var rowB3 = Vector256.Create(b3).AsUInt32();
            var rowM0 = Vector256.Create(m0).AsUInt32();
            var rowM1 = Vector256.Create(m1).AsUInt32();
            var rowM2 = Vector256.Create(m2).AsUInt32();
            var rowM3 = Vector256.Create(m3).AsUInt32();

            // Every column above the block gets all eight rows' products (row r of the block is shifted by r digits).
            for (int j = 4; j <= Digits; j += 4)
            {
                ref ulong target = ref Unsafe.Add(ref block, j);
                var sum = Vector256.LoadUnsafe(ref target);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref aRef, j)).AsUInt32(), rowB0);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref nRef, j)).AsUInt32(), rowM0);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref aRef, j - 1)).AsUInt32(), rowB1);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref nRef, j - 1)).AsUInt32(), rowM1);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref aRef, j - 2)).AsUInt32(), rowB2);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref nRef, j - 2)).AsUInt32(), rowM2);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref aRef, j - 3)).AsUInt32(), rowB3);
                sum += Avx2.Multiply(Vector256.LoadUnsafe(ref Unsafe.Add(ref nRef, j - 3)).AsUInt32(), rowM3);
                sum.StoreUnsafe(ref target);
            }
        }

        // The result is columns 112–223 divided by R: carry them into 28-bit digits (the value is below 2N, so nothing is left over).
        ref ulong resultRef = ref Unsafe.Add(ref MemoryMarshal.GetReference(result), Lead);
        for (int i = 0; i < Digits; i++)
        {
            ulong value = Unsafe.Add(ref columnRef, Digits + i) + carry;
            Unsafe.Add(ref resultRef, i) = value & DigitMask;
            carry = value >> DigitBits;
        }

        columns.Clear();
    }

    public static void Square(ReadOnlySpan<ulong> a, Span<ulong> result) => Multiply(a, a, result);

    public static void ToMontgomery(ReadOnlySpan<ulong> limbs, Span<ulong> result)
    {
        Span<ulong> digits = stackalloc ulong[Width];
        try
        {
            FromLimbs(limbs, digits);
            Multiply(digits, RSquared, result);
        }
        finally
        {
            digits.Clear();
        }
    }

    public static void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> limbs)
    {
        // (value + m·N)/R with value < 2N is at most N, and N itself only for a value ≡ 0: one masked subtraction reduces it.
        Span<ulong> digits = stackalloc ulong[Width];
        Span<ulong> unreduced = stackalloc ulong[SrpModularArithmetic.Limbs];
        try
        {
            Multiply(value, PlainOne, digits);
            ToLimbs(digits, unreduced);
            ScalarMontgomery.SubtractModulusIfNeeded(unreduced, 0, limbs);
        }
        finally
        {
            digits.Clear();
            unreduced.Clear();
        }
    }

    /// <summary>The digits of a value in [0, 2^3072) given as 64-bit limbs (bit positions are public: branches on them only).</summary>
    internal static void FromLimbs(ReadOnlySpan<ulong> limbs, Span<ulong> digits)
    {
        digits[..Width].Clear();
        for (int i = 0; i < Digits; i++)
        {
            int bit = i * DigitBits;
            int limb = bit >> 6;
            int offset = bit & 63;
            if (limb >= limbs.Length)
            {
                break;
            }

            ulong value = limbs[limb] >> offset;
            if (offset > 64 - DigitBits && limb + 1 < limbs.Length)
            {
                value |= limbs[limb + 1] << (64 - offset);
            }

            digits[Lead + i] = value & DigitMask;
        }
    }

    /// <summary>64-bit limbs from normalised digits of a value below 2^3072.</summary>
    internal static void ToLimbs(ReadOnlySpan<ulong> digits, Span<ulong> limbs)
    {
        limbs.Clear();
        for (int i = 0; i < Digits; i++)
        {
            int bit = i * DigitBits;
            int limb = bit >> 6;
            int offset = bit & 63;
            ulong digit = digits[Lead + i];
            if (limb < limbs.Length)
            {
                limbs[limb] |= digit << offset;
            }

            if (offset > 64 - DigitBits && limb + 1 < limbs.Length)
            {
                limbs[limb + 1] |= digit >> (64 - offset);
            }
        }
    }

    /// <summary>A value in [0, 2^3136) in this layout (public constants, and tests).</summary>
    internal static ulong[] FromInteger(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The value must be non-negative.");
        }

        Span<ulong> limbs = stackalloc ulong[((Digits * DigitBits) + 63) / 64];
        SrpModularArithmetic.WriteLimbs(value, limbs);
        var digits = new ulong[Lead + Digits + 4];
        FromLimbs(limbs, digits);
        limbs.Clear();
        return digits;
    }

    /// <summary>The value of a number in this layout (tests).</summary>
    internal static BigInteger ToInteger(ReadOnlySpan<ulong> digits)
    {
        var value = BigInteger.Zero;
        for (int i = Digits - 1; i >= 0; i--)
        {
            value = (value << DigitBits) + digits[Lead + i];
        }

        return value;
    }
}
