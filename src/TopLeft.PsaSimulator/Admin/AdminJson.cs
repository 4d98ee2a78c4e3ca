using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopLeft.PsaSimulator.Admin;

/// <summary>Admin bodies: camelCase, enums as names (<c>"kind":"TooManyRequests"</c>).</summary>
internal static class AdminJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
