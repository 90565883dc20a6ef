using System.ComponentModel;
using System.Text;

namespace CognitoTyped.Generated;

/// <summary>
/// The text of a ListUsers filter (<c>email ^= "ada"</c>), as the generated <c>{Pool}UserFilter</c> members write it.
/// Public for generated code only; its members may change between versions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CognitoUserFilterText
{
    /// <summary>An exact match: <c>attribute = "value"</c>.</summary>
    /// <param name="attribute">The attribute's name in Cognito (one ListUsers can filter on).</param>
    /// <param name="value">The value; quotes and backslashes in it are escaped.</param>
    /// <returns>The filter text.</returns>
    public static string Exact(string attribute, string value) => Write(attribute, " = ", value);

    /// <summary>A prefix match: <c>attribute ^= "value"</c>.</summary>
    /// <param name="attribute">The attribute's name in Cognito (one ListUsers can filter on).</param>
    /// <param name="value">The prefix; quotes and backslashes in it are escaped.</param>
    /// <returns>The filter text.</returns>
    public static string Prefix(string attribute, string value) => Write(attribute, " ^= ", value);

    /// <summary>A value as a quoted filter string: <c>"</c> and <c>\</c> escaped with a backslash, so a value never ends the string early.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The quoted value.</returns>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private static string Write(string attribute, string op, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(attribute);
        return attribute + op + Quote(value);
    }
}
