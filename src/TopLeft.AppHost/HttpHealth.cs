using System.Net;
using System.Text.Json;

namespace TopLeft.AppHost;

internal static class HttpHealth
{
    public static async Task<string> ProbeAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken);
            return Interpret(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return "unreachable";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "no answer";
        }
    }

    // The Host answers with a JSON report ({"status":"Healthy",...}); ASP.NET's default writer answers
    // with plain text, and anything else still has a status code.
    public static string Interpret(HttpStatusCode statusCode, string body)
    {
        var text = body.Trim();
        if (text.StartsWith('{'))
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                if (json.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String)
                {
                    return Describe(status.GetString()!, json.RootElement);
                }
            }
            catch (JsonException)
            {
            }
        }

        if (text is "Healthy" or "Degraded" or "Unhealthy")
        {
            return text.ToLowerInvariant();
        }

        return statusCode == HttpStatusCode.OK ? "healthy" : $"unhealthy ({(int)statusCode})";
    }

    // Names the checks that are not healthy, so the table says why the Host is not.
    private static string Describe(string status, JsonElement report)
    {
        var failing = report.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Object
            ? entries.EnumerateObject()
                .Where(entry => entry.Value.TryGetProperty("status", out var s) && s.GetString() != "Healthy")
                .Select(entry => entry.Name)
                .ToList()
            : [];
        return failing.Count == 0
            ? status.ToLowerInvariant()
            : $"{status.ToLowerInvariant()} ({string.Join(", ", failing)})";
    }
}
