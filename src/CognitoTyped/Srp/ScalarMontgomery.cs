using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace CognitoTyped.Srp;

/// <summary>
/// Montgomery multiplication on 48 limbs of 64 bits (R = 2^3072), for processors without AVX2: CIOS with the two inner
/// loops fused, and a squaring that computes each cross product once (3/4 of a multiplication's work).
/// </summary>
/// <remarks>
/// N ≡ −1 (mod 2^64), so the Montgomery factor −N⁻¹ mod 2^64 is 1 and a reduction step needs no extra multiplication (and
/// the product with N's lowest limb is known without multiplying). Values stay below N (a masked final subtraction), and
/// carries are computed without branches.
/// </remarks>
internal readonly struct ScalarMontgomery : IMontgomeryEngine
{
    private const int Limbs = SrpModularArithmetic.Limbs;

    private static readonly ulong[] Modulus = SrpModularArithmetic.ToLimbs(SrpGroup.N);

    /// <summary>R mod N (R = 2^3072), which is 1 in Montgomery form and also 2^3072 − N, since N &lt; R &lt; 2N.</summary>
    private static readonly ulong[] MontgomeryOne = SrpModularArithmetic.ToLimbs((BigInteger.One << (64 * Limbs)) % SrpGroup.N);

    /// <summary>R² mod N, to bring values into Montgomery form.</summary>
    private static readonly ulong[] RSquared = SrpModularArithmetic.ToLimbs((BigInteger.One << (2 * 64 * Limbs)) % SrpGroup.N);

    public static int Width => Limbs;

    public static ReadOnlySpan<ulong> One => MontgomeryOne;

    /// <summary>result = a·b·R⁻¹ mod N (CIOS, the two inner loops fused). a and b must be below N; result may alias either.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
    {
        if (a.Length < Limbs || b.Length < Limbs || result.Length < Limbs)
        {
            throw new ArgumentException("Operands must have 48 limbs.");
        }

        Span<ulong> t = stackalloc ulong[Limbs + 1];
        ref ulong tRef = ref MemoryMarshal.GetReference(t);
        ref ulong aRef = ref MemoryMarshal.GetReference(a);
        ref ulong bRef = ref MemoryMarshal.GetReference(b);
        ref ulong nRef = ref MemoryMarshal.GetArrayDataReference(Modulus);

        for (int i = 0; i < Limbs; i++)
        {
            ulong bi = Unsafe.Add(ref bRef, i);

            // Column 0: m = (t[0] + a[0]·b[i])·(−N⁻¹) mod 2^64 = its low word, and m·N[0] + low = m·2^64 exactly.
            ulong productCarry = MultiplyAdd(aRef, bi, tRef, 0, out ulong m);
            ulong reductionCarry = m;

            // Two columns per iteration (47 = 1 + 2·23): the loop's own instructions are a noticeable share of so short a body.
            productCarry = MultiplyAdd(Unsafe.Add(ref aRef, 1), bi, Unsafe.Add(ref tRef, 1), productCarry, out ulong first);
            reductionCarry = MultiplyAdd(m, Unsafe.Add(ref nRef, 1), first, reductionCarry, out tRef);
            for (int j = 2; j < Limbs; j += 2)
            {
                productCarry = MultiplyAdd(Unsafe.Add(ref aRef, j), bi, Unsafe.Add(ref tRef, j), productCarry, out ulong column);
                reductionCarry = MultiplyAdd(m, Unsafe.Add(ref nRef, j), column, reductionCarry, out Unsafe.Add(ref tRef, j - 1));
                productCarry = MultiplyAdd(Unsafe.Add(ref aRef, j + 1), bi, Unsafe.Add(ref tRef, j + 1), productCarry, out column);
                reductionCarry = MultiplyAdd(m, Unsafe.Add(ref nRef, j + 1), column, reductionCarry, out Unsafe.Add(ref tRef, j));
            }

            // t stays below 2N < 2^3073 after the shift, so the top limb is 0 or 1.
            ulong top = Unsafe.Add(ref tRef, Limbs);
            ulong sum = top + productCarry;
            ulong carry = sum < productCarry ? 1UL : 0UL;
            ulong total = sum + reductionCarry;
            carry += total < reductionCarry ? 1UL : 0UL;
            Unsafe.Add(ref tRef, Limbs - 1) = total;
            Unsafe.Add(ref tRef, Limbs) = carry;
        }

        SubtractModulusIfNeeded(t[..Limbs], t[Limbs], result);
    }

    /// <summary>result = a²·R⁻¹ mod N: the full square (each cross product once, then doubled), then a separate reduction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Square(ReadOnlySpan<ulong> a, Span<ulong> result)
    {
        if (a.Length < Limbs || result.Length < Limbs)
        {
            throw new ArgumentException("Operands must have 48 limbs.");
        }

        Span<ulong> t = stackalloc ulong[2 * Limbs];
        ref ulong tRef = ref MemoryMarshal.GetReference(t);
        ref ulong aRef = ref MemoryMarshal.GetReference(a);
        ref ulong nRef = ref MemoryMarshal.GetArrayDataReference(Modulus);

        // Cross products a[i]·a[j], i < j.
        for (int i = 0; i < Limbs - 1; i++)
        {
            ulong ai = Unsafe.Add(ref aRef, i);
            ref ulong row = ref Unsafe.Add(ref tRef, i);
            ulong carry = 0;
            for (int j = i + 1; j < Limbs; j++)
            {
                carry = MultiplyAdd(ai, Unsafe.Add(ref aRef, j), Unsafe.Add(ref row, j), carry, out Unsafe.Add(ref row, j));
            }

            Unsafe.Add(ref row, Limbs) = carry;
        }

        // Double them (the sum of cross products is below a²/2, so nothing leaves the top limb) and add the squares a[i]².
        ulong shiftedOut = 0;
        ulong diagonalCarry = 0;
        for (int i = 0; i < Limbs; i++)
        {
            ulong ai = Unsafe.Add(ref aRef, i);
            ulong high = MultiplyHigh(ai, ai);
            ulong low = ai * ai;
            ref ulong even = ref Unsafe.Add(ref tRef, 2 * i);
            ref ulong odd = ref Unsafe.Add(ref tRef, (2 * i) + 1);
            ulong doubledEven = (even << 1) | shiftedOut;
            ulong doubledOdd = (odd << 1) | (even >> 63);
            shiftedOut = odd >> 63;

            ulong sum = doubledEven + low;
            ulong carry = sum < low ? 1UL : 0UL;
            ulong withCarry = sum + diagonalCarry;
            carry += withCarry < diagonalCarry ? 1UL : 0UL;
            even = withCarry;

            // high ≤ 2^64 − 2, so high + carry does not overflow.
            high += carry;
            ulong oddSum = doubledOdd + high;
            diagonalCarry = oddSum < high ? 1UL : 0UL;
            odd = oddSum;
        }

        // Reduce: for each limb, add m·N·2^(64i) with m = t[i], which clears t[i]; the carry out of row i lands where row i + 1 ends.
        ulong pending = 0;
        for (int i = 0; i < Limbs; i++)
        {
            ref ulong row = ref Unsafe.Add(ref tRef, i);
            ulong m = row;
            ulong carry = m;
            carry = MultiplyAdd(m, Unsafe.Add(ref nRef, 1), Unsafe.Add(ref row, 1), carry, out Unsafe.Add(ref row, 1));
            for (int j = 2; j < Limbs; j += 2)
            {
                carry = MultiplyAdd(m, Unsafe.Add(ref nRef, j), Unsafe.Add(ref row, j), carry, out Unsafe.Add(ref row, j));
                carry = MultiplyAdd(m, Unsafe.Add(ref nRef, j + 1), Unsafe.Add(ref row, j + 1), carry, out Unsafe.Add(ref row, j + 1));
            }

            ref ulong end = ref Unsafe.Add(ref row, Limbs);
            ulong sum = end + carry;
            ulong overflow = sum < carry ? 1UL : 0UL;
            ulong total = sum + pending;
            overflow += total < pending ? 1UL : 0UL;
            end = total;
            pending = overflow;
        }

        SubtractModulusIfNeeded(t[Limbs..], pending, result);
        t.Clear();
    }

    public static void ToMontgomery(ReadOnlySpan<ulong> limbs, Span<ulong> result) => Multiply(limbs, RSquared, result);

    public static void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> limbs)
    {
        Span<ulong> one = stackalloc ulong[Limbs];
        one[0] = 1;
        Multiply(value, one, limbs);
    }

    /// <summary>hi:lo = x·y + addend + carry, which always fits in 128 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyAdd(ulong x, ulong y, ulong addend, ulong carry, out ulong low)
    {
        ulong high = MultiplyHigh(x, y);
        ulong product = x * y;
        product += addend;
        high += product < addend ? 1UL : 0UL;
        product += carry;
        high += product < carry ? 1UL : 0UL;
        low = product;
        return high;
    }

    /// <summary>
    /// The high 64 bits of x·y. <see cref="Math.BigMul(ulong, ulong, out ulong)"/> returns the low half through memory, which puts a
    /// store and a reload on every carry chain; the high half alone (with the low half as a plain multiplication) stays in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyHigh(ulong x, ulong y)
    {
        if (Bmi2.X64.IsSupported)
        {
            return Bmi2.X64.MultiplyNoFlags(x, y);
        }

        if (ArmBase.Arm64.IsSupported)
        {
            return ArmBase.Arm64.MultiplyHigh(x, y);
        }

        return Math.BigMul(x, y, out _);
    }

    /// <summary>
    /// result = value − N when top:value ≥ N, else value, without branching on the value. The caller knows top:value &lt; 2N.
    /// result may alias value.
    /// </summary>
    internal static void SubtractModulusIfNeeded(ReadOnlySpan<ulong> value, ulong top, Span<ulong> result)
    {
        Span<ulong> difference = stackalloc ulong[Limbs];
        ulong borrow = 0;
        for (int i = 0; i < Limbs; i++)
        {
            ulong limb = value[i];
            ulong n = Modulus[i];
            ulong partial = limb - n;
            ulong borrowOut = limb < n ? 1UL : 0UL;
            difference[i] = partial - borrow;
            borrowOut |= partial < borrow ? 1UL : 0UL;
            borrow = borrowOut;
        }

        // Keep the difference when it did not borrow, or when the borrow is paid by the top limb.
        ulong keepDifference = 0 - ((borrow ^ 1) | top);
        for (int i = 0; i < Limbs; i++)
        {
            result[i] = (difference[i] & keepDifference) | (value[i] & ~keepDifference);
        }

        difference.Clear();
    }
}
