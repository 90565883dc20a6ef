using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CognitoTyped.ServiceModel;

/// <summary>
/// Reads a service-2.json (and its paginators-1.json) through the allow-list in <see cref="FactKeys"/> and returns the
/// facts-only JSON text: prose dropped, operations and shapes in ordinal name order, members in model order, each
/// operation's paginator merged in.
/// </summary>
internal static class FactsExtractor
{
    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    /// <summary>Extracts the facts of a model.</summary>
    /// <param name="modelJson">The text of a service-2.json.</param>
    /// <param name="paginatorsJson">The text of its paginators-1.json, or null when the service has none.</param>
    /// <returns>The facts file's text: LF line ends, 2-space indent, a trailing newline.</returns>
    /// <exception cref="InvalidDataException">A key no rule knows, a value of the wrong kind, or a paginator for an
    /// operation the model lacks; the message names the key and its path.</exception>
    /// <exception cref="JsonException">The text is not JSON, or an object repeats a key.</exception>
    public static string Extract(string modelJson, string? paginatorsJson)
    {
        using var model = JsonDocument.Parse(modelJson, StrictJson);
        var facts = (FactObject)Read(model.RootElement, FactKeys.Model, "");
        if (paginatorsJson is not null)
        {
            using var paginators = JsonDocument.Parse(paginatorsJson, StrictJson);
            var pagination = (FactObject)Read(paginators.RootElement, FactKeys.Paginators, "");
            MergePaginators(facts, pagination);
        }

        return FactsWriter.Write(facts);
    }

    private static void MergePaginators(FactObject facts, FactObject pagination)
    {
        var operations = Find(facts, "operations");
        var paginators = Find(pagination, "pagination");
        if (paginators is null)
        {
            return;
        }

        foreach (var (name, paginator) in paginators.Entries)
        {
            var operation = operations?.Entries.FirstOrDefault(entry => entry.Key == name).Value as FactObject
                ?? throw new InvalidDataException($"The paginators name the operation '{name}' (at /pagination/{name}), which the model does not have.");
            operation.Entries.Add(new("paginator", paginator));
        }
    }

    private static FactObject? Find(FactObject parent, string key) =>
        parent.Entries.FirstOrDefault(entry => entry.Key == key).Value as FactObject;

    private static Fact Read(JsonElement element, Rule rule, string path) => rule switch
    {
        ScalarRule => ReadScalar(element, path),
        ScalarListRule => ReadScalars(element, path),
        ScalarOrListRule => element.ValueKind == JsonValueKind.Array ? ReadScalars(element, path) : ReadScalar(element, path),
        ListRule list => ReadList(element, list, path),
        MapRule map => ReadMap(element, map, path),
        ObjectRule obj => ReadObject(element, obj, path),
        _ => throw new InvalidOperationException($"No reader for {rule.GetType().Name}."),
    };

    private static FactObject ReadObject(JsonElement element, ObjectRule rule, string path)
    {
        Expect(element, JsonValueKind.Object, rule.What, path);
        foreach (var property in element.EnumerateObject())
        {
            if (!rule.Prose.Contains(property.Name) && !rule.Facts.Any(fact => fact.Key == property.Name))
            {
                throw new InvalidDataException(
                    $"Unknown key '{property.Name}' at {PathOf(path, property.Name)} in {rule.What}: classify it as a fact or as prose in FactKeys.cs.");
            }
        }

        // Fact keys are written in the rule's order, not the model's, so the file reads the same whatever order AWS emits.
        var result = new FactObject(rule.Block);
        foreach (var (key, keyRule) in rule.Facts)
        {
            if (element.TryGetProperty(key, out var value))
            {
                result.Entries.Add(new(key, Read(value, keyRule, PathOf(path, key))));
            }
        }

        return result;
    }

    private static FactObject ReadMap(JsonElement element, MapRule rule, string path)
    {
        Expect(element, JsonValueKind.Object, "an object of named entries", path);
        var entries = element.EnumerateObject().Select(property => (property.Name, property.Value));
        if (rule.SortByName)
        {
            entries = entries.OrderBy(entry => entry.Name, StringComparer.Ordinal);
        }

        var result = new FactObject(rule.Block);
        foreach (var (name, value) in entries)
        {
            result.Entries.Add(new(name, Read(value, rule.Value, PathOf(path, name))));
        }

        return result;
    }

    private static FactArray ReadList(JsonElement element, ListRule rule, string path)
    {
        Expect(element, JsonValueKind.Array, "an array", path);
        return new FactArray([.. element.EnumerateArray().Select((item, index) => Read(item, rule.Item, PathOf(path, index)))], rule.Block);
    }

    private static FactArray ReadScalars(JsonElement element, string path)
    {
        Expect(element, JsonValueKind.Array, "an array of values", path);
        return new FactArray([.. element.EnumerateArray().Select((item, index) => ReadScalar(item, PathOf(path, index)))], block: false);
    }

    private static FactScalar ReadScalar(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => new(Quote(element.GetString()!)),
        // As the model spells it: no reformatting of integers, and no precision lost on 64-bit bounds.
        JsonValueKind.Number => new(element.GetRawText()),
        JsonValueKind.True => new("true"),
        JsonValueKind.False => new("false"),
        _ => throw new InvalidDataException($"Expected a string, number or boolean at {path}, found {element.ValueKind}."),
    };

    /// <summary>Encodes a string as a JSON string token, escaping only what JSON requires (regex patterns stay readable).</summary>
    internal static string Quote(string value) =>
        "\"" + JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) + "\"";

    private static void Expect(JsonElement element, JsonValueKind kind, string what, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new InvalidDataException($"Expected {what} at {(path.Length == 0 ? "/" : path)}, found {element.ValueKind}.");
        }
    }

    private static string PathOf(string parent, int index) => PathOf(parent, index.ToString(CultureInfo.InvariantCulture));

    /// <summary>A JSON Pointer (RFC 6901) to a child, so an error says exactly where the offending key is.</summary>
    private static string PathOf(string parent, string child) =>
        parent + "/" + child.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
