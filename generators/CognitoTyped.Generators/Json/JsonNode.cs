using System.Collections.Generic;

namespace CognitoTyped.Generators.Json;

/// <summary>The kind of a JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value with the character span it came from, so every diagnostic can point at its exact line and column.
/// These nodes live only inside one parse; the pipeline carries the value-equal model built from them.
/// </summary>
internal abstract class JsonNode
{
    protected JsonNode(JsonKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    public JsonKind Kind { get; }

    public int Start { get; }

    public int Length { get; internal set; }

    /// <summary>The JSON type name as a user reads it in a diagnostic.</summary>
    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed class JsonObject : JsonNode
{
    public JsonObject(int start)
        : base(JsonKind.Object, start, 0)
    {
    }

    public List<JsonMember> Members { get; } = new();

    public JsonMember? Find(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }
}

internal sealed class JsonMember
{
    public JsonMember(string name, int nameStart, int nameLength, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameLength = nameLength;
        Value = value;
    }

    public string Name { get; }

    /// <summary>Where the member's quoted name starts (at its opening quote).</summary>
    public int NameStart { get; }

    public int NameLength { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(int start)
        : base(JsonKind.Array, start, 0)
    {
    }

    public List<JsonNode> Items { get; } = new();
}

internal sealed class JsonScalar : JsonNode
{
    public JsonScalar(JsonKind kind, int start, int length, string? stringValue, string rawText)
        : base(kind, start, length)
    {
        StringValue = stringValue;
        RawText = rawText;
    }

    /// <summary>The unescaped value of a string; null for other kinds.</summary>
    public string? StringValue { get; }

    /// <summary>The value exactly as written (for numbers: the literal, so nothing is lost to floating point).</summary>
    public string RawText { get; }
}
