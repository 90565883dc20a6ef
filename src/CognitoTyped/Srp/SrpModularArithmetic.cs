using System.Buffers.Binary;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;

namespace CognitoTyped.Srp;

/// <summary>
/// Modular exponentiation modulo the group's 3072-bit N in Montgomery form, in constant time with respect to the exponent:
/// every exponent SRP raises to is secret (a, x and a + u·x). The multiplications are an engine's:
/// <see cref="VectorMontgomery"/> (AVX2) where the processor has it, <see cref="ScalarMontgomery"/> elsewhere.
/// </summary>
/// <remarks>
/// <para>
/// g = 2 is a fixed base, so its powers use a comb (Lim–Lee) over a table built once per exponent length: 2^1024 takes
/// 171 squarings and 171 multiplications instead of 1024 squarings. Other bases use fixed 5-bit windows.
/// </para>
/// <para>
/// What makes it constant-time: the work depends only on the exponent's length in 64-bit limbs (public: a has 16 limbs
/// of randomness, x 4, a + u·x 17), never on its bits. Windows are fixed (no skipped zero windows), a table entry is
/// read by scanning the whole table under a mask, and the engines neither branch nor index memory on values. The shift
/// by a window's bits uses the processor's variable shift, which takes the same time for every count on the CPUs .NET
/// runs on.
/// </para>
/// </remarks>
internal static class SrpModularArithmetic
{
    /// <summary>64-bit limbs of N (and of every plain value the engines take and give back).</summary>
    internal const int Limbs = 48;

    private const int ByteLength = Limbs * sizeof(ulong);

    /// <summary>Window of the general exponentiation: 2^5 table entries, 5 squarings and one multiplication per window.</summary>
    private const int TableWindowBits = 5;

    private const int TableSize = 1 << TableWindowBits;

    /// <summary>Rows of the comb for powers of 2: a table of 2^6 entries, one squaring and one multiplication per column.</summary>
    private const int CombRows = 6;

    private const int CombTableSize = 1 << CombRows;

    /// <summary>value^exponent mod N for any value (reduced into [0, N) first) and a non-negative exponent.</summary>
    public static BigInteger ModPow(BigInteger value, BigInteger exponent)
        => VectorMontgomery.IsSupported ? ModPow<VectorMontgomery>(value, exponent) : ModPow<ScalarMontgomery>(value, exponent);

    /// <summary>2^exponent mod N for a non-negative exponent: a fixed-base comb, no branch or table index on the exponent's bits.</summary>
    public static BigInteger PowerOfTwo(BigInteger exponent)
        => VectorMontgomery.IsSupported ? PowerOfTwo<VectorMontgomery>(exponent) : PowerOfTwo<ScalarMontgomery>(exponent);

    /// <summary><see cref="ModPow(BigInteger, BigInteger)"/> with the given engine.</summary>
    internal static BigInteger ModPow<TEngine>(BigInteger value, BigInteger exponent)
        where TEngine : struct, IMontgomeryEngine
    {
        Debug.Assert(exponent.Sign >= 0, "The exponent must be non-negative.");
        var reduced = value % SrpGroup.N;
        if (reduced.Sign < 0)
        {
            reduced += SrpGroup.N;
        }

        int width = TEngine.Width;
        Span<ulong> table = stackalloc ulong[TableSize * width];
        Span<ulong> accumulator = stackalloc ulong[width];
        Span<ulong> factor = stackalloc ulong[width];
        Span<ulong> limbs = stackalloc ulong[Limbs];
        int exponentLimbCount = LimbCount(exponent);
        Span<ulong> exponentLimbs = exponentLimbCount <= 32 ? stackalloc ulong[exponentLimbCount] : new ulong[exponentLimbCount];
        try
        {
            WriteLimbs(exponent, exponentLimbs);

            // table[i] = value^i in Montgomery form; even entries by squaring.
            WriteLimbs(reduced, limbs);
            TEngine.One.CopyTo(table[..width]);
            TEngine.ToMontgomery(limbs, table.Slice(width, width));
            for (int i = 2; i < TableSize; i++)
            {
                var entry = table.Slice(i * width, width);
                if ((i & 1) == 0)
                {
                    TEngine.Square(table.Slice((i / 2) * width, width), entry);
                }
                else
                {
                    TEngine.Multiply(table.Slice((i - 1) * width, width), table.Slice(width, width), entry);
                }
            }

            // Fixed windows from the top, over every bit of the exponent's limbs (leading zero windows included).
            int windowCount = ((exponentLimbCount * 64) + TableWindowBits - 1) / TableWindowBits;
            int position = (windowCount - 1) * TableWindowBits;
            SelectEntry(table, width, ReadWindow(exponentLimbs, position, TableWindowBits), accumulator);
            for (position -= TableWindowBits; position >= 0; position -= TableWindowBits)
            {
                for (int s = 0; s < TableWindowBits; s++)
                {
                    TEngine.Square(accumulator, accumulator);
                }

                SelectEntry(table, width, ReadWindow(exponentLimbs, position, TableWindowBits), factor);
                TEngine.Multiply(accumulator, factor, accumulator);
            }

            TEngine.FromMontgomery(accumulator, limbs);
            return FromLimbs(limbs);
        }
        finally
        {
            // The exponent is secret (a + u·x), and so are the powers of the base that the table held.
            exponentLimbs.Clear();
            table.Clear();
            factor.Clear();
            accumulator.Clear();
            limbs.Clear();
        }
    }

    /// <summary><see cref="PowerOfTwo(BigInteger)"/> with the given engine.</summary>
    internal static BigInteger PowerOfTwo<TEngine>(BigInteger exponent)
        where TEngine : struct, IMontgomeryEngine
    {
        Debug.Assert(exponent.Sign >= 0, "The exponent must be non-negative.");
        int width = TEngine.Width;
        Span<ulong> accumulator = stackalloc ulong[width];
        Span<ulong> factor = stackalloc ulong[width];
        Span<ulong> limbs = stackalloc ulong[Limbs];
        int exponentLimbCount = LimbCount(exponent);
        Span<ulong> exponentLimbs = exponentLimbCount <= 32 ? stackalloc ulong[exponentLimbCount] : new ulong[exponentLimbCount];
        try
        {
            WriteLimbs(exponent, exponentLimbs);
            int columns = CombColumns(exponentLimbCount);
            ReadOnlySpan<ulong> table = CombTable<TEngine>(exponentLimbCount);

            // The exponent as CombRows rows of `columns` bits; column c picks table[bit c of each row], then the rest squares it up.
            SelectEntry(table, width, CombColumn(exponentLimbs, columns - 1, columns), accumulator);
            for (int column = columns - 2; column >= 0; column--)
            {
                TEngine.Square(accumulator, accumulator);
                SelectEntry(table, width, CombColumn(exponentLimbs, column, columns), factor);
                TEngine.Multiply(accumulator, factor, accumulator);
            }

            TEngine.FromMontgomery(accumulator, limbs);
            return FromLimbs(limbs);
        }
        finally
        {
            // The exponent is secret (the private value a, or x).
            exponentLimbs.Clear();
            factor.Clear();
            accumulator.Clear();
            limbs.Clear();
        }
    }

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

    /// <summary>destination = table[index] (entries of <paramref name="width"/>), reading every entry so the memory access does not depend on the index.</summary>
    private static void SelectEntry(ReadOnlySpan<ulong> table, int width, int index, Span<ulong> destination)
    {
        int entries = table.Length / width;
        if (Vector256.IsHardwareAccelerated && width % Vector256<ulong>.Count == 0)
        {
            // Four limbs at a time: the scan reads the whole table (the comb's is 24 KB of limbs, 60 KB of digits), so its width shows in g^a.
            ref ulong tableRef = ref MemoryMarshal.GetReference(table);
            ref ulong destinationRef = ref MemoryMarshal.GetReference(destination[..width]);
            for (int i = 0; i < width; i += Vector256<ulong>.Count)
            {
                var selected = Vector256<ulong>.Zero;
                for (int k = 0; k < entries; k++)
                {
                    var mask = Vector256.Create(EqualMask(k, index));
                    selected |= Vector256.LoadUnsafe(ref tableRef, (nuint)((k * width) + i)) & mask;
                }

                selected.StoreUnsafe(ref destinationRef, (nuint)i);
            }

            return;
        }

        destination[..width].Clear();
        for (int k = 0; k < entries; k++)
        {
            ulong mask = EqualMask(k, index);
            var entry = table.Slice(k * width, width);
            for (int i = 0; i < width; i++)
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
    /// table[v] = 2^(Σ 2^(r·columns) over the bits r set in v) mod N in the engine's Montgomery form, for exponents of the given
    /// limb count. Public values; about as much work as one exponentiation, once per process, engine and length.
    /// </summary>
    private static ulong[] CombTable<TEngine>(int exponentLimbCount)
        where TEngine : struct, IMontgomeryEngine
    {
        var cache = CombTableCache<TEngine>.Tables;
        bool cacheable = exponentLimbCount < cache.Length;
        if (cacheable && Volatile.Read(ref cache[exponentLimbCount]) is { } cached)
        {
            return cached;
        }

        int width = TEngine.Width;
        int columns = CombColumns(exponentLimbCount);
        var table = new ulong[CombTableSize * width];
        Span<ulong> rowBase = stackalloc ulong[width];
        Span<ulong> two = stackalloc ulong[Limbs];
        two[0] = 2;
        TEngine.ToMontgomery(two, rowBase);
        TEngine.One.CopyTo(table.AsSpan(0, width));
        for (int row = 0; row < CombRows; row++)
        {
            if (row > 0)
            {
                // rowBase = 2^(2^(row·columns))
                for (int s = 0; s < columns; s++)
                {
                    TEngine.Square(rowBase, rowBase);
                }
            }

            // The entries whose highest set bit is this row.
            for (int v = 1 << row; v < 2 << row; v++)
            {
                TEngine.Multiply(table.AsSpan((v - (1 << row)) * width, width), rowBase, table.AsSpan(v * width, width));
            }
        }

        return cacheable ? Interlocked.CompareExchange(ref cache[exponentLimbCount], table, null) ?? table : table;
    }

    private static int LimbCount(BigInteger nonNegative) => (nonNegative.GetByteCount(isUnsigned: true) + sizeof(ulong) - 1) / sizeof(ulong);

    internal static void WriteLimbs(BigInteger value, Span<ulong> limbs)
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

    /// <summary>The comb tables of one engine, per exponent length in limbs (the column count depends on it), each built on first use.</summary>
    private static class CombTableCache<TEngine>
        where TEngine : struct, IMontgomeryEngine
    {
        internal static readonly ulong[]?[] Tables = new ulong[]?[65];
    }
}
