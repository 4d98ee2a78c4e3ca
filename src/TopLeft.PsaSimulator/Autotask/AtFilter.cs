using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Compiles an Autotask filter (<c>eq noteq gt gte lt lte beginsWith endsWith contains exist notExist in notIn</c>,
/// nested <c>and</c>/<c>or</c> groups, <c>udf:true</c>) into a predicate. Keys and field names are case-insensitive.
/// </summary>
internal static class AtFilter
{
    public static Func<object, bool> Compile(JsonArray filter, Type entityType, string entityName)
    {
        if (filter.Count == 0)
        {
            throw new AtQueryException("A filter is required: use {\"op\":\"gt\",\"field\":\"id\",\"value\":0} to read every record.");
        }

        var parts = filter.Select(item => Condition(item as JsonObject ?? throw new AtQueryException("Each filter item must be an object."), entityType, entityName)).ToArray();
        return e => parts.All(p => p(e));
    }

    private static Func<object, bool> Condition(JsonObject item, Type type, string entityName)
    {
        var op = Get(item, "op")?.GetValue<string>()?.ToLowerInvariant()
            ?? throw new AtQueryException("Each filter item needs an 'op'.");
        if (op is "and" or "or")
        {
            var items = Get(item, "items") as JsonArray ?? throw new AtQueryException($"'{op}' needs 'items'.");
            var children = items.Select(i => Condition(i as JsonObject ?? throw new AtQueryException("Each filter item must be an object."), type, entityName)).ToArray();
            if (children.Length == 0)
            {
                throw new AtQueryException($"'{op}' needs at least one item.");
            }

            return op == "and" ? e => children.All(c => c(e)) : e => children.Any(c => c(e));
        }

        var fieldName = Get(item, "field")?.GetValue<string>() ?? throw new AtQueryException($"'{op}' needs a 'field'.");
        Func<object, object?> read;
        if (Get(item, "udf")?.GetValue<bool>() == true)
        {
            var property = type.GetProperty(nameof(AtTicket.UserDefinedFields))
                ?? throw new AtQueryException($"{entityName} has no user-defined fields.");
            read = e => (property.GetValue(e) as List<AtUserDefinedField>)?
                .FirstOrDefault(u => u.Name.Equals(fieldName, StringComparison.OrdinalIgnoreCase))?.Value;
        }
        else
        {
            var path = FieldPath.Resolve(type, fieldName)
                ?? throw new AtQueryException($"Unable to find {fieldName} in the {entityName} Entity.");
            read = path.Get;
        }

        var valueNode = Get(item, "value");
        switch (op)
        {
            case "exist":
                return e => read(e) is { } v && (v is not string s || s.Length > 0);
            case "notexist":
                return e => read(e) is null or "";
            case "in" or "notin":
                var values = (valueNode as JsonArray ?? throw new AtQueryException($"'{op}' needs an array value.")).Select(Literal).ToArray();
                var negate = op == "notin";
                return e =>
                {
                    var v = read(e);
                    return values.Any(x => ValueComparer.AreEqual(v, x)) != negate;
                };
        }

        if (valueNode is null)
        {
            throw new AtQueryException($"The value for '{fieldName}' cannot be null.");
        }

        var literal = Literal(valueNode);
        var text = Convert.ToString(literal, CultureInfo.InvariantCulture) ?? "";
        return op switch
        {
            "eq" => e => ValueComparer.AreEqual(read(e), literal),
            "noteq" => e => !ValueComparer.AreEqual(read(e), literal),
            "gt" => e => ValueComparer.Compare(read(e), literal) > 0,
            "gte" => e => ValueComparer.Compare(read(e), literal) >= 0,
            "lt" => e => ValueComparer.Compare(read(e), literal) < 0,
            "lte" => e => ValueComparer.Compare(read(e), literal) <= 0,
            "beginswith" => e => Text(read(e)).StartsWith(text, StringComparison.OrdinalIgnoreCase),
            "endswith" => e => Text(read(e)).EndsWith(text, StringComparison.OrdinalIgnoreCase),
            "contains" => e => Text(read(e)).Contains(text, StringComparison.OrdinalIgnoreCase),
            _ => throw new AtQueryException($"'{op}' is not a valid operator."),
        };
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static object? Literal(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Number => decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValueKind.String => node.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        null or JsonValueKind.Null => null,
        _ => throw new AtQueryException("Filter values must be numbers, strings, booleans or arrays of them."),
    };

    public static JsonNode? Get(JsonObject item, string key) =>
        item.FirstOrDefault(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value;
}
