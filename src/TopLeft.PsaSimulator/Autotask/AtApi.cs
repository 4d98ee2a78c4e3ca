using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Autotask.Model;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Maps the Autotask surface under <c>/atservicesrest</c> (any case): version and zone discovery, threshold
/// information, queries with paging, entity metadata, CRUD and child URLs, and webhook registration.
/// </summary>
internal static class AtApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/atservicesrest/versioninformation", () => Results.Json(new JsonObject { ["apiVersions"] = new JsonArray("1.0") }));
        app.Map("/atservicesrest/v1.0/{**path}", HandleAsync);
    }

    private static async Task HandleAsync(HttpContext http, string? path, SimulatorState state)
    {
        var segments = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var method = http.Request.Method.ToUpperInvariant();
        if (segments.Length == 1 && segments[0].Equals("zoneInformation", StringComparison.OrdinalIgnoreCase))
        {
            await Write(http, Zone(http.Request, state));
            return;
        }

        var tenant = state.At;
        var (context, authError) = AtAuth.Authenticate(http.Request, tenant, state.Options, state.Clock.UtcNow);
        if (authError is not null)
        {
            await Write(http, AtReply.Error(authError));
            return;
        }

        JsonNode? body = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            }
            catch (JsonException ex)
            {
                await Write(http, AtReply.Errors(400, $"The request body is not valid JSON: {ex.Message}"));
                return;
            }
        }

        var changes = new List<AtChange>();
        AtReply reply;
        lock (tenant.Sync)
        {
            try
            {
                reply = Dispatch(http.Request, method, segments, body, context!, tenant, state, changes);
            }
            catch (AtQueryException ex)
            {
                reply = AtReply.Errors(500, ex.Message);
                changes.Clear();
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
            {
                reply = AtReply.Errors(500, ex.Message);
                changes.Clear();
            }
        }

        foreach (var change in changes)
        {
            state.AtWebhooks.Publish(change);
        }

        await Write(http, reply);
    }

    private static AtReply Zone(HttpRequest request, SimulatorState state)
    {
        var user = request.Query["user"].ToString();
        if (!user.Equals(state.Options.AutotaskUserName, StringComparison.OrdinalIgnoreCase))
        {
            return AtReply.Errors(404, $"Zone information could not be determined for user '{user}'.");
        }

        return AtReply.Json(new JsonObject
        {
            ["zoneName"] = "Simulator Zone", ["url"] = $"{state.BaseUrl}/ATServicesRest/", ["webUrl"] = $"{state.BaseUrl}/_sim/", ["ci"] = 0,
        });
    }

    private static AtReply Dispatch(HttpRequest request, string method, string[] s, JsonNode? body, AtContext context, AtTenant tenant, SimulatorState state, List<AtChange> changes)
    {
        if (s.Length == 0)
        {
            return AtReply.Errors(404, "No HTTP resource was found that matches the request URI.");
        }

        if (s.Length == 1 && s[0].Equals("ThresholdInformation", StringComparison.OrdinalIgnoreCase))
        {
            return AtReply.Json(new JsonObject
            {
                ["externalRequestThreshold"] = state.Options.AutotaskHourlyLimit, ["requestThresholdTimeframe"] = 60,
                ["currentTimeframeRequestCount"] = state.AtLimits.CurrentCount,
            });
        }

        if (AtEntitySets.Find(s[0]) is not { } set)
        {
            return AtReply.Errors(404, $"No HTTP resource was found that matches the request URI '{request.Path}'.");
        }

        var sub = s.Length > 1 ? s[1] : null;
        if (sub is not null && sub.Equals("query", StringComparison.OrdinalIgnoreCase))
        {
            return Query(request, method, s, body, set, tenant, state);
        }

        if (sub is not null && sub.Equals("entityInformation", StringComparison.OrdinalIgnoreCase))
        {
            if (method != "GET")
            {
                return AtReply.MethodNotAllowed(method);
            }

            return s.Length == 2 ? AtReply.Json(AtMetadata.Info(set))
                : s[2].Equals("fields", StringComparison.OrdinalIgnoreCase) ? AtReply.Json(AtMetadata.Fields(tenant, set))
                : s[2].Equals("userDefinedFields", StringComparison.OrdinalIgnoreCase) ? AtReply.Json(AtMetadata.UserDefinedFields(set))
                : AtReply.Errors(404, "No HTTP resource was found that matches the request URI.");
        }

        if (s.Length == 1)
        {
            return method switch
            {
                "POST" => Create(set, null, body, context, tenant, changes),
                "PATCH" => Update(set, null, body, context, tenant, changes, replace: false),
                "PUT" => Update(set, null, body, context, tenant, changes, replace: true),
                _ => AtReply.MethodNotAllowed(method),
            };
        }

        if (!int.TryParse(sub, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return AtReply.Errors(404, $"No HTTP resource was found that matches the request URI '{request.Path}'.");
        }

        if (s.Length == 2)
        {
            return method switch
            {
                "GET" => Item(set, tenant, id, null),
                "DELETE" => Delete(set, tenant, id, null, context, changes),
                _ => AtReply.MethodNotAllowed(method),
            };
        }

        if (AtEntitySets.Child(set.Name, s[2]) is not { ParentField: { } parentField } child)
        {
            return AtReply.Errors(404, $"No HTTP resource was found that matches the request URI '{request.Path}'.");
        }

        if (set.Table(tenant).Find(id) is null)
        {
            return AtReply.Errors(404, $"{set.EntityType} {id} was not found.");
        }

        var parent = (parentField, id);
        if (s.Length == 3)
        {
            return method switch
            {
                "GET" => ChildList(request, child, parentField, id, tenant, state),
                "POST" => Create(child, parent, body, context, tenant, changes),
                "PATCH" => Update(child, parent, body, context, tenant, changes, replace: false),
                "PUT" => Update(child, parent, body, context, tenant, changes, replace: true),
                _ => AtReply.MethodNotAllowed(method),
            };
        }

        if (!int.TryParse(s[3], NumberStyles.None, CultureInfo.InvariantCulture, out var childId) || s.Length > 4)
        {
            return AtReply.Errors(404, $"No HTTP resource was found that matches the request URI '{request.Path}'.");
        }

        return method switch
        {
            "GET" => Item(child, tenant, childId, parent),
            "DELETE" => Delete(child, tenant, childId, parent, context, changes),
            _ => AtReply.MethodNotAllowed(method),
        };
    }

    private static AtReply Query(HttpRequest request, string method, string[] s, JsonNode? body, AtEntitySet set, AtTenant tenant, SimulatorState state)
    {
        var rest = s.Skip(2).Select(x => x.ToLowerInvariant()).ToArray();
        var isCount = rest is ["count"];
        var isNext = rest is ["next"];
        if (rest.Length > 0 && !isCount && !isNext)
        {
            return AtReply.Errors(404, "No HTTP resource was found that matches the request URI.");
        }

        if (method is not ("GET" or "POST"))
        {
            return AtReply.MethodNotAllowed(method);
        }

        var search = request.Query["search"].ToString();
        if (isNext)
        {
            var (afterId, beforeId, origin) = AtQuery.ParsePaging(request.Query["paging"]);
            if (method == "GET" && origin == "POST")
            {
                // A next URL from a POST query must be POSTed (with the same body, or none).
                return AtReply.MethodNotAllowed("GET");
            }

            var nextQuery = AtQuery.Parse(JsonNode.Parse(string.IsNullOrEmpty(search) ? body?.ToJsonString() ?? "null" : search), set);
            return AtReply.Json(nextQuery.Page(tenant, set, afterId, beforeId, state.BaseUrl, origin));
        }

        var queryBody = method == "GET"
            ? (string.IsNullOrEmpty(search) ? throw new AtQueryException("A search parameter with the query is required.") : JsonNode.Parse(search))
            : body;
        var query = AtQuery.Parse(queryBody, set);
        return isCount
            ? AtReply.Json(new JsonObject { ["queryCount"] = query.Count(tenant, set) })
            : AtReply.Json(query.Page(tenant, set, 0, null, state.BaseUrl, method));
    }

    private static AtReply ChildList(HttpRequest request, AtEntitySet child, string parentField, int parentId, AtTenant tenant, SimulatorState state)
    {
        var filter = new JsonObject
        {
            ["filter"] = new JsonArray(new JsonObject { ["op"] = "eq", ["field"] = parentField, ["value"] = parentId }),
        };
        return AtReply.Json(AtQuery.Parse(filter, child).Page(tenant, child, 0, null, state.BaseUrl, "GET"));
    }

    private static AtReply Item(AtEntitySet set, AtTenant tenant, int id, (string Field, int Id)? parent)
    {
        var entity = set.Table(tenant).Find(id) as AtEntity;
        if (entity is not null && parent is { } p && !BelongsTo(entity, p))
        {
            entity = null;
        }

        // A missing id reads as {"item":null} with 200, which clients must handle.
        return AtReply.Json(new JsonObject { ["item"] = entity is null ? null : AtEntitySets.ToJson(entity) });
    }

    internal static AtReply Create(AtEntitySet set, (string Field, int Id)? parent, JsonNode? body, AtContext context, AtTenant tenant, List<AtChange> changes)
    {
        if (!set.CanCreate)
        {
            return AtReply.MethodNotAllowed("POST");
        }

        if (body is not JsonObject node)
        {
            return AtReply.Errors(400, $"The request body must be a {set.EntityType} object.");
        }

        node = (JsonObject)node.DeepClone();
        if (parent is { } p)
        {
            Set(node, p.Field, p.Id);
        }

        var entity = Read(set, node);
        entity.Id = 0;
        if (set.Validate?.Invoke(tenant, context, entity, null) is { } error)
        {
            return AtReply.Error(error);
        }

        entity.Touch(context.Now, context.ActorResourceId, created: true);
        set.Insert(tenant, entity);
        Changed(set, "Create", null, entity, context, tenant, changes);
        return AtReply.ItemId(entity.Id);
    }

    internal static AtReply Update(AtEntitySet set, (string Field, int Id)? parent, JsonNode? body, AtContext context, AtTenant tenant, List<AtChange> changes, bool replace)
    {
        if (!set.CanUpdate)
        {
            return AtReply.MethodNotAllowed(replace ? "PUT" : "PATCH");
        }

        if (body is not JsonObject node || AtFilter.Get(node, "id") is not { } idNode)
        {
            return AtReply.Errors(500, "The id of the entity to update is required in the body.");
        }

        var id = idNode.GetValue<int>();
        if (set.Table(tenant).Find(id) is not AtEntity existing || (parent is { } p && !BelongsTo(existing, p)))
        {
            return AtReply.Errors(404, $"{set.EntityType} {id} was not found.");
        }

        var before = AtEntitySets.ToJson(existing);
        JsonObject merged;
        if (replace)
        {
            merged = (JsonObject)node.DeepClone();
        }
        else
        {
            merged = (JsonObject)before.DeepClone();
            foreach (var (key, value) in node)
            {
                var target = merged.Select(x => x.Key).FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase))
                    ?? throw new AtQueryException($"Unable to find {key} in the {set.EntityType} Entity.");
                merged[target] = target.Equals("userDefinedFields", StringComparison.OrdinalIgnoreCase)
                    ? MergeUdfs(merged[target] as JsonArray, value as JsonArray)
                    : value?.DeepClone();
            }
        }

        if (parent is { } pp)
        {
            Set(merged, pp.Field, pp.Id);
        }

        var entity = Read(set, merged);
        entity.Id = id;
        if (set.Validate?.Invoke(tenant, context, entity, existing) is { } error)
        {
            return AtReply.Error(error);
        }

        entity.Touch(context.Now, context.ActorResourceId, created: false);
        set.Replace(tenant, entity);
        Changed(set, "Update", existing, entity, context, tenant, changes, before);
        return AtReply.ItemId(id);
    }

    private static AtReply Delete(AtEntitySet set, AtTenant tenant, int id, (string Field, int Id)? parent, AtContext context, List<AtChange> changes)
    {
        if (!set.CanDelete)
        {
            return AtReply.MethodNotAllowed("DELETE");
        }

        if (set.Table(tenant).Find(id) is not AtEntity existing || (parent is { } p && !BelongsTo(existing, p)))
        {
            return AtReply.Errors(404, $"{set.EntityType} {id} was not found.");
        }

        set.Remove(tenant, existing);
        Changed(set, "Delete", existing, null, context, tenant, changes);
        return AtReply.ItemId(id);
    }

    /// <summary>Queues the webhook event for this record and lets the set touch related records.</summary>
    internal static void Changed(AtEntitySet set, string action, AtEntity? before, AtEntity? after, AtContext context, AtTenant tenant, List<AtChange> changes, JsonObject? beforeJson = null)
    {
        if (set.HasWebhooks)
        {
            var record = after ?? before!;
            changes.Add(new AtChange(set.EntityType, action, record.Id, before is null ? null : beforeJson ?? AtEntitySets.ToJson(before),
                after is null ? null : AtEntitySets.ToJson(after), context.ActorResourceId));
        }

        set.AfterWrite?.Invoke(tenant, context, before, after, changes);
    }

    private static AtEntity Read(AtEntitySet set, JsonObject node) =>
        (AtEntity?)node.Deserialize(set.ClrType, AtJson.Options) ?? throw new AtQueryException($"The request body must be a {set.EntityType} object.");

    private static bool BelongsTo(AtEntity entity, (string Field, int Id) parent) =>
        Data.FieldPath.Resolve(entity.GetType(), parent.Field)?.Get(entity) is int value && value == parent.Id;

    private static void Set(JsonObject node, string field, int value)
    {
        var key = node.Select(p => p.Key).FirstOrDefault(k => k.Equals(field, StringComparison.OrdinalIgnoreCase)) ?? field;
        node[key] = value;
    }

    private static JsonArray MergeUdfs(JsonArray? existing, JsonArray? incoming)
    {
        var result = (JsonArray?)existing?.DeepClone() ?? [];
        foreach (var udf in incoming ?? [])
        {
            var name = udf?["name"]?.GetValue<string>();
            var match = result.FirstOrDefault(x => x?["name"]?.GetValue<string>()?.Equals(name, StringComparison.OrdinalIgnoreCase) == true);
            if (match is JsonObject target)
            {
                target["value"] = udf?["value"]?.DeepClone();
            }
            else if (udf is not null)
            {
                result.Add(udf.DeepClone());
            }
        }

        return result;
    }

    private static async Task Write(HttpContext http, AtReply reply)
    {
        http.Response.StatusCode = reply.Status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.Body.WriteAsync(reply.Body, http.RequestAborted);
    }
}
