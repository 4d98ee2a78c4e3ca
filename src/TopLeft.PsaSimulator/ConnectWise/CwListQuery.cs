using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using TopLeft.PsaSimulator.ConnectWise.Conditions;
using TopLeft.PsaSimulator.ConnectWise.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// A collection read: conditions, orderBy, fields, and either navigable paging (page/pageSize + Link) or
/// forward-only paging (<c>pagination-type: forward-only</c> + pageId). Bodies are bare arrays.
/// </summary>
internal sealed partial class CwListQuery
{
    private const int DefaultPageSize = 25;
    private const int MaxPageSize = 1000;

    public required Func<object, bool> Predicate { get; init; }

    public required IReadOnlyList<(FieldPath Field, bool Descending)> OrderBy { get; init; }

    public required IReadOnlyList<string>? Fields { get; init; }

    public required int Page { get; init; }

    public required int PageSize { get; init; }

    public required bool ForwardOnly { get; init; }

    public required int PageId { get; init; }

    public static (CwListQuery? Query, CwError? Error) Parse(HttpRequest request, Type entityType, string? conditionsOverride)
    {
        var query = request.Query;
        Func<object, bool> predicate;
        try
        {
            var conditions = conditionsOverride ?? query["conditions"].ToString();
            predicate = CwConditionParser.Parse(conditions, entityType);
            var childConditions = query["childConditions"].ToString();
            if (!string.IsNullOrWhiteSpace(childConditions))
            {
                var own = predicate;
                var child = ChildPredicate(childConditions, entityType);
                predicate = e => own(e) && child(e);
            }
        }
        catch (CwConditionException ex)
        {
            return (null, new CwError(400, "InvalidObject", ex.Message,
                [new CwErrorDetail("InvalidConditions", ex.Message, entityType.Name.Replace("Cw", "", StringComparison.Ordinal), "conditions")]));
        }

        var forwardOnly = request.Headers["pagination-type"].ToString().Equals("forward-only", StringComparison.OrdinalIgnoreCase);
        var orderBy = new List<(FieldPath, bool)>();
        var orderText = query["orderBy"].ToString();
        if (!string.IsNullOrWhiteSpace(orderText))
        {
            if (forwardOnly)
            {
                return (null, CwError.BadRequest("orderBy is not supported with forward-only pagination."));
            }

            foreach (var part in orderText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var field = CwConditionParser.ResolveField(entityType, words[0]);
                if (field is null)
                {
                    return (null, CwError.BadRequest($"Cannot order by unknown field '{words[0]}'."));
                }

                orderBy.Add((field, words.Length > 1 && words[1].Equals("desc", StringComparison.OrdinalIgnoreCase)));
            }
        }

        if (!TryInt(query["page"], 1, out var page) || !TryInt(query["pageSize"], DefaultPageSize, out var pageSize)
            || !TryInt(query["pageId"], 0, out var pageId))
        {
            return (null, CwError.BadRequest("page, pageSize and pageId must be integers."));
        }

        var fieldsText = query["fields"].ToString();
        return (new CwListQuery
        {
            Predicate = predicate,
            OrderBy = orderBy,
            Fields = string.IsNullOrWhiteSpace(fieldsText) ? null : fieldsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Page = Math.Max(1, page),
            PageSize = Math.Clamp(pageSize, 1, MaxPageSize),
            ForwardOnly = forwardOnly,
            PageId = pageId,
        }, null);
    }

    /// <summary>The ids of conditions that are just <c>id = n</c> or <c>id in (n, ...)</c>; null for any other conditions.</summary>
    public static IReadOnlySet<int>? IdsOnly(string? conditions)
    {
        var match = IdsCondition().Match(conditions ?? "");
        return match.Success
            ? match.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToHashSet()
            : null;
    }

    [GeneratedRegex(@"^\s*id\s*(=|\s+in\s*\()\s*(?<ids>\d+(\s*,\s*\d+)*)\s*\)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex IdsCondition();

    /// <summary>
    /// childConditions filter on an array (<c>communicationItems/value like "a@b.com" and
    /// communicationItems/communicationType="Email"</c>): a record matches when one element satisfies all of it.
    /// </summary>
    private static Func<object, bool> ChildPredicate(string text, Type entityType)
    {
        var first = CwConditionLexer.Tokenize(text).FirstOrDefault(t => t.Kind == CwTokenKind.Word).Text ?? "";
        var listName = first.Split('/')[0];
        var property = FieldPath.JsonProperties(entityType).FirstOrDefault(p =>
            FieldPath.JsonName(p).Equals(listName, StringComparison.OrdinalIgnoreCase)
            && p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(List<>))
            ?? throw new CwConditionException($"Cannot find child collection '{listName}'.");
        var element = CwConditionParser.Parse(text, property.PropertyType.GetGenericArguments()[0], listName);
        return e => property.GetValue(e) is System.Collections.IEnumerable items && items.Cast<object>().Any(element);
    }

    public CwReply Execute(HttpRequest request, IEnumerable<CwEntity> source, Func<int, IEnumerable<CwEntity>?>? after)
    {
        List<CwEntity> page;
        string? link;
        if (ForwardOnly)
        {
            var start = after?.Invoke(PageId) ?? source.Where(e => e.Id > PageId);
            page = start.Where(e => Predicate(e)).Take(PageSize).ToList();
            // As documented, the Link header is always there and its next pageId is the last id returned
            // (the same pageId after an empty page): clients must stop on a short or empty page.
            var nextPageId = page.Count > 0 ? page[^1].Id : PageId;
            link = $"<{Url(request, ("pageId", nextPageId.ToString(CultureInfo.InvariantCulture)), ("page", null))}>; rel=\"next\"";
        }
        else
        {
            var all = source.Where(e => Predicate(e)).ToList();
            if (OrderBy.Count > 0)
            {
                // Read each sort key once per row rather than once per comparison.
                var keyed = all.Select(e => (Entity: e, Keys: OrderBy.Select(o => o.Field.Get(e)).ToArray())).ToList();
                keyed.Sort((a, b) => Compare(a.Entity, a.Keys, b.Entity, b.Keys));
                all = keyed.Select(k => k.Entity).ToList();
            }

            var lastPage = Math.Max(1, (all.Count + PageSize - 1) / PageSize);
            page = all.Skip((Page - 1) * PageSize).Take(PageSize).ToList();
            link = lastPage <= 1 && Page <= 1 ? null : Links(request, lastPage);
        }

        return new CwReply(200, Serialize(page), link);
    }

    public byte[] Serialize(IReadOnlyList<CwEntity> items)
    {
        if (Fields is null)
        {
            return JsonSerializer.SerializeToUtf8Bytes(items.Cast<object>().ToList(), CwJson.Options);
        }

        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(Project(item, Fields));
        }

        return JsonSerializer.SerializeToUtf8Bytes(array, CwJson.Options);
    }

    public static JsonObject Project(CwEntity item, IReadOnlyList<string> fields)
    {
        var full = JsonSerializer.SerializeToNode(item, item.GetType(), CwJson.Options)!.AsObject();
        var result = new JsonObject();
        foreach (var field in fields)
        {
            var segments = field.Split('/');
            JsonNode? source = full;
            var target = result;
            for (var i = 0; i < segments.Length && source is JsonObject sourceObject; i++)
            {
                var key = sourceObject.Select(p => p.Key).FirstOrDefault(k => k.Equals(segments[i], StringComparison.OrdinalIgnoreCase));
                if (key is null)
                {
                    break;
                }

                source = sourceObject[key];
                if (i == segments.Length - 1)
                {
                    target[key] = source?.DeepClone();
                }
                else if (source is JsonObject)
                {
                    if (target[key] is not JsonObject next)
                    {
                        next = [];
                        target[key] = next;
                    }

                    target = next;
                }
            }
        }

        return result;
    }

    private int Compare(CwEntity a, object?[] aKeys, CwEntity b, object?[] bKeys)
    {
        for (var i = 0; i < OrderBy.Count; i++)
        {
            var descending = OrderBy[i].Descending;
            var left = aKeys[i];
            var right = bKeys[i];
            var result = left is null ? (right is null ? 0 : -1) : right is null ? 1 : ValueComparer.Compare(left, right) ?? 0;
            if (result != 0)
            {
                return descending ? -result : result;
            }
        }

        return a.Id.CompareTo(b.Id);
    }

    private string Links(HttpRequest request, int lastPage)
    {
        var size = PageSize.ToString(CultureInfo.InvariantCulture);
        string Page(int number) => Url(request, ("page", number.ToString(CultureInfo.InvariantCulture)), ("pageSize", size));
        var parts = new List<string> { $"<{Page(1)}>; rel=\"first\"" };
        if (this.Page > 1)
        {
            parts.Add($"<{Page(Math.Min(this.Page - 1, lastPage))}>; rel=\"prev\"");
        }

        if (this.Page < lastPage)
        {
            parts.Add($"<{Page(this.Page + 1)}>; rel=\"next\"");
        }

        parts.Add($"<{Page(lastPage)}>; rel=\"last\"");
        return string.Join(", ", parts);
    }

    private static string Url(HttpRequest request, params (string Key, string? Value)[] overrides)
    {
        var values = request.Query
            .Where(q => !overrides.Any(o => o.Key.Equals(q.Key, StringComparison.OrdinalIgnoreCase)))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Concat(overrides.Where(o => o.Value is not null).Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)));
        return QueryHelpers.AddQueryString($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}", values);
    }

    private static bool TryInt(Microsoft.Extensions.Primitives.StringValues value, int fallback, out int result)
    {
        if (string.IsNullOrEmpty(value))
        {
            result = fallback;
            return true;
        }

        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out result);
    }
}
