using System.Text;
using System.Text.Json.Nodes;

namespace TopLeft.PsaSimulator.Tests;

internal static class JsonHelpers
{
    public static async Task<JsonNode> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<JsonNode> GetJson(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Json();
    }

    public static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PatchJson(this HttpClient client, string url, string json) =>
        client.PatchAsync(url, Body(json));

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, string json) =>
        client.PostAsync(url, Body(json));

    /// <summary>The rel="next" target of an RFC 5988 Link header, or null.</summary>
    public static string? NextLink(this HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        var match = System.Text.RegularExpressions.Regex.Match(string.Join(",", values), "<([^>]*)>;\\s*rel=\"next\"");
        if (match.Success)
        {
            return match.Groups[1].Value;
        }

        return null;
    }
}
