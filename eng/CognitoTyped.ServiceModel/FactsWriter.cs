using System.Text;

namespace CognitoTyped.ServiceModel;

/// <summary>
/// Writes facts as JSON in one fixed layout: LF line ends, 2-space indent, a trailing newline, block objects and arrays one
/// entry per line and everything else on one line, so a model change is a small, line-by-line diff.
/// </summary>
internal static class FactsWriter
{
    /// <summary>The JSON text of <paramref name="root"/>.</summary>
    public static string Write(Fact root)
    {
        var text = new StringBuilder();
        Write(text, root, indent: 0);
        return text.Append('\n').ToString();
    }

    private static void Write(StringBuilder text, Fact fact, int indent)
    {
        switch (fact)
        {
            case FactScalar scalar:
                text.Append(scalar.Json);
                break;
            case FactArray array:
                WriteEntries(text, '[', ']', array.Block, indent, array.Items.Select(item => ((string?)null, item)).ToList());
                break;
            case FactObject obj:
                WriteEntries(text, '{', '}', obj.Block, indent, obj.Entries.Select(entry => ((string?)entry.Key, entry.Value)).ToList());
                break;
            default:
                throw new InvalidOperationException($"No writer for {fact.GetType().Name}.");
        }
    }

    private static void WriteEntries(
        StringBuilder text, char open, char close, bool block, int indent, List<(string? Key, Fact Value)> entries)
    {
        block &= entries.Count > 0;
        var inner = block ? indent + 2 : indent;
        text.Append(open);
        for (var i = 0; i < entries.Count; i++)
        {
            text.Append(block ? (i == 0 ? "\n" : ",\n") : (i == 0 ? "" : ", "));
            if (block)
            {
                text.Append(' ', inner);
            }

            if (entries[i].Key is { } key)
            {
                text.Append(FactsExtractor.Quote(key)).Append(": ");
            }

            Write(text, entries[i].Value, inner);
        }

        if (block)
        {
            text.Append('\n').Append(' ', indent);
        }

        text.Append(close);
    }
}
