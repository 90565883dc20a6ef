using System.Text.Json;
using System.Text.Json.Serialization;

namespace CognitoTyped.Protocol;

/// <summary>AWS JSON 1.1 sends timestamps as seconds since the Unix epoch, with a fraction.</summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                var seconds = reader.GetDouble();
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000d));
            case JsonTokenType.String:
                var text = reader.GetString();
                if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                {
                    return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(parsed * 1000d));
                }

                // Some emulators send ISO 8601 instead.
                return DateTimeOffset.Parse(text!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
            default:
                throw new JsonException("Expected a timestamp in epoch seconds.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteNumberValue(value.Value.ToUnixTimeMilliseconds() / 1000d);
    }
}
