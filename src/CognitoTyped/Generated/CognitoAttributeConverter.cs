using System.ComponentModel;
using System.Globalization;

namespace CognitoTyped.Generated;

/// <summary>
/// Cognito's attribute strings ↔ typed values, in the invariant culture: the conversions every generated attribute type
/// calls. Public for generated code only; its members may change between versions.
/// </summary>
/// <remarks>
/// Parsing never loses a value: text a typed property cannot hold is kept, by its Cognito name, in the additional
/// attributes. Formatting is the inverse: <c>long</c> as invariant digits, <c>bool</c> as <c>true</c>/<c>false</c>,
/// dates as ISO 8601 (<c>O</c>), <c>birthdate</c> as <c>yyyy-MM-dd</c>, <c>updated_at</c> as seconds since the epoch.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CognitoAttributeConverter
{
    private const long MinEpochSeconds = -62135596800L;
    private const long MaxEpochSeconds = 253402300799L;

    /// <summary>Creates the dictionary a generated <c>FromAttributes</c> fills with the attributes it does not type.</summary>
    /// <returns>An empty dictionary with ordinal keys.</returns>
    public static Dictionary<string, string> NewAdditional() => new(StringComparer.Ordinal);

    /// <summary>The empty, shared additional-attributes dictionary of a new attributes record.</summary>
    public static IReadOnlyDictionary<string, string> NoAdditional { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A Number attribute, or null with the text kept in <paramref name="additional"/> when it is not one.</summary>
    /// <param name="attribute">The attribute as Cognito returned it.</param>
    /// <param name="additional">Where unparsable text is kept.</param>
    /// <returns>The value, or null.</returns>
    public static long? ParseInt64(KeyValuePair<string, string> attribute, Dictionary<string, string> additional)
        => Keep(long.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value), value, attribute, additional);

    /// <summary>A Boolean attribute (<c>true</c>/<c>false</c>, any case), or null with the text kept.</summary>
    /// <param name="attribute">The attribute as Cognito returned it.</param>
    /// <param name="additional">Where unparsable text is kept.</param>
    /// <returns>The value, or null.</returns>
    public static bool? ParseBoolean(KeyValuePair<string, string> attribute, Dictionary<string, string> additional)
        => Keep(bool.TryParse(attribute.Value?.Trim(), out var value), value, attribute, additional);

    /// <summary>A DateTime attribute (ISO 8601; UTC when no offset is given), or null with the text kept.</summary>
    /// <param name="attribute">The attribute as Cognito returned it.</param>
    /// <param name="additional">Where unparsable text is kept.</param>
    /// <returns>The value, or null.</returns>
    public static DateTimeOffset? ParseDateTimeOffset(KeyValuePair<string, string> attribute, Dictionary<string, string> additional)
        => Keep(TryParseDateTimeOffset(attribute.Value, out var value), value, attribute, additional);

    /// <summary><c>updated_at</c>: seconds since the epoch (or an ISO date someone wrote), or null with the text kept.</summary>
    /// <param name="attribute">The attribute as Cognito returned it.</param>
    /// <param name="additional">Where unparsable text is kept.</param>
    /// <returns>The value, or null.</returns>
    public static DateTimeOffset? ParseEpochSeconds(KeyValuePair<string, string> attribute, Dictionary<string, string> additional)
    {
        if (long.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds is >= MinEpochSeconds and <= MaxEpochSeconds)
        {
            return Keep(true, DateTimeOffset.FromUnixTimeSeconds(seconds), attribute, additional);
        }

        return ParseDateTimeOffset(attribute, additional);
    }

    /// <summary><c>birthdate</c> (<c>yyyy-MM-dd</c>), or null with the text kept.</summary>
    /// <param name="attribute">The attribute as Cognito returned it.</param>
    /// <param name="additional">Where unparsable text is kept.</param>
    /// <returns>The value, or null.</returns>
    public static DateOnly? ParseDateOnly(KeyValuePair<string, string> attribute, Dictionary<string, string> additional)
        => Keep(DateOnly.TryParseExact(attribute.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value), value, attribute, additional);

    /// <summary>Adds a String attribute when it is set.</summary>
    /// <param name="result">The attributes to send.</param>
    /// <param name="name">The Cognito name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public static void AddString(List<KeyValuePair<string, string>> result, string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (value is not null)
        {
            result.Add(new(name, value));
        }
    }

    /// <summary>Adds a Number attribute when it is set.</summary>
    /// <param name="result">The attributes to send.</param>
    /// <param name="name">The Cognito name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public static void AddInt64(List<KeyValuePair<string, string>> result, string name, long? value)
        => AddString(result, name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a Boolean attribute when it is set.</summary>
    /// <param name="result">The attributes to send.</param>
    /// <param name="name">The Cognito name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public static void AddBoolean(List<KeyValuePair<string, string>> result, string name, bool? value)
        => AddString(result, name, value switch { true => "true", false => "false", null => null });

    /// <summary>Adds a DateTime attribute (ISO 8601) when it is set.</summary>
    /// <param name="result">The attributes to send.</param>
    /// <param name="name">The Cognito name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public static void AddDateTimeOffset(List<KeyValuePair<string, string>> result, string name, DateTimeOffset? value)
        => AddString(result, name, value?.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Adds <c>updated_at</c> (seconds since the epoch) when it is set.</summary>
    /// <param name="result">The attributes to send.</param>
    /// <param name="name">The Cognito name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public static void AddEpochSeconds(List<KeyValuePair<string, string>> result, string name, DateTimeOffset? value)
        => AddString(result, name, value?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds <c>birthdate</c> (<c>yyyy-MM-dd</c>) when it is set.</summary>
    /// <param name="result">The attributes to send.</param>
    /// <param name="name">The Cognito name.</param>
    /// <param name="value">The value, or null to leave it out.</param>
    public static void AddDateOnly(List<KeyValuePair<string, string>> result, string name, DateOnly? value)
        => AddString(result, name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Adds the additional attributes that no typed property wrote.</summary>
    /// <param name="result">The attributes to send, typed ones already added.</param>
    /// <param name="additional">The additional attributes.</param>
    public static void AddAdditional(List<KeyValuePair<string, string>> result, IReadOnlyDictionary<string, string> additional)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(additional);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in result)
        {
            written.Add(attribute.Key);
        }

        foreach (var attribute in additional)
        {
            if (written.Add(attribute.Key))
            {
                result.Add(attribute);
            }
        }
    }

    /// <summary>Whether two additional-attribute dictionaries hold the same names and values (ordinal).</summary>
    /// <param name="left">One dictionary.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool SameAttributes(IReadOnlyDictionary<string, string> left, IReadOnlyDictionary<string, string> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var pair in left)
        {
            if (!right.TryGetValue(pair.Key, out var value) || !StringComparer.Ordinal.Equals(pair.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseDateTimeOffset(string value, out DateTimeOffset result)
        => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out result);

    /// <summary>A parsed value; or, when the text does not parse, null and the text kept as an additional attribute.</summary>
    private static T? Keep<T>(bool parsed, T value, KeyValuePair<string, string> attribute, Dictionary<string, string> additional)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(additional);
        if (parsed)
        {
            additional.Remove(attribute.Key);
            return value;
        }

        additional[attribute.Key] = attribute.Value;
        return null;
    }
}
