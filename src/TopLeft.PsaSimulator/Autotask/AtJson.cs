using System.Text.Json;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Autotask writes every field, nulls included, with millisecond dates. The default encoder escapes
/// <c>&amp; &lt; &gt; ' + "</c> and non-ASCII as <c>\uXXXX</c> like Autotask's .NET serializer does, which is
/// what makes webhook signature checks on re-serialized bodies fail, as they do against the real thing.
/// </summary>
internal static class AtJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new UtcDateTimeConverter("yyyy-MM-ddTHH:mm:ss.fffZ") },
    };
}
