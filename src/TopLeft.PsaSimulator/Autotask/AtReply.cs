using System.Text.Json;
using System.Text.Json.Nodes;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>A response computed under the tenant lock and written after it is released.</summary>
internal sealed record AtReply(int Status, byte[] Body)
{
    public static AtReply Json(JsonNode node, int status = 200) => new(status, JsonSerializer.SerializeToUtf8Bytes(node, AtJson.Options));

    public static AtReply Error(AtError error) => Errors(error.Status, error.Message);

    public static AtReply Errors(int status, string message) =>
        new(status, JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["errors"] = new JsonArray(message) }, AtJson.Options));

    /// <summary>Unsupported methods answer in ASP.NET Web API's shape, capital M.</summary>
    public static AtReply MethodNotAllowed(string method) =>
        new(405, JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["Message"] = $"The requested resource does not support http method '{method}'." }));

    public static AtReply ItemId(int id) => Json(new JsonObject { ["itemId"] = id });
}
