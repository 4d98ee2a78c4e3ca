using System.Text.Json.Nodes;

namespace TopLeft.PsaSimulator.Admin;

/// <summary>An admin operation's outcome: an HTTP status and a JSON body (the record, or an error).</summary>
public sealed record AdminResult(int Status, JsonNode? Body)
{
    /// <summary>Whether the operation succeeded.</summary>
    public bool Ok => Status is >= 200 and < 300;

    internal static AdminResult NotFound(string what) => new(404, new JsonObject { ["error"] = $"{what} not found" });

    internal static AdminResult Bad(string message) => new(400, new JsonObject { ["error"] = message });
}
