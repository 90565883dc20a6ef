using System.Runtime.CompilerServices;

namespace CognitoTyped.ServiceModel.Generation;

/// <summary>
/// The check that a request has every member the model requires, at any depth: each structure that has required members, or
/// nests one that has, gets an internal <c>ThrowIfIncomplete(path, parameterName)</c> that checks its own and walks into its
/// members, list elements and map values. The operation calls it on the request before anything is sent.
/// </summary>
internal static class RequiredChecks
{
    public const string MethodName = "ThrowIfIncomplete";

    /// <summary>True when <paramref name="shapeName"/> is sent: an operation's input or nested in one (only those are checked).</summary>
    public static bool Sent(ServiceFacts facts, string shapeName) => Directions.GetValue(facts, Walk).Sent.Contains(shapeName);

    /// <summary>True when <paramref name="shapeName"/> is received: an operation's output or nested in one.</summary>
    public static bool Received(ServiceFacts facts, string shapeName) => Directions.GetValue(facts, Walk).Received.Contains(shapeName);

    // Which shapes go out and which come back, walked once per service (the emitters ask for every member).
    private static readonly ConditionalWeakTable<ServiceFacts, Reach> Directions = new();

    private sealed record Reach(HashSet<string> Sent, HashSet<string> Received);

    private static Reach Walk(ServiceFacts facts) => new(
        Reachable(facts, facts.Operations.Select(operation => operation.Input)),
        Reachable(facts, facts.Operations.Select(operation => operation.Output).OfType<string>()));

    private static HashSet<string> Reachable(ServiceFacts facts, IEnumerable<string> roots)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (!reached.Add(name))
            {
                continue;
            }

            var shape = facts.Shapes[name];
            foreach (var next in shape.Members.Select(member => member.Target).Append(shape.ListMember).Append(shape.MapValue).OfType<string>())
            {
                pending.Push(next);
            }
        }

        return reached;
    }

    /// <summary>True when a value of <paramref name="shapeName"/> can lack a required member (its own or a nested one's).</summary>
    public static bool Needed(ServiceFacts facts, string shapeName) => Needed(facts, shapeName, []);

    private static bool Needed(ServiceFacts facts, string shapeName, HashSet<string> visiting)
    {
        var shape = facts.Shapes[shapeName];
        if (!visiting.Add(shapeName))
        {
            // A shape that nests itself: whether it needs a check is decided where the cycle started.
            return false;
        }

        try
        {
            return shape.Type switch
            {
                "structure" when shape.IsStructure => shape.Members.Any(member => member.Required || Needed(facts, member.Target, visiting)),
                "list" => Needed(facts, shape.ListMember!, visiting),
                "map" => Needed(facts, shape.MapValue!, visiting),
                _ => false,
            };
        }
        finally
        {
            visiting.Remove(shapeName);
        }
    }

    /// <summary>Writes the structure's <c>ThrowIfIncomplete</c>.</summary>
    public static void WriteMethod(CodeWriter code, ServiceFacts facts, ShapeFacts shape)
    {
        code.Line("/// <summary>Throws <see cref=\"ArgumentException\"/> naming the first member the model requires that is not set, here or nested.</summary>");
        code.Line($"internal void {MethodName}(string path, string parameterName)").Open();
        foreach (var member in shape.Members)
        {
            var property = CSharpNames.Property(member.Name);
            if (member.Required)
            {
                code.Line($"global::CognitoTyped.Protocol.RequiredMember.ThrowIfMissing({property}, path, \"{property}\", parameterName);");
            }

            if (Needed(facts, member.Target))
            {
                WriteWalk(code, facts, property, member.Target, $"path + \".{property}\"", char.ToLowerInvariant(property[0]) + property[1..], depth: 0);
            }
        }

        code.Close();
    }

    // Checks the value of `expression` (of `shapeName`, possibly null), whose path is the C# expression `path`. Locals are
    // named after the member (`userAttributesList0`): pattern variables of an `if` share the method's scope.
    private static void WriteWalk(CodeWriter code, ServiceFacts facts, string expression, string shapeName, string path, string local, int depth)
    {
        var shape = facts.Shapes[shapeName];
        var item = local + "Entry" + CSharpNames.Number(depth);
        switch (shape.Type)
        {
            case "structure":
                code.Line($"{expression}?.{MethodName}({path}, parameterName);");
                break;
            case "list":
            {
                var list = local + "List" + CSharpNames.Number(depth);
                var index = local + "Index" + CSharpNames.Number(depth);
                code.Line($"if ({expression} is {{ }} {list})").Open();
                code.Line($"for (var {index} = 0; {index} < {list}.Count; {index}++)").Open();
                WriteWalk(code, facts, $"{list}[{index}]", shape.ListMember!, $"{path} + \"[\" + {index}.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \"]\"", local, depth + 1);
                code.Close();
                code.Close();
                break;
            }

            case "map":
            {
                var map = local + "Map" + CSharpNames.Number(depth);
                code.Line($"if ({expression} is {{ }} {map})").Open();
                code.Line($"foreach (var {item} in {map})").Open();
                WriteWalk(code, facts, $"{item}.Value", shape.MapValue!, $"{path} + \"[\" + {item}.Key + \"]\"", local, depth + 1);
                code.Close();
                code.Close();
                break;
            }
        }
    }
}
