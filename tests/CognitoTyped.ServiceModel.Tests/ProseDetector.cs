using System.Text.Json;
using System.Text.RegularExpressions;

namespace CognitoTyped.ServiceModel.Tests;

/// <summary>
/// What AWS's documentation looks like, so a facts file can be searched for it. Facts are names, enum values and regex
/// patterns: identifiers, or symbols without sentences. The longest phrase among them is a service's full name
/// ("Amazon Cognito Identity Provider", four words, no punctuation).
/// </summary>
internal static partial class ProseDetector
{
    /// <summary>Keys that carry prose in AWS's models.</summary>
    public static readonly string[] ProseKeys = ["documentation", "documentationUrl", "examples", "deprecatedMessage"];

    /// <summary>Longer than this, a string with a space and sentence punctuation is prose.</summary>
    public const int SentenceThreshold = 20;

    /// <summary>Why <paramref name="value"/> reads like prose, or null when it does not.</summary>
    public static string? WhyProse(string value)
    {
        if (HtmlTag().IsMatch(value))
        {
            return "HTML markup";
        }

        if (value.Length > SentenceThreshold && value.Contains(' ') && SentencePunctuation().IsMatch(value))
        {
            return $"longer than {SentenceThreshold} characters, with spaces and sentence punctuation";
        }

        return FiveWords().IsMatch(value) ? "five or more words in a row" : null;
    }

    /// <summary>Every key and string value of <paramref name="root"/> that reads like prose, with its path and the reason.</summary>
    public static List<string> FindProse(JsonElement root)
    {
        var found = new List<string>();
        Walk(root, "", found);
        return found;
    }

    private static void Walk(JsonElement element, string path, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = $"{path}/{property.Name}";
                    if (ProseKeys.Contains(property.Name))
                    {
                        found.Add($"{child}: a prose key");
                    }

                    if (WhyProse(property.Name) is { } keyReason)
                    {
                        found.Add($"{child}: the key reads like prose ({keyReason})");
                    }

                    Walk(property.Value, child, found);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}/{index++}", found);
                }

                break;
            case JsonValueKind.String when WhyProse(element.GetString()!) is { } reason:
                found.Add($"{path}: {reason}: {element.GetString()}");
                break;
        }
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*( [^<>]*)?>")]
    private static partial Regex HtmlTag();

    // A word ending in sentence punctuation, then a space or the end: "widgets. Use", "gone, which", "name.".
    [GeneratedRegex(@"[A-Za-z][.,;:!?](\s|$)")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"[A-Za-z']+( [A-Za-z']+){4}")]
    private static partial Regex FiveWords();
}
