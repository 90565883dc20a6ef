using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CognitoTyped.Protocol;

/// <summary>AWS JSON 1.1 sends timestamps as seconds since the Unix epoch, with a fraction.</summary>
/// <remarks>
/// A value that is no timestamp is a <see cref="JsonException"/> that never quotes it (the transport turns it into a
/// <see cref="CognitoProtocolException"/>): <see cref="DateTimeOffset.Parse(string)"/>'s <see cref="FormatException"/> would
/// quote it, and an out-of-range number would escape as <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset?>
{
    // DateTimeOffset's range in Unix seconds (0001-01-01 to 9999-12-31).
    private static readonly double MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly double MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

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
                return reader.TryGetDouble(out var seconds) ? FromSeconds(seconds) : throw NotATimestamp();
            case JsonTokenType.String:
                string? text;
                try
                {
                    text = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    // Invalid UTF-8.
                    throw NotATimestamp();
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return FromSeconds(parsed);
                }

                // Some emulators send ISO 8601 instead.
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)
                    ? iso
                    : throw NotATimestamp();
            default:
                throw NotATimestamp();
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

    private static DateTimeOffset FromSeconds(double seconds)
        => double.IsFinite(seconds) && seconds >= MinSeconds && seconds <= MaxSeconds
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000d))
            : throw NotATimestamp();

    private static JsonException NotATimestamp() => new("Expected a timestamp in epoch seconds.");
}
