using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>ConnectWise leaves nulls out of its bodies and writes dates as <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
internal static class CwJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UtcDateTimeConverter("yyyy-MM-ddTHH:mm:ssZ") },
    };
}
