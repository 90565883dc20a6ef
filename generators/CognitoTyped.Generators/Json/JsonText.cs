using System.Globalization;
using System.Text;

namespace CognitoTyped.Generators.Json;

/// <summary>Writes parsed JSON back as compact text (the provisioning data the generated code carries).</summary>
internal static class JsonText
{
    public static void Write(StringBuilder builder, JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                builder.Append('{');
                for (var i = 0; i < obj.Members.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    WriteString(builder, obj.Members[i].Name);
                    builder.Append(':');
                    Write(builder, obj.Members[i].Value);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, array.Items[i]);
                }

                builder.Append(']');
                break;
            case JsonScalar { Kind: JsonKind.String } text:
                WriteString(builder, text.StringValue!);
                break;
            case JsonScalar scalar:
                builder.Append(scalar.RawText);
                break;
        }
    }

    public static void WriteString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
