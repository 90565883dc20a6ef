using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoTyped.ServiceModel.Generation;

namespace CognitoTyped.ServiceModel.Tests.Conformance;

/// <summary>
/// Moves values between the shared notation of <see cref="ShapeValues"/> and our generated types, through their public
/// properties only (the way a caller fills a request and reads a response), guided by the model's shapes.
/// </summary>
internal sealed class ClrValues(ServiceFacts facts)
{
    /// <summary>A value of <paramref name="shapeName"/> as an instance of <paramref name="type"/> (a request, a member's type).</summary>
    public object ToClr(JsonNode? node, string shapeName, Type type)
    {
        ArgumentNullException.ThrowIfNull(node);
        var shape = facts.Shapes[shapeName];
        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (shape.Type)
        {
            case "structure" when shape.IsDocument:
                return JsonSerializer.Deserialize<JsonElement>(node.ToJsonString());
            case "structure":
            {
                var instance = Activator.CreateInstance(type)!;
                foreach (var (name, value) in node.AsObject())
                {
                    var member = shape.Members.Single(member => member.Name == name);
                    var property = Property(type, name);
                    property.SetValue(instance, ToClr(value, member.Target, property.PropertyType));
                }

                return instance;
            }

            case "list":
            {
                var list = (IList)Activator.CreateInstance(type)!;
                var element = type.GetGenericArguments()[0];
                foreach (var item in node.AsArray())
                {
                    list.Add(ToClr(item, shape.ListMember!, element));
                }

                return list;
            }

            case "map":
            {
                var map = (IDictionary)Activator.CreateInstance(type)!;
                var value = type.GetGenericArguments()[1];
                foreach (var (key, item) in node.AsObject())
                {
                    map.Add(key, ToClr(item, shape.MapValue!, value));
                }

                return map;
            }

            case "string" when shape.IsEnum:
                return Activator.CreateInstance(type, node.GetValue<string>())!;
            case "string":
                return node.GetValue<string>();
            case "boolean":
                return node.GetValue<bool>();
            case "integer":
                return node.GetValue<int>();
            case "long":
                return node.GetValue<long>();
            case "float":
                return node.GetValue<float>();
            case "double":
                return node.GetValue<double>();
            case "timestamp":
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(node["$date"]!.GetValue<decimal>() * 1000));
            case "blob":
                return Convert.FromBase64String(node["$blob"]!.GetValue<string>());
            default:
                throw new InvalidDataException($"Shape {shapeName} has type {shape.Type}.");
        }
    }

    /// <summary>What a caller reads from <paramref name="value"/>: set members only, in the shared notation.</summary>
    public JsonNode? FromClr(object? value, string shapeName)
    {
        if (value is null)
        {
            return null;
        }

        var shape = facts.Shapes[shapeName];
        switch (shape.Type)
        {
            case "structure" when shape.IsDocument:
                return JsonNode.Parse(((JsonElement)value).GetRawText());
            case "structure":
            {
                var result = new JsonObject();
                foreach (var member in shape.Members)
                {
                    if (FromClr(Property(value.GetType(), member.Name).GetValue(value), member.Target) is { } memberValue)
                    {
                        result[member.Name] = memberValue;
                    }
                }

                return result;
            }

            case "list":
                return new JsonArray(((IEnumerable)value).Cast<object?>().Select(item => FromClr(item, shape.ListMember!)).ToArray());
            case "map":
            {
                var result = new JsonObject();
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    result[(string)entry.Key] = FromClr(entry.Value, shape.MapValue!);
                }

                return result;
            }

            case "string":
                // An enum is a string-backed struct: its string is what the service sent.
                return JsonValue.Create(value.ToString());
            case "boolean":
                return JsonValue.Create((bool)value);
            case "timestamp":
                return new JsonObject { ["$date"] = ((DateTimeOffset)value).ToUnixTimeMilliseconds() / 1000m };
            case "blob":
                return new JsonObject { ["$blob"] = Convert.ToBase64String((byte[])value) };
            default:
                return JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
        }
    }

    private static PropertyInfo Property(Type type, string member)
        => type.GetProperty(CSharpNames.Property(member), BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{type.Name} has no public property for the model's member {member}.");
}
