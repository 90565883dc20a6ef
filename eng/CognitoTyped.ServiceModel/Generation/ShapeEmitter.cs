namespace CognitoTyped.ServiceModel.Generation;

/// <summary>Writes a service's structures (sealed classes) and string enums (string-backed readonly structs).</summary>
internal static class ShapeEmitter
{
    // The runtime's marker attributes, which the analyzers treat as sinks of secrets (CTY0001-CTY0003), by the shape a member targets.
    private static readonly Dictionary<string, string> MarkerAttributes = new(StringComparer.Ordinal)
    {
        ["ClientIdType"] = "global::CognitoTyped.CognitoClientId",
        ["ClientSecretType"] = "global::CognitoTyped.CognitoClientSecret",
        ["PasswordType"] = "global::CognitoTyped.CognitoPassword",
    };

    /// <summary>A structure written as a class: the C# name, the shape it has the members of, and what it is.</summary>
    internal sealed record StructureType(string Name, ShapeFacts Shape, string Description);

    /// <summary>
    /// The classes of a service. An operation's input is <c>{Operation}Request</c> and its output <c>{Operation}Response</c>
    /// whatever the model calls the shape (cognito-identity says <c>GetIdInput</c>, and shares <c>IdentityPool</c> between
    /// operations), as AWS's SDK for .NET names them; every other structure keeps its model name. A shape only ever used as
    /// an operation's input or output is written once per use under the operation's names, not again under its own.
    /// </summary>
    public static IReadOnlyList<StructureType> Structures(ServiceFacts facts)
    {
        var types = new Dictionary<string, StructureType>(StringComparer.Ordinal);
        void Add(StructureType type)
        {
            if (types.TryGetValue(type.Name, out var existing) && existing.Shape.Name != type.Shape.Name)
            {
                throw new InvalidDataException($"{facts.Target.Service}: two shapes want the C# name {type.Name} ({existing.Shape.Name}, {type.Shape.Name}).");
            }

            types[type.Name] = type;
        }

        var operationShapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in facts.Operations)
        {
            operationShapes.Add(operation.Input);
            Add(new StructureType(operation.RequestType, facts.Shapes[operation.Input], $"The request of the <c>{operation.Name}</c> operation."));
            if (operation.Output is { } output)
            {
                operationShapes.Add(output);
                Add(new StructureType(operation.ResponseType, facts.Shapes[output], $"The response of the <c>{operation.Name}</c> operation."));
            }
        }

        var referenced = facts.Shapes.Values
            .SelectMany(shape => shape.Members.Select(member => member.Target).Concat([shape.ListMember, shape.MapValue]))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var shape in facts.Shapes.Values.Where(shape => shape.IsStructure))
        {
            if (referenced.Contains(shape.Name) || !operationShapes.Contains(shape.Name))
            {
                Add(new StructureType(shape.Name, shape, $"AWS's <c>{shape.Name}</c> structure."));
            }
        }

        return types.Values.OrderBy(type => type.Name, StringComparer.Ordinal).ToList();
    }

    private static CodeWriter JsonShapesFile(string what, ServiceFacts facts, string source)
        => new CodeWriter(what, source)
            .Line("using System.Text.Json;")
            .Line("using System.Text.Json.Serialization;")
            .Line()
            .Line($"namespace {facts.Target.Namespace};");

    /// <summary>The file of a service's structures.</summary>
    public static string WriteStructures(ServiceFacts facts, string source)
    {
        var code = JsonShapesFile($"The structures of {facts.Target.Service}: members in model order, named as AWS names them.", facts, source);
        foreach (var type in Structures(facts))
        {
            code.Line();
            if (type.Shape.Name != type.Name)
            {
                code.Line($"/// <summary>{type.Description} AWS's model names its shape <c>{type.Shape.Name}</c>.</summary>");
            }
            else
            {
                code.Summary(type.Description);
            }

            code.Line($"public sealed class {type.Name}").Open();
            var first = true;
            foreach (var member in type.Shape.Members)
            {
                if (!first)
                {
                    code.Line();
                }

                first = false;
                WriteProperty(code, facts, type, member);
            }

            if (RequiredChecks.Needed(facts, type.Shape.Name) && RequiredChecks.Sent(facts, type.Shape.Name))
            {
                code.Line();
                RequiredChecks.WriteMethod(code, facts, type.Shape);
            }

            code.Close();
        }

        return code.ToString();
    }

    private static void WriteProperty(CodeWriter code, ServiceFacts facts, StructureType type, MemberFacts member)
    {
        var typeName = type.Name;
        var name = CSharpNames.Property(member.Name);
        if (name == typeName)
        {
            throw new InvalidDataException($"{facts.Target.Service}: {typeName} has a member named as the type itself.");
        }

        var target = facts.Shapes[member.Target];
        if (CSharpNames.NestsTimestamp(facts, member.Target))
        {
            throw new InvalidDataException($"{facts.Target.Service}: {typeName}.{member.Name} nests timestamps in a list or map, which the generator does not convert.");
        }

        var notes = new List<string>();
        if (member.Required)
        {
            // A response's required member is one the service always sends; a request's, one it cannot do without.
            var sent = RequiredChecks.Sent(facts, type.Shape.Name) && !type.Name.EndsWith("Response", StringComparison.Ordinal);
            var received = RequiredChecks.Received(facts, type.Shape.Name) && !type.Name.EndsWith("Request", StringComparison.Ordinal);
            notes.Add((sent, received) switch
            {
                (true, false) => "Required: the service rejects the request without it.",
                (false, true) => "Required: the service always sends it.",
                (true, true) => "Required: a request without it is rejected, and the service always sends it.",
                _ => "Required.",
            });
        }

        if (target.Sensitive)
        {
            notes.Add("Sensitive: keep it out of logs.");
        }

        if (member.Deprecated)
        {
            notes.Add("AWS marks it deprecated.");
        }

        if (target.Type == "timestamp")
        {
            notes.Add("Sent as seconds since the Unix epoch.");
        }

        var doc = $"The <c>{member.Name}</c> member.";
        code.Summary(notes.Count == 0 ? doc : doc + " " + string.Join(" ", notes));
        code.Line($"[JsonPropertyName(\"{member.Name}\")]");
        if (target.Type == "timestamp")
        {
            code.Line("[JsonConverter(typeof(global::CognitoTyped.Protocol.EpochSecondsConverter))]");
        }

        if (MarkerAttributes.TryGetValue(member.Target, out var marker))
        {
            code.Line($"[{marker}]");
        }

        code.Line($"public {CSharpNames.MemberType(facts, member.Target)} {name} {{ get; set; }}");
    }

    /// <summary>The file of a service's string enums and their JSON converters.</summary>
    public static string WriteEnums(ServiceFacts facts, string source)
    {
        var code = JsonShapesFile($"The string enums of {facts.Target.Service}: values the service may extend, so unknown ones are kept.", facts, source);
        foreach (var shape in facts.Shapes.Values.Where(shape => shape.IsEnum).OrderBy(shape => shape.Name, StringComparer.Ordinal))
        {
            WriteEnum(code, facts, shape);
        }

        return code.ToString();
    }

    private static void WriteEnum(CodeWriter code, ServiceFacts facts, ShapeFacts shape)
    {
        var name = shape.Name;
        var reserved = new HashSet<string>(StringComparer.Ordinal) { name, "Value", "Equals", "GetHashCode", "ToString", "GetType" };
        // A value named like a member every struct has (cognito-identity's MappingRuleMatchType has "Equals") gets "Value" appended.
        var values = shape.EnumValues
            .Select(value => (Value: value, Name: CSharpNames.EnumValue(value)))
            .Select(value => reserved.Contains(value.Name) ? (value.Value, Name: value.Name + "Value") : value)
            .ToList();
        foreach (var duplicate in values.GroupBy(value => value.Name).Where(group => group.Count() > 1 || reserved.Contains(group.Key)))
        {
            throw new InvalidDataException($"{facts.Target.Service}: enum {name} values map to the C# name {duplicate.Key} more than once or onto a reserved name.");
        }

        code.Line();
        code.Line($"/// <summary>AWS's <c>{name}</c> enum: a string that the service may extend; a value this version does not know is kept as it came.</summary>");
        code.Line($"[JsonConverter(typeof({name}JsonConverter))]");
        code.Line($"public readonly struct {name} : IEquatable<{name}>").Open();
        code.Line("private readonly string? _value;");
        code.Line();
        code.Summary("Wraps a value, known or not.");
        code.Line("/// <param name=\"value\">The value as the service spells it.</param>");
        code.Line($"public {name}(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));");
        foreach (var value in values)
        {
            code.Line();
            code.Summary($"<c>{System.Security.SecurityElement.Escape(value.Value)}</c>.");
            code.Line($"public static {name} {value.Name} {{ get; }} = new(\"{value.Value}\");");
        }

        code.Line();
        code.Summary("The value as the service spells it (empty for <c>default</c>).");
        code.Line("public string Value => _value ?? string.Empty;");
        code.Line();
        code.Summary("Wraps a value, known or not.");
        code.Line("/// <param name=\"value\">The value as the service spells it.</param>");
        code.Line($"public static implicit operator {name}(string value) => new(value);");
        code.Line();
        code.Summary("Whether both hold the same value (ordinal).");
        code.Line("/// <param name=\"left\">A value.</param>");
        code.Line("/// <param name=\"right\">Another value.</param>");
        code.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        code.Line();
        code.Summary("Whether the two hold different values (ordinal).");
        code.Line("/// <param name=\"left\">A value.</param>");
        code.Line("/// <param name=\"right\">Another value.</param>");
        code.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        code.Line();
        code.Line("/// <inheritdoc />");
        code.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, StringComparison.Ordinal);");
        code.Line();
        code.Line("/// <inheritdoc />");
        code.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        code.Line();
        code.Line("/// <inheritdoc />");
        code.Line("public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);");
        code.Line();
        code.Summary("The value as the service spells it.");
        code.Line("public override string ToString() => Value;");
        code.Close();
        code.Line();
        code.Line($"internal sealed class {name}JsonConverter : JsonConverter<{name}>").Open();
        code.Line($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)");
        code.Line($"    => reader.TokenType == JsonTokenType.String ? new {name}(reader.GetString()!) : throw new JsonException(\"{name} is a JSON string.\");");
        code.Line();
        code.Line($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options)");
        code.Line("    => writer.WriteStringValue(value.Value);");
        code.Close();
    }
}
