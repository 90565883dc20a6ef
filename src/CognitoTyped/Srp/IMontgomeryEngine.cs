namespace CognitoTyped.Srp;

/// <summary>
/// Montgomery arithmetic modulo the group's N in one representation of the numbers: the exponentiations in
/// <see cref="SrpModularArithmetic"/> are written once against this, and the JIT compiles them per engine (a struct).
/// </summary>
internal interface IMontgomeryEngine
{
    /// <summary>The <see cref="ulong"/>s one value takes in this representation.</summary>
    static abstract int Width { get; }

    /// <summary>1 in Montgomery form (R mod N).</summary>
    static abstract ReadOnlySpan<ulong> One { get; }

    /// <summary>result = a·b·R⁻¹ (mod N); result may alias either operand. No branch or memory index depends on the values.</summary>
    static abstract void Multiply(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> result);

    /// <summary>result = a²·R⁻¹ (mod N); result may alias a.</summary>
    static abstract void Square(ReadOnlySpan<ulong> a, Span<ulong> result);

    /// <summary>A value in [0, N) given as <see cref="SrpModularArithmetic.Limbs"/> little-endian 64-bit limbs, into Montgomery form.</summary>
    static abstract void ToMontgomery(ReadOnlySpan<ulong> limbs, Span<ulong> result);

    /// <summary>A value in Montgomery form back to the number in [0, N) as 64-bit limbs.</summary>
    static abstract void FromMontgomery(ReadOnlySpan<ulong> value, Span<ulong> limbs);
}
