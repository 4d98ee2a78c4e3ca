using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopLeft.PsaSimulator.Data;

/// <summary>Writes UTC dates in one PSA's exact format and reads any ISO-8601 date as UTC.</summary>
internal sealed class UtcDateTimeConverter(string format) : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return DateTime.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : throw new JsonException($"'{text}' is not a valid date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString(format, CultureInfo.InvariantCulture));
}
