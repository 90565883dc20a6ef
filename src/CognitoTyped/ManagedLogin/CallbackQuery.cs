namespace CognitoTyped.ManagedLogin;

/// <summary>Reads a callback's query (<c>application/x-www-form-urlencoded</c>), noting any repeated parameter.</summary>
internal sealed class CallbackQuery
{
    private CallbackQuery(Dictionary<string, string> values, bool duplicated)
    {
        Values = values;
        Duplicated = duplicated;
    }

    internal Dictionary<string, string> Values { get; }

    internal bool Duplicated { get; }

    internal static CallbackQuery Parse(string query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicated = false;
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (!values.TryAdd(name, value))
            {
                duplicated = true;
            }
        }

        return new CallbackQuery(values, duplicated);
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
