namespace CognitoTyped.Tool;

/// <summary>One option a command takes: a flag, or a name followed by a value (repeatable or not).</summary>
internal sealed record OptionSpec(string Name, string? ValueName, string Help, bool Repeatable = false)
{
    public bool IsFlag => ValueName is null;
}

/// <summary>The options given to one command, checked against its <see cref="OptionSpec"/>s.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads <c>--name value</c>, <c>--name=value</c> and flags. Anything unknown, a missing value or a repeated single-value
    /// option is an error naming the command's help.
    /// </summary>
    public static ParsedArguments Parse(string command, IReadOnlyList<string> arguments, IReadOnlyList<OptionSpec> specs)
    {
        var parsed = new ParsedArguments();
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            string name = argument;
            string? inline = null;
            if (argument.StartsWith("--", StringComparison.Ordinal) && argument.IndexOf('=', StringComparison.Ordinal) is > 2 and var equals)
            {
                name = argument[..equals];
                inline = argument[(equals + 1)..];
            }

            var spec = specs.FirstOrDefault(s => s.Name == name)
                ?? throw new ToolException($"unknown {(argument.StartsWith('-') ? "option" : "argument")} '{argument}' for '{command}'; see 'cognito-typed {command} --help'");
            if (spec.IsFlag)
            {
                if (inline is not null)
                {
                    throw new ToolException($"{name} takes no value; see 'cognito-typed {command} --help'");
                }

                parsed._flags.Add(name);
                continue;
            }

            var value = inline ?? (i + 1 < arguments.Count ? arguments[++i] : throw new ToolException($"{name} needs a value ({spec.ValueName}); see 'cognito-typed {command} --help'"));
            if (!parsed._values.TryGetValue(name, out var list))
            {
                parsed._values[name] = list = [];
            }
            else if (!spec.Repeatable)
            {
                throw new ToolException($"{name} is given twice; see 'cognito-typed {command} --help'");
            }

            list.Add(value);
        }

        return parsed;
    }

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[0] : null;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>
    /// <c>Name=ID</c> pairs of a repeatable option (a bare <c>ID</c> has no name). Pool IDs never hold '=', so the first '='
    /// separates the name.
    /// </summary>
    public IReadOnlyList<(string? Name, string Id)> NamedIds(string option)
    {
        var result = new List<(string?, string)>();
        foreach (var value in Values(option))
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var (name, id) = equals < 0 ? ((string?)null, value) : (value[..equals], value[(equals + 1)..]);
            if (id.Length == 0 || name is { Length: 0 })
            {
                throw new ToolException($"{option} '{value}' must be ID or Name=ID");
            }

            result.Add((name, id));
        }

        return result;
    }
}
