using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CognitoTyped.ServiceModel.Generation;

namespace CognitoTyped.ServiceModel.Tests.Conformance;

/// <summary>
/// Builds a value for a shape of the facts: strings within the shape's length and pattern, enums from its values, numbers
/// within its range, nested structures, two-element lists and maps. Every value differs from the others, so a member sent
/// under another's name cannot go unnoticed.
/// </summary>
/// <remarks>
/// The values are written in the notation both SDK drivers share: plain JSON, except timestamps (<c>{"$date": seconds}</c>)
/// and blobs (<c>{"$blob": base64}</c>), which each side turns into its own types.
/// </remarks>
internal sealed class ShapeValues
{
    // Deeper than this, only required members are set: it bounds a recursive shape (none of Cognito's is deep).
    private const int MaxDepth = 6;
    private const long FirstTimestamp = 1_700_000_000;

    private readonly ServiceFacts _facts;
    private readonly JsonElement _shapes;
    private readonly bool _fractionalTimestamps;
    private readonly bool _unknownEnumValues;
    private int _counter;

    /// <param name="facts">The service's facts.</param>
    /// <param name="factsDocument">The same facts file, for the constraints <see cref="ShapeFacts"/> does not keep.</param>
    /// <param name="fractionalTimestamps">Timestamps with milliseconds (as the service answers) instead of whole seconds.</param>
    /// <param name="unknownEnumValues">Every third enum value one the model does not list, as a newer service may send.</param>
    public ShapeValues(ServiceFacts facts, JsonDocument factsDocument, bool fractionalTimestamps, bool unknownEnumValues)
    {
        _facts = facts;
        _shapes = factsDocument.RootElement.GetProperty("shapes");
        _fractionalTimestamps = fractionalTimestamps;
        _unknownEnumValues = unknownEnumValues;
    }

    /// <summary>The strings whose shape's pattern none of the candidates met: the test fails on any.</summary>
    public List<string> UnmetPatterns { get; } = [];

    /// <summary>A structure with every member set, or only its required ones.</summary>
    public JsonObject Structure(string shapeName, bool requiredOnly) => Structure(_facts.Shapes[shapeName], requiredOnly, depth: 0);

    private JsonObject Structure(ShapeFacts shape, bool requiredOnly, int depth)
    {
        var result = new JsonObject();
        foreach (var member in shape.Members)
        {
            if (member.Required || (!requiredOnly && depth < MaxDepth))
            {
                result[member.Name] = Value(member.Target, member.Name, requiredOnly, depth + 1);
            }
        }

        return result;
    }

    private JsonNode Value(string shapeName, string memberName, bool requiredOnly, int depth)
    {
        var shape = _facts.Shapes[shapeName];
        var constraints = _shapes.GetProperty(shapeName);
        var n = ++_counter;
        switch (shape.Type)
        {
            case "structure" when shape.IsDocument:
                return new JsonObject { ["document"] = n, ["nested"] = new JsonArray(true, "text-" + n, new JsonObject { ["empty"] = null }) };
            case "structure":
                return Structure(shape, requiredOnly, depth);
            case "list":
            {
                // A required list of one, an optional one of two: both show elements keep their order.
                var count = Math.Max(requiredOnly ? 1 : 2, Bound(constraints, "min") ?? 0);
                var list = new JsonArray();
                for (var i = 0; i < count; i++)
                {
                    list.Add(Value(shape.ListMember!, memberName, requiredOnly, depth));
                }

                return list;
            }

            case "map":
            {
                var keyShape = constraints.GetProperty("key").GetProperty("shape").GetString()!;
                var map = new JsonObject();
                for (var i = 0; i < 2; i++)
                {
                    var key = Value(keyShape, memberName, requiredOnly, depth).GetValue<string>();
                    map[key] = Value(shape.MapValue!, memberName, requiredOnly, depth);
                }

                return map;
            }

            case "string" when shape.IsEnum && _unknownEnumValues && n % 3 == 0:
                return JsonValue.Create("FUTURE_VALUE_" + n.ToString(CultureInfo.InvariantCulture));
            case "string" when shape.IsEnum:
                return JsonValue.Create(shape.EnumValues[n % shape.EnumValues.Count]);
            case "string":
                return JsonValue.Create(String(shapeName, memberName, constraints, n));
            case "boolean":
                return JsonValue.Create(n % 2 == 0);
            case "integer":
                return JsonValue.Create((int)Number(constraints, n, int.MaxValue));
            case "long":
                return JsonValue.Create(Number(constraints, n, long.MaxValue));
            case "float" or "double":
                return JsonValue.Create(n + 0.5);
            case "timestamp":
                return new JsonObject { ["$date"] = _fractionalTimestamps ? FirstTimestamp + n + 0.25m : FirstTimestamp + n };
            case "blob":
                return new JsonObject { ["$blob"] = Convert.ToBase64String([(byte)n, (byte)(n >> 8), 0xFF, 0x00, 0x7E]) };
            default:
                throw new InvalidDataException($"Shape {shapeName} has type {shape.Type}, which the conformance test does not build.");
        }
    }

    private static long Number(JsonElement constraints, int n, long max)
    {
        var low = Bound(constraints, "min") ?? 0;
        var high = Math.Min(Bound(constraints, "max") ?? 1_000_000, max);
        return high <= low ? low : low + 1 + (n % (high - low));
    }

    private static long? Bound(JsonElement constraints, string name)
        => constraints.TryGetProperty(name, out var value) ? (long)value.GetDouble() : null;

    private string String(string shapeName, string memberName, JsonElement constraints, int n)
    {
        var min = (int)(Bound(constraints, "min") ?? 0);
        var max = (int)Math.Min(Bound(constraints, "max") ?? 256, 256);
        var pattern = constraints.TryGetProperty("pattern", out var value) ? new Regex("^(?:" + value.GetString() + ")$", RegexOptions.CultureInvariant) : null;
        foreach (var candidate in Candidates(memberName, n))
        {
            var sized = Fit(candidate, Math.Max(min, 1), max);
            if (pattern is null || pattern.IsMatch(sized))
            {
                return sized;
            }
        }

        UnmetPatterns.Add($"{shapeName} ({memberName}): {pattern}");
        return Fit(memberName + n.ToString(CultureInfo.InvariantCulture), Math.Max(min, 1), max);
    }

    // Values real requests carry, tried in order until one meets the shape's pattern.
    private static IEnumerable<string> Candidates(string memberName, int n)
    {
        var i = n.ToString(CultureInfo.InvariantCulture);
        var word = new string(memberName.Where(char.IsAsciiLetterOrDigit).ToArray());
        yield return word + i;
        yield return word.ToLowerInvariant() + i;
        yield return (1000 + n).ToString(CultureInfo.InvariantCulture);
        yield return "us-east-1_Example" + i;
        yield return "us-east-1_0f1e2d" + i;
        yield return "us-east-1:0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0" + (10 + (n % 90)).ToString(CultureInfo.InvariantCulture);
        yield return "6f9619ff-8b86-4d11-b42d-00c04fc964" + (10 + (n % 90)).ToString(CultureInfo.InvariantCulture);
        yield return "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Ex" + i;
        yield return "arn:aws:s3:::bucket-" + i;
        yield return "user" + i + "@example.com";
        yield return "Your code is {####} (" + i + ")";
        yield return "Select {##link " + i + "##} to verify";
        yield return "import-abc" + i;
        yield return "deadbeef" + (n % 10).ToString(CultureInfo.InvariantCulture);
        yield return "cognito:english";
        yield return "terms-of-use";
        yield return "authenticated";
    }

    // Pads with the candidate's last character (which keeps a character-class pattern met) or cuts to the bounds.
    private static string Fit(string candidate, int min, int max)
    {
        if (candidate.Length > max)
        {
            return candidate[..max];
        }

        return candidate.Length >= min ? candidate : new StringBuilder(candidate).Append(candidate[^1], min - candidate.Length).ToString();
    }
}
