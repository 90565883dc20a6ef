namespace CognitoTyped.ServiceModel;

/// <summary>A value of the facts file: what is left of a service model once its prose is dropped.</summary>
internal abstract class Fact;

/// <summary>A string, number or boolean, held as the JSON token it is written as.</summary>
/// <param name="Json">The encoded JSON token (a quoted string, a number as the model spelt it, <c>true</c> or <c>false</c>).</param>
internal sealed class FactScalar(string Json) : Fact
{
    /// <summary>The encoded JSON token.</summary>
    public string Json { get; } = Json;
}

/// <summary>An array, written on one line unless <see cref="Block"/>.</summary>
internal sealed class FactArray(IReadOnlyList<Fact> items, bool block) : Fact
{
    /// <summary>Whether each item gets its own line.</summary>
    public bool Block { get; } = block;

    /// <summary>The items in model order.</summary>
    public IReadOnlyList<Fact> Items { get; } = items;
}

/// <summary>An object whose entries are in the order they are written.</summary>
internal sealed class FactObject(bool block) : Fact
{
    /// <summary>Whether each entry gets its own line (operations, shapes, members) or the object is written on one line.</summary>
    public bool Block { get; } = block;

    /// <summary>The entries, in the order they are written.</summary>
    public List<KeyValuePair<string, Fact>> Entries { get; } = [];
}
