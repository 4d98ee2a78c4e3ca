using System.Text.Json.Nodes;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// ConnectWise's PATCH: an array of <c>{op, path, value}</c> with <c>add|replace|remove</c> and slash paths
/// (<c>status</c>, <c>status/id</c>). Paths are matched exactly first, then case-insensitively.
/// </summary>
internal static class CwJsonPatch
{
    public static string? Apply(JsonObject target, JsonNode? operations)
    {
        if (operations is not JsonArray array || array.Count == 0)
        {
            return "The request body must be a non-empty JSON array of patch operations.";
        }

        foreach (var item in array)
        {
            if (item is not JsonObject operation)
            {
                return "Each patch operation must be an object.";
            }

            var op = operation["op"]?.GetValue<string>()?.ToLowerInvariant();
            var path = operation["path"]?.GetValue<string>()?.Trim('/');
            if (string.IsNullOrEmpty(path) || op is not ("add" or "replace" or "remove"))
            {
                return $"Invalid patch operation '{op}' on path '{path}'.";
            }

            var segments = path.Split('/');
            var parent = target;
            for (var i = 0; i < segments.Length - 1; i++)
            {
                var key = Key(parent, segments[i]);
                if (parent[key] is not JsonObject child)
                {
                    child = [];
                    parent[key] = child;
                }

                parent = child;
            }

            var last = Key(parent, segments[^1]);
            if (op == "remove")
            {
                parent.Remove(last);
            }
            else
            {
                parent[last] = operation["value"]?.DeepClone();
            }
        }

        return null;
    }

    private static string Key(JsonObject parent, string name) =>
        parent.ContainsKey(name) ? name : parent.Select(p => p.Key).FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? name;
}
