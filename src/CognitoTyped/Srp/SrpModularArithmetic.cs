using System.Buffers.Binary;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;

namespace CognitoTyped.Srp;

/// <summary>
/// Modular exponentiation modulo the group's 3072-bit N in Montgomery form (48 limbs of 64 bits), in constant time
/// with respect to the exponent: every exponent SRP raises to is secret (a, x and a + u·x).
/// </summary>
/// <remarks>
/// <para>
/// What makes it fast: N ≡ −1 (mod 2^64), so the Montgomery factor −N⁻¹ mod 2^64 is 1 and a reduction step needs no
/// extra multiplication (and the product with N's lowest limb is known without multiplying); squaring has its own
/// routine that computes each cross product once (3/4 of a multiplication's work); and g = 2 is a fixed base, so its
/// powers use a comb (Lim–Lee) over a table built once per exponent length: 2^1024 takes 171 squarings and 171
/// multiplications instead of 1024 squarings.
/// </para>
/// <para>
/// What makes it constant-time: the work depends only on the exponent's length in 64-bit limbs (public: a has 16 limbs
/// of randomness, x 4, a + u·x 17), never on its bits. Windows are fixed (no skipped zero windows), a table entry is
/// read by scanning the whole table under a mask, final subtractions are masked, and carries are computed without
/// branches. The shift by a window's bits uses the processor's variable shift, which takes the same time for every
/// count on the CPUs .NET runs on.
/// </para>
/// </remarks>
internal static class SrpModularArithmetic
{
    /// <summary>Limbs of N (and of every value in Montgomery form).</summary>
    internal const int Limbs = 48;

    private const int ByteLength = Limbs * sizeof(ulong);

    /// <summary>Window of the general exponentiation: 2^5 table entries, 5 squarings and one multiplication per window.</summary>
    private const int TableWindowBits = 5;

    private const int TableSize = 1 << TableWindowBits;

    /// <summary>Rows of the comb for powers of 2: a table of 2^6 entries, one squaring and one multiplication per column.</summary>
    private const int CombRows = 6;

    private const int CombTableSize = 1 << CombRows;

    /// <summary>The comb table per exponent length in limbs (the column count depends on it), each built on first use.</summary>
    private static readonly ulong[]?[] CombTables = new ulong[]?[65];

    private static readonly ulong[] Modulus = ToLimbs(SrpGroup.N);

    /// <summary>R mod N (R = 2^3072), which is 1 in Montgomery form and also 2^3072 − N, since N &lt; R &lt; 2N.</summary>
    private static readonly ulong[] MontgomeryOne = ToLimbs((BigInteger.One << (64 * Limbs)) % SrpGroup.N);

    /// <summary>R² mod N, to bring values into Montgomery form.</summary>
    private static readonly ulong[] RSquared = ToLimbs((BigInteger.One << (2 * 64 * Limbs)) % SrpGroup.N);

    /// <summary>value^exponent mod N for any value (reduced into [0, N) first) and a non-negative exponent.</summary>
    public static BigInteger ModPow(BigInteger value, BigInteger exponent)
    {
        Debug.Assert(exponent.Sign >= 0, "The exponent must be non-negative.");
        var reduced = value % SrpGroup.N;
        if (reduced.Sign < 0)
        {
            reduced += SrpGroup.N;
        }

        Span<ulong> table = stackalloc ulong[TableSize * Limbs];
        Span<ulong> accumulator = stackalloc ulong[Limbs];
        Span<ulong> factor = stackalloc ulong[Limbs];
        int exponentLimbCount = LimbCount(exponent);
        Span<ulong> exponentLimbs = exponentLimbCount <= 32 ? stackalloc ulong[exponentLimbCount] : new ulong[exponentLimbCount];
        try
        {
            WriteLimbs(exponent, exponentLimbs);

            // table[i] = value^i in Montgomery form; even entries by squaring, which is cheaper.
            WriteLimbs(reduced, factor);
            MontgomeryOne.CopyTo(table[..Limbs]);
            MontgomeryMultiply(factor, RSquared, table.Slice(Limbs, Limbs));
            for (int i = 2; i < TableSize; i++)
            {
                var entry = table.Slice(i * Limbs, Limbs);
                if ((i & 1) == 0)
                {
                    MontgomerySquare(table.Slice((i / 2) * Limbs, Limbs), entry);
                }
                else
                {
                    MontgomeryMultiply(table.Slice((i - 1) * Limbs, Limbs), table.Slice(Limbs, Limbs), entry);
                }
            }

            // Fixed windows from the top, over every bit of the exponent's limbs (leading zero windows included).
            int windowCount = ((exponentLimbCount * 64) + TableWindowBits - 1) / TableWindowBits;
            int position = (windowCount - 1) * TableWindowBits;
            SelectEntry(table, ReadWindow(exponentLimbs, position, TableWindowBits), accumulator);
            for (position -= TableWindowBits; position >= 0; position -= TableWindowBits)
            {
                for (int s = 0; s < TableWindowBits; s++)
                {
                    MontgomerySquare(accumulator, accumulator);
                }

                SelectEntry(table, ReadWindow(exponentLimbs, position, TableWindowBits), factor);
                MontgomeryMultiply(accumulator, factor, accumulator);
            }

            return FromMontgomery(accumulator);
        }
        finally
        {
            // The exponent is secret (a + u·x), and so are the powers of the base that the table held.
            exponentLimbs.Clear();
            table.Clear();
            factor.Clear();
            accumulator.Clear();
        }
    }

    /// <summary>2^exponent mod N for a non-negative exponent: a fixed-base comb, no branch or table index on the exponent's bits.</summary>
    public static BigInteger PowerOfTwo(BigInteger exponent)
    {
        Debug.Assert(exponent.Sign >= 0, "The exponent must be non-negative.");
        Span<ulong> accumulator = stackalloc ulong[Limbs];
        Span<ulong> factor = stackalloc ulong[Limbs];
        int exponentLimbCount = LimbCount(exponent);
        Span<ulong> exponentLimbs = exponentLimbCount <= 32 ? stackalloc ulong[exponentLimbCount] : new ulong[exponentLimbCount];
        try
        {
            WriteLimbs(exponent, exponentLimbs);
            int columns = CombColumns(exponentLimbCount);
            ReadOnlySpan<ulong> table = CombTable(exponentLimbCount);

            // The exponent as CombRows rows of `columns` bits; column c picks table[bit c of each row], then the rest squares it up.
            SelectEntry(table, CombColumn(exponentLimbs, columns - 1, columns), accumulator);
            for (int column = columns - 2; column >= 0; column--)
            {
                MontgomerySquare(accumulator, accumulator);
                SelectEntry(table, CombColumn(exponentLimbs, column, columns), factor);
                MontgomeryMultiply(accumulator, factor, accumulator);
            }

            return FromMontgomery(accumulator);
        }
        finally
        {
            // The exponent is secret (the private value a, or x).
            exponentLimbs.Clear();
            factor.Clear();
            accumulator.Clear();
        }
    }

    /// <summary>result = a·b·R⁻¹ mod N (CIOS, the two inner loops fused). a and b must be below N; result may alias either.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void MontgomeryMultiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result)
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
    internal static void MontgomerySquare(ReadOnlySpan<ulong> a, Span<ulong> result)
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

    /// <summary>Converts a value in [0, 2^3072) into Montgomery form (value·R mod N).</summary>
    internal static void ToMontgomery(ReadOnlySpan<ulong> value, Span<ulong> result) => MontgomeryMultiply(value, RSquared, result);

    /// <summary>The 48 little-endian limbs of a value in [0, 2^3072).</summary>
    internal static ulong[] ToLimbs(BigInteger value)
    {
        var limbs = new ulong[Limbs];
        WriteLimbs(value, limbs);
        return limbs;
    }

    /// <summary>The value of little-endian limbs.</summary>
    internal static BigInteger FromLimbs(ReadOnlySpan<ulong> limbs)
    {
        Span<byte> bytes = limbs.Length <= Limbs ? stackalloc byte[limbs.Length * sizeof(ulong)] : new byte[limbs.Length * sizeof(ulong)];
        for (int i = 0; i < limbs.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.Slice(i * sizeof(ulong), sizeof(ulong)), limbs[i]);
        }

        // The value may be secret (S); the BigInteger made from it cannot be cleared, the buffer it came through can.
        var result = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        CryptographicOperations.ZeroMemory(bytes);
        return result;
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
    private static void SubtractModulusIfNeeded(ReadOnlySpan<ulong> value, ulong top, Span<ulong> result)
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

    /// <summary>destination = table[index], reading every entry so the memory access does not depend on the index.</summary>
    private static void SelectEntry(ReadOnlySpan<ulong> table, int index, Span<ulong> destination)
    {
        int entries = table.Length / Limbs;
        if (Vector256.IsHardwareAccelerated)
        {
            // Four limbs at a time: the scan reads the whole table (24 KB for the comb's), so its width shows in g^a.
            ref ulong tableRef = ref MemoryMarshal.GetReference(table);
            ref ulong destinationRef = ref MemoryMarshal.GetReference(destination[..Limbs]);
            for (int i = 0; i < Limbs; i += Vector256<ulong>.Count)
            {
                var selected = Vector256<ulong>.Zero;
                for (int k = 0; k < entries; k++)
                {
                    var mask = Vector256.Create(EqualMask(k, index));
                    selected |= Vector256.LoadUnsafe(ref tableRef, (nuint)((k * Limbs) + i)) & mask;
                }

                selected.StoreUnsafe(ref destinationRef, (nuint)i);
            }

            return;
        }

        destination.Clear();
        for (int k = 0; k < entries; k++)
        {
            ulong mask = EqualMask(k, index);
            var entry = table.Slice(k * Limbs, Limbs);
            for (int i = 0; i < Limbs; i++)
            {
                destination[i] |= entry[i] & mask;
            }
        }
    }

    /// <summary>All ones when k == index, else 0, without a branch: (k ^ index) − 1 is negative exactly then.</summary>
    private static ulong EqualMask(int k, int index) => (ulong)((long)((k ^ index) - 1) >> 63);

    private static int CombColumns(int exponentLimbCount) => ((exponentLimbCount * 64) + CombRows - 1) / CombRows;

    /// <summary>Bit <paramref name="column"/> of every row (row r as bit r): the comb table index for that column.</summary>
    private static int CombColumn(ReadOnlySpan<ulong> limbs, int column, int columns)
    {
        int index = 0;
        for (int row = 0; row < CombRows; row++)
        {
            // Branches on the position only, which is public; the bit itself is only shifted and or-ed.
            int position = (row * columns) + column;
            if (position < limbs.Length * 64)
            {
                index |= (int)((limbs[position >> 6] >> (position & 63)) & 1) << row;
            }
        }

        return index;
    }

    /// <summary>
    /// table[v] = 2^(Σ 2^(r·columns) over the bits r set in v) mod N in Montgomery form, for exponents of the given limb count.
    /// Public values; about as much work as one exponentiation, once per process and length.
    /// </summary>
    private static ulong[] CombTable(int exponentLimbCount)
    {
        bool cacheable = exponentLimbCount < CombTables.Length;
        if (cacheable && Volatile.Read(ref CombTables[exponentLimbCount]) is { } cached)
        {
            return cached;
        }

        int columns = CombColumns(exponentLimbCount);
        var table = new ulong[CombTableSize * Limbs];
        Span<ulong> rowBase = stackalloc ulong[Limbs];
        Span<ulong> two = stackalloc ulong[Limbs];
        two[0] = 2;
        ToMontgomery(two, rowBase);
        MontgomeryOne.CopyTo(table.AsSpan(0, Limbs));
        for (int row = 0; row < CombRows; row++)
        {
            if (row > 0)
            {
                // rowBase = 2^(2^(row·columns))
                for (int s = 0; s < columns; s++)
                {
                    MontgomerySquare(rowBase, rowBase);
                }
            }

            // The entries whose highest set bit is this row.
            for (int v = 1 << row; v < 2 << row; v++)
            {
                MontgomeryMultiply(table.AsSpan((v - (1 << row)) * Limbs, Limbs), rowBase, table.AsSpan(v * Limbs, Limbs));
            }
        }

        return cacheable ? Interlocked.CompareExchange(ref CombTables[exponentLimbCount], table, null) ?? table : table;
    }

    private static BigInteger FromMontgomery(ReadOnlySpan<ulong> montgomery)
    {
        Span<ulong> one = stackalloc ulong[Limbs];
        Span<ulong> plain = stackalloc ulong[Limbs];
        one[0] = 1;
        MontgomeryMultiply(montgomery, one, plain);
        var result = FromLimbs(plain);
        plain.Clear();
        return result;
    }

    private static int LimbCount(BigInteger nonNegative) => (nonNegative.GetByteCount(isUnsigned: true) + sizeof(ulong) - 1) / sizeof(ulong);

    private static void WriteLimbs(BigInteger value, Span<ulong> limbs)
    {
        int byteLength = limbs.Length * sizeof(ulong);
        Span<byte> bytes = byteLength <= ByteLength ? stackalloc byte[byteLength] : new byte[byteLength];
        bytes.Clear();
        if (!value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The value does not fit the limbs.");
        }

        for (int i = 0; i < limbs.Length; i++)
        {
            limbs[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i * sizeof(ulong), sizeof(ulong)));
        }

        CryptographicOperations.ZeroMemory(bytes);
    }

    /// <summary>The <paramref name="width"/> (at most 32) bits from bit <paramref name="position"/>; bits past the end read as 0.</summary>
    private static int ReadWindow(ReadOnlySpan<ulong> limbs, int position, int width)
    {
        // Branches on the position only, which is public.
        int index = position >> 6;
        int offset = position & 63;
        ulong bits = limbs[index] >> offset;
        if (offset + width > 64 && index + 1 < limbs.Length)
        {
            bits |= limbs[index + 1] << (64 - offset);
        }

        return (int)(bits & ((1UL << width) - 1));
    }
}
