using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CognitoTyped.Tool.Commands;

/// <summary>How the tool writes JSON: indented by two spaces, '\n' line ends, non-ASCII and &lt;&gt;&amp; as they are (a file, not HTML).</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(s_options) + "\n";
}
