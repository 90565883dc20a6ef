using System.Globalization;
using System.Text;

namespace CognitoTyped.ServiceModel.Generation;

/// <summary>How the model's names and types become C# names and types.</summary>
internal static class CSharpNames
{
    /// <summary>A member's property name: AWS's name with its first letter upper-cased (<c>headerName</c> → <c>HeaderName</c>).</summary>
    public static string Property(string member) => char.ToUpperInvariant(member[0]) + member[1..];

    /// <summary>
    /// The name of an enum's known value: its words in PascalCase (<c>USER_SRP_AUTH</c> → <c>UserSrpAuth</c>,
    /// <c>not_remembered</c> → <c>NotRemembered</c>, <c>aws.cognito.signin.user.admin</c> → <c>AwsCognitoSigninUserAdmin</c>).
    /// </summary>
    public static string EnumValue(string value)
    {
        var name = new StringBuilder();
        foreach (var word in value.Split(['_', '-', '.', ' ', ':', '/', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (letters.Length == 0)
            {
                continue;
            }

            // A word already in mixed case (camelCase, PascalCase) keeps its inner capitals.
            var mixed = letters.Any(char.IsUpper) && letters.Any(char.IsLower);
            name.Append(char.ToUpperInvariant(letters[0]))
                .Append(mixed ? letters[1..] : letters[1..].ToLowerInvariant());
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, "Value");
        }

        return name.ToString();
    }

    /// <summary>The C# type of a member that targets <paramref name="shape"/>: nullable, so an unset member stays absent.</summary>
    public static string MemberType(ServiceFacts facts, string shape)
    {
        var type = ElementType(facts, shape);
        return type + "?";
    }

    /// <summary>The C# type of a value of <paramref name="shapeName"/> (a list element, a map value, a member before <c>?</c>).</summary>
    public static string ElementType(ServiceFacts facts, string shapeName)
    {
        var shape = facts.Shapes[shapeName];
        return shape.Type switch
        {
            "string" => shape.IsEnum ? shape.Name : "string",
            "boolean" => "bool",
            "integer" => "int",
            "long" => "long",
            "float" => "float",
            "double" => "double",
            "blob" => "byte[]",
            "timestamp" => "DateTimeOffset",
            "structure" when shape.IsDocument => "JsonElement",
            "structure" => shape.Name,
            "list" => $"List<{ElementType(facts, shape.ListMember!)}>",
            "map" => $"Dictionary<string, {ElementType(facts, shape.MapValue!)}>",
            _ => throw new InvalidDataException($"{facts.Target.Service}: shape {shape.Name} has type '{shape.Type}', which the generator does not map."),
        };
    }

    /// <summary>True when a list or map holds a timestamp somewhere, which needs an element converter the generator lacks.</summary>
    public static bool NestsTimestamp(ServiceFacts facts, string shapeName)
    {
        var shape = facts.Shapes[shapeName];
        return shape.Type switch
        {
            "list" => facts.Shapes[shape.ListMember!].Type == "timestamp" || NestsTimestamp(facts, shape.ListMember!),
            "map" => facts.Shapes[shape.MapValue!].Type == "timestamp" || NestsTimestamp(facts, shape.MapValue!),
            _ => false,
        };
    }

    /// <summary>An invariant integer for doc text.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
