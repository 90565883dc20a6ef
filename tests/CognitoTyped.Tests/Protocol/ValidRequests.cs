using System.Reflection;
using System.Text.Json;

namespace CognitoTyped.Tests.Protocol;

/// <summary>
/// Requests with every member the model requires set to a placeholder, read from the committed facts (eng/models), so tests
/// that send every operation get past the required-member check without listing 152 requests by hand.
/// </summary>
internal static class ValidRequests
{
    // Both services have ListTagsForResource, TagResource and UntagResource: operations are keyed by the client's namespace too.
    private static readonly Dictionary<string, string> NamespaceByFactsFile = new(StringComparer.Ordinal)
    {
        ["cognito-idp.facts.json"] = "CognitoTyped.IdentityProvider",
        ["cognito-identity.facts.json"] = "CognitoTyped.Identity",
    };

    private static readonly Lazy<Dictionary<string, (JsonElement Shapes, Dictionary<string, string> Inputs)>> Facts = new(ReadFacts);

    /// <summary>The members <c>{operation}Request</c> in <paramref name="namespace"/> must have, as AWS names them.</summary>
    public static IReadOnlyList<string> RequiredMembersOf(string @namespace, string operation)
    {
        var (shapes, inputs) = Facts.Value[@namespace];
        return Required(shapes.GetProperty(inputs[operation])).ToList();
    }

    /// <summary>
    /// A new <c>{operation}Request</c> of <paramref name="requestType"/> with only its required members set, and in each nested
    /// structure it sets, that structure's required members.
    /// </summary>
    public static object Create(Type requestType)
    {
        var operation = requestType.Name[..^"Request".Length];
        var (shapes, inputs) = Facts.Value[requestType.Namespace!];
        return Fill(Activator.CreateInstance(requestType)!, shapes, inputs[operation]);
    }

    private static object Fill(object instance, JsonElement shapes, string shapeName)
    {
        var shape = shapes.GetProperty(shapeName);
        foreach (var member in Required(shape))
        {
            var property = instance.GetType().GetProperty(char.ToUpperInvariant(member[0]) + member[1..], BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{instance.GetType().Name} has no property for the required member {member}.");
            var target = shape.GetProperty("members").GetProperty(member).GetProperty("shape").GetString()!;
            var value = Placeholder(property.PropertyType);
            var isStructure = shapes.GetProperty(target).GetProperty("type").GetString() == "structure" && value is not JsonElement;
            property.SetValue(instance, isStructure ? Fill(value, shapes, target) : value);
        }

        return instance;
    }

    private static IEnumerable<string> Required(JsonElement shape)
        => shape.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(name => name.GetString()!) : [];

    private static object Placeholder(Type type)
    {
        var value = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when value == typeof(string) => "placeholder",
            _ when value == typeof(bool) => true,
            _ when value == typeof(int) => 1,
            _ when value == typeof(long) => 1L,
            _ when value == typeof(double) => 1.0,
            _ when value == typeof(float) => 1.0f,
            _ when value == typeof(DateTimeOffset) => DateTimeOffset.FromUnixTimeSeconds(1_700_000_000),
            _ when value == typeof(byte[]) => new byte[] { 1 },
            _ when value == typeof(JsonElement) => JsonDocument.Parse("{}").RootElement.Clone(),
            // The generated string enums wrap any value through their string constructor.
            { IsValueType: true } => Activator.CreateInstance(value, "placeholder")!,
            _ => Activator.CreateInstance(value)!,
        };
    }

    private static Dictionary<string, (JsonElement Shapes, Dictionary<string, string> Inputs)> ReadFacts()
    {
        var models = FindModels();
        var result = new Dictionary<string, (JsonElement, Dictionary<string, string>)>(StringComparer.Ordinal);
        foreach (var (file, @namespace) in NamespaceByFactsFile)
        {
            using var facts = JsonDocument.Parse(File.ReadAllText(Path.Combine(models, file)));
            var inputs = facts.RootElement.GetProperty("operations").EnumerateObject()
                .ToDictionary(operation => operation.Name, operation => operation.Value.GetProperty("input").GetProperty("shape").GetString()!, StringComparer.Ordinal);
            result.Add(@namespace, (facts.RootElement.GetProperty("shapes").Clone(), inputs));
        }

        return result;
    }

    private static string FindModels()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var models = Path.Combine(directory.FullName, "eng", "models");
            if (Directory.Exists(models))
            {
                return models;
            }
        }

        throw new DirectoryNotFoundException("eng/models not found above " + AppContext.BaseDirectory);
    }
}
