namespace CognitoTyped.ServiceModel;

/// <summary>
/// How one JSON value of a service model is read. Objects list their fact keys (kept, written in the listed order) and their
/// prose keys (dropped); any other key stops the extraction, so prose a future model adds under a new name is noticed
/// instead of committed.
/// </summary>
internal abstract class Rule;

/// <summary>A string, number or boolean.</summary>
internal sealed class ScalarRule : Rule;

/// <summary>An array of strings, numbers or booleans, kept in model order.</summary>
internal sealed class ScalarListRule : Rule;

/// <summary>Either a scalar or an array of scalars (a paginator's tokens may be either).</summary>
internal sealed class ScalarOrListRule : Rule;

/// <summary>An array of objects read by <paramref name="item"/>, kept in model order.</summary>
/// <param name="item">How each item is read.</param>
/// <param name="block">Whether each item gets its own line (an operation's errors: one added error is a one-line diff).</param>
internal sealed class ListRule(Rule item, bool block) : Rule
{
    /// <summary>How each item is read.</summary>
    public Rule Item { get; } = item;

    /// <summary>Whether each item gets its own line.</summary>
    public bool Block { get; } = block;
}

/// <summary>
/// An object keyed by names the model chooses (operations, shapes, members), each value read by <paramref name="value"/>.
/// </summary>
/// <param name="value">How each value is read.</param>
/// <param name="sortByName">Ordinal name order when true; model order when false (members: their order is the C# order).</param>
/// <param name="block">Whether each entry gets its own line.</param>
internal sealed class MapRule(Rule value, bool sortByName, bool block) : Rule
{
    /// <summary>How each value is read.</summary>
    public Rule Value { get; } = value;

    /// <summary>Ordinal name order when true; model order when false.</summary>
    public bool SortByName { get; } = sortByName;

    /// <summary>Whether each entry gets its own line.</summary>
    public bool Block { get; } = block;
}

/// <summary>An object with a fixed vocabulary of keys: facts (kept, in this order) and prose (dropped).</summary>
/// <param name="what">What the object is, for error messages ("a shape", "an operation").</param>
/// <param name="block">Whether each entry gets its own line.</param>
/// <param name="facts">The keys kept, in the order they are written.</param>
/// <param name="prose">The keys dropped because they carry AWS's documentation.</param>
internal sealed class ObjectRule(string what, bool block, IReadOnlyList<(string Key, Rule Rule)> facts, IReadOnlyList<string> prose)
    : Rule
{
    /// <summary>What the object is, for error messages.</summary>
    public string What { get; } = what;

    /// <summary>Whether each entry gets its own line.</summary>
    public bool Block { get; } = block;

    /// <summary>The keys kept, in the order they are written.</summary>
    public IReadOnlyList<(string Key, Rule Rule)> Facts { get; } = facts;

    /// <summary>The keys dropped because they carry AWS's documentation.</summary>
    public IReadOnlyList<string> Prose { get; } = prose;
}
