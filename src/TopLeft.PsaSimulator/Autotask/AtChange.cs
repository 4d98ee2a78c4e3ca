using System.Text.Json.Nodes;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>A mutation as the webhook sender sees it: before/after in API shape so changed fields can be found.</summary>
internal sealed record AtChange(string EntityType, string Action, int Id, JsonObject? Before, JsonObject? After, int PersonId);
