using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.Testing;

namespace TopLeft.Boards.Tests;

/// <summary>The Boards HTTP API as a test reads it: JSON nodes, so the tests check the documented shape.</summary>
internal static class BoardApi
{
    public const int TicketKind = 1;

    public static async Task<JsonObject> CreateAsync(ApiClient client, object definition)
    {
        var response = await client.PostAsync("/api/boards", definition);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> ViewAsync(ApiClient client, Guid boardId, string query = "") =>
        await client.GetJsonAsync<JsonObject>($"/api/boards/{boardId}/view{query}");

    public static IReadOnlyList<JsonObject> Cards(JsonObject view) => view["cards"]!.AsArray().Select(c => c!.AsObject()).ToList();

    public static IReadOnlyList<JsonObject> Columns(JsonObject view) => view["columns"]!.AsArray().Select(c => c!.AsObject()).ToList();

    public static Guid Id(JsonNode node) => node["id"]!.GetValue<Guid>();

    public static string Key(JsonObject card) => card["key"]!.GetValue<string>();

    public static int PsaId(JsonObject card) => card["psaId"]!.GetValue<int>();

    public static Guid ColumnOf(JsonObject card) => card["columnId"]!.GetValue<Guid>();

    public static async Task<HttpResponseMessage> MoveAsync(ApiClient client, Guid boardId, string key, object body) =>
        await client.PostAsync($"/api/boards/{boardId}/cards/{key}/move", body);

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static string Code(JsonObject problem) => problem["code"]?.GetValue<string>() ?? "";

    public static object Definition(string name, int psaBoardId, string swimlane = "none", object? columns = null, object? filter = null,
        bool wipBlocks = false, int? laneWipLimit = null) => new
    {
        name, kind = TicketKind, psaBoardIds = new[] { psaBoardId }, filter, swimlane, wipLimitBlocksDrops = wipBlocks, laneWipLimit,
        showLaneTotals = true, cardFields = (string[]?)null, columns,
    };

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
