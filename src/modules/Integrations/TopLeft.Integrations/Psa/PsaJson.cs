using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopLeft.Integrations.Psa;

internal static class PsaJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static async Task<PsaApiException> ErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var message = body;
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                // ConnectWise {"code","message","errors":[{message}]}; Autotask {"errors":["…"]}; ASP.NET {"Message"}.
                var parts = new List<string>();
                if (root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                {
                    parts.Add(m.GetString()!);
                }

                if (root.TryGetProperty("Message", out var m2) && m2.ValueKind == JsonValueKind.String)
                {
                    parts.Add(m2.GetString()!);
                }

                if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                {
                    foreach (var e in errors.EnumerateArray())
                    {
                        parts.Add(e.ValueKind == JsonValueKind.String ? e.GetString()!
                            : e.TryGetProperty("message", out var em) ? em.GetString() ?? "" : e.ToString());
                    }
                }

                if (parts.Count > 0)
                {
                    message = string.Join(" ", parts.Where(p => p.Length > 0));
                }
            }
        }
        catch (JsonException)
        {
        }

        return PsaApiException.From(response.StatusCode, $"{(int)response.StatusCode} {message}".Trim());
    }
}
