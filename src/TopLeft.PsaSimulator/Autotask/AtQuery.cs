using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// An Autotask query: <c>filter</c>, <c>maxRecords</c> (1..500) and <c>includeFields</c>, keys in any case.
/// Results come in id order and pages are keyset-based (opaque <c>paging</c> state in next/prev URLs), so
/// records inserted between pages are neither duplicated nor skipped.
/// </summary>
internal sealed class AtQuery
{
    public const int MaxRecordsLimit = 500;

    public required Func<object, bool> Predicate { get; init; }

    public required int MaxRecords { get; init; }

    public required IReadOnlyList<string>? IncludeFields { get; init; }

    /// <summary>A top-level <c>eq</c> on an integer field, answered from <see cref="FieldIndex"/>.</summary>
    public (FieldPath Field, long Value)? IndexHint { get; init; }

    /// <summary>
    /// The ids of a top-level <c>id eq n</c> or <c>id in [...]</c> (how callers re-read a batch of records): those rows are
    /// looked up instead of testing every record, which made the simulator the bottleneck of the webhook benchmark.
    /// </summary>
    public IReadOnlyList<int>? Ids { get; init; }

    /// <summary>The query as sent, re-used verbatim in next/prev URLs.</summary>
    public required string Search { get; init; }

    public static AtQuery Parse(JsonNode? body, AtEntitySet set)
    {
        if (body is not JsonObject query)
        {
            throw new AtQueryException("The query body must be a JSON object with a filter.");
        }

        var filter = AtFilter.Get(query, "filter") as JsonArray ?? throw new AtQueryException("A filter is required.");
        var maxNode = AtFilter.Get(query, "maxRecords");
        var max = maxNode is null ? MaxRecordsLimit : maxNode.GetValue<int>();
        if (max is < 1 or > MaxRecordsLimit)
        {
            throw new AtQueryException($"MaxRecords must be between 1 and {MaxRecordsLimit}.");
        }

        var include = (AtFilter.Get(query, "includeFields") as JsonArray)?.Select(f => f!.GetValue<string>()).ToList();
        if (include is { Count: > 0 })
        {
            foreach (var field in include)
            {
                if (FieldPath.Resolve(set.ClrType, field) is null && !field.Equals("userDefinedFields", StringComparison.OrdinalIgnoreCase))
                {
                    throw new AtQueryException($"Unable to find {field} in the {set.EntityType} Entity.");
                }
            }
        }

        return new AtQuery
        {
            Predicate = AtFilter.Compile(filter, set.ClrType, set.EntityType),
            MaxRecords = max,
            IncludeFields = include is { Count: > 0 } ? include : null,
            IndexHint = Hint(filter, set),
            Ids = IdsOf(filter),
            Search = query.ToJsonString(),
        };
    }

    public int Count(AtTenant tenant, AtEntitySet set) => Rows(set.Table(tenant)).Count(e => Predicate(e));

    /// <summary>All candidate rows in id order: the listed ids, the index bucket when there is a hint, else the table.</summary>
    private IEnumerable<Entity> Rows(IEntityTable table) =>
        Ids is { } ids ? ids.Select(table.Find).OfType<Entity>()
        : IndexHint is { } hint ? FieldIndex.Lookup(table, hint.Field, hint.Value) : table.Items;

    private static IReadOnlyList<int>? IdsOf(JsonArray filter)
    {
        foreach (var item in filter.OfType<JsonObject>())
        {
            if (AtFilter.Get(item, "field")?.GetValue<string>() is { } name && name.Equals("id", StringComparison.OrdinalIgnoreCase)
                && AtFilter.Get(item, "udf")?.GetValue<bool>() != true
                && AtFilter.Get(item, "op")?.GetValue<string>()?.ToLowerInvariant() is "eq" or "in"
                && AtFilter.Get(item, "value") is { } value)
            {
                JsonNode?[] values = value is JsonArray array ? [.. array] : [value];
                var ids = new SortedSet<int>();
                foreach (var v in values)
                {
                    if (v is not JsonValue number || number.GetValueKind() != JsonValueKind.Number
                        || !int.TryParse(number.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                    {
                        // Not plain integer ids: the predicate decides, over the whole table.
                        return null;
                    }

                    ids.Add(id);
                }

                return [.. ids];
            }
        }

        return null;
    }

    private static (FieldPath, long)? Hint(JsonArray filter, AtEntitySet set)
    {
        foreach (var item in filter.OfType<JsonObject>())
        {
            if (AtFilter.Get(item, "op")?.GetValue<string>() is { } op && op.Equals("eq", StringComparison.OrdinalIgnoreCase)
                && AtFilter.Get(item, "udf")?.GetValue<bool>() != true
                && AtFilter.Get(item, "field")?.GetValue<string>() is { } name && name.EndsWith("ID", StringComparison.OrdinalIgnoreCase)
                && !name.Equals("id", StringComparison.OrdinalIgnoreCase)
                && FieldPath.Resolve(set.ClrType, name) is { ValueType: var type } field && type == typeof(int)
                && AtFilter.Get(item, "value") is JsonValue value && value.GetValueKind() == JsonValueKind.Number
                && long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var key))
            {
                return (field, key);
            }
        }

        return null;
    }

    /// <summary>One page: after <paramref name="afterId"/> (next) or before <paramref name="beforeId"/> (prev).</summary>
    public JsonObject Page(AtTenant tenant, AtEntitySet set, int afterId, int? beforeId, string baseUrl, string method)
    {
        var table = set.Table(tenant);
        List<Entity> items;
        bool more;
        if (beforeId is { } before)
        {
            var earlier = Rows(table).Where(e => e.Id < before && Predicate(e)).ToList();
            items = earlier.Skip(Math.Max(0, earlier.Count - MaxRecords)).ToList();
            more = true;
        }
        else
        {
            var rows = IndexHint is null && Ids is null ? table.After(afterId) : Rows(table).Where(e => e.Id > afterId);
            items = rows.Where(e => Predicate(e)).Take(MaxRecords + 1).ToList();
            more = items.Count > MaxRecords;
            if (more)
            {
                items.RemoveAt(items.Count - 1);
            }
        }

        if (IncludeFields is not null && !IncludeFields.Contains("id", StringComparer.OrdinalIgnoreCase)
            && (more || (beforeId is null && afterId > 0)))
        {
            throw new AtQueryException("When results exceed 500 records and IncludeFields is used, IncludeFields must contain id.");
        }

        var hasPrevious = items.Count > 0 && Rows(table).TakeWhile(e => e.Id < items[0].Id).Any(e => Predicate(e));
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(Project((AtEntity)item));
        }

        return new JsonObject
        {
            ["items"] = array,
            ["pageDetails"] = new JsonObject
            {
                ["count"] = items.Count,
                ["requestCount"] = MaxRecords,
                ["prevPageUrl"] = hasPrevious ? PageUrl(baseUrl, set, $"{{\"beforeId\":{items[0].Id},\"method\":\"{method}\"}}") : null,
                ["nextPageUrl"] = more && items.Count > 0 ? PageUrl(baseUrl, set, $"{{\"afterId\":{items[^1].Id},\"method\":\"{method}\"}}") : null,
            },
        };
    }

    private JsonObject Project(AtEntity item)
    {
        var full = AtEntitySets.ToJson(item);
        if (IncludeFields is null)
        {
            return full;
        }

        var result = new JsonObject();
        foreach (var field in IncludeFields)
        {
            var key = full.Select(p => p.Key).FirstOrDefault(k => k.Equals(field, StringComparison.OrdinalIgnoreCase));
            if (key is not null)
            {
                result[key] = full[key]?.DeepClone();
            }
        }

        return result;
    }

    private string PageUrl(string baseUrl, AtEntitySet set, string paging) =>
        $"{baseUrl}/ATServicesRest/V1.0/{set.Name}/query/next?paging={Uri.EscapeDataString(paging)}&search={Uri.EscapeDataString(Search)}";

    public static (int AfterId, int? BeforeId, string Method) ParsePaging(string? paging)
    {
        try
        {
            var state = JsonNode.Parse(paging ?? "")!.AsObject();
            return (
                state["afterId"]?.GetValue<int>() ?? 0,
                state["beforeId"]?.GetValue<int>(),
                state["method"]?.GetValue<string>() ?? "POST");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or FormatException)
        {
            throw new AtQueryException("The paging information in this URL is invalid or has expired.");
        }
    }
}
