using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.ConnectWise.Model;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// Maps the ConnectWise surface: company-info discovery, the REST API under any codebase
/// (<c>/v4_6_release/apis/3.0/…</c>, <c>/v2025_1/apis/3.0/…</c>) and the callback signing-key URL.
/// </summary>
internal static class CwApi
{
    public const string Codebase = "v4_6_release/";

    public static void Map(WebApplication app)
    {
        app.MapGet("/login/companyinfo/{companyId}", (string companyId, SimulatorState state) =>
            companyId.Equals(state.Options.ConnectWiseCompanyId, StringComparison.OrdinalIgnoreCase)
                ? Results.Json(new Dictionary<string, object>
                {
                    ["CompanyName"] = "BrightPath IT (simulator)", ["Codebase"] = Codebase, ["VersionCode"] = "v2025.1",
                    ["VersionNumber"] = "v4.6.12345", ["CompanyID"] = state.Options.ConnectWiseCompanyId, ["IsCloud"] = false,
                    ["SiteUrl"] = state.BaseUrl,
                })
                : Results.Text("null", "application/json"));

        app.MapGet("/{codebase}/system/callbackkey/index.rails", (string codebase, Guid id, SimulatorState state) =>
        {
            lock (state.Cw.Sync)
            {
                return state.Cw.SigningKeys.TryGetValue(id, out var key)
                    ? Results.Json(new Dictionary<string, string> { ["signing_key"] = key })
                    : Results.NotFound();
            }
        });

        app.Map("/{codebase}/apis/3.0/{**path}", HandleAsync);
    }

    private static async Task HandleAsync(HttpContext http, string codebase, string? path, SimulatorState state)
    {
        var tenant = state.Cw;
        http.Response.Headers["x-cw-request-id"] = Guid.NewGuid().ToString();
        http.Response.Headers["x-server-name"] = "SIM-CW-01";
        http.Response.Headers["api-current-version"] = "2025.1";
        if (!codebase.StartsWith('v'))
        {
            await Write(http, CwReply.From(new CwError(404, "NotFound", "The requested URL was not found.")));
            return;
        }

        var (context, authError) = CwAuth.Authenticate(http.Request, tenant, state.Options, state.Clock.UtcNowSeconds);
        if (authError is not null)
        {
            await Write(http, CwReply.From(authError));
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
                await Write(http, CwReply.From(CwError.BadRequest($"The request body is not valid JSON: {ex.Message}")));
                return;
            }
        }

        var changes = new List<CwChange>();
        CwReply reply;
        lock (tenant.Sync)
        {
            reply = Dispatch(http.Request, (path ?? "").Trim('/'), body, context!, tenant, state, changes);
        }

        foreach (var change in changes)
        {
            state.CwCallbacks.Publish(change);
        }

        await Write(http, reply);
    }

    private static CwReply Dispatch(HttpRequest request, string path, JsonNode? body, CwWriteContext context, CwTenant tenant, SimulatorState state, List<CwChange> changes)
    {
        var method = request.Method.ToUpperInvariant();
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 4 && segments[0].Equals("system", StringComparison.OrdinalIgnoreCase)
            && segments[1].Equals("members", StringComparison.OrdinalIgnoreCase) && segments[3].Equals("tokens", StringComparison.OrdinalIgnoreCase))
        {
            return method == "POST" ? MintToken(tenant, segments[2], state) : CwReply.From(CwError.MethodNotAllowed(method));
        }

        if (path.Equals("system/info", StringComparison.OrdinalIgnoreCase))
        {
            return new CwReply(200, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
            {
                ["version"] = "v2025.1.12345", ["isCloud"] = false, ["serverTimeZone"] = "UTC", ["licenseBits"] = Array.Empty<object>(),
            }));
        }

        var ids = new List<int>();
        var template = string.Join('/', segments.Select(s =>
        {
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
                return "{}";
            }

            return s;
        }));

        if (CwResources.Find(template) is { } collection)
        {
            return method switch
            {
                "GET" => List(request, collection, ids.ToArray(), tenant, null),
                "POST" => Create(collection, ids.ToArray(), body, context, tenant, changes),
                _ => CwReply.From(CwError.MethodNotAllowed(method)),
            };
        }

        var lastSlash = template.LastIndexOf('/');
        var parentTemplate = lastSlash < 0 ? "" : template[..lastSlash];
        var last = lastSlash < 0 ? template : template[(lastSlash + 1)..];
        if (CwResources.Find(parentTemplate) is not { } resource)
        {
            return CwReply.From(new CwError(404, "NotFound", $"The requested URL /{path} was not found."));
        }

        if (last.Equals("count", StringComparison.OrdinalIgnoreCase) && method == "GET")
        {
            return Count(request, resource, ids.ToArray(), tenant);
        }

        if (last.Equals("search", StringComparison.OrdinalIgnoreCase) && method == "POST")
        {
            var conditions = body?["conditions"]?.GetValue<string>() ?? "";
            return List(request, resource, ids.ToArray(), tenant, conditions);
        }

        if (last != "{}")
        {
            return CwReply.From(new CwError(404, "NotFound", $"The requested URL /{path} was not found."));
        }

        var parentIds = ids.Take(ids.Count - 1).ToArray();
        var itemId = ids[^1];
        var existing = resource.Find(tenant, parentIds, itemId);
        if (existing is null)
        {
            return CwReply.From(CwError.NotFound(resource.Name, itemId));
        }

        return method switch
        {
            "GET" => Item(request, existing),
            "PATCH" => Patch(resource, parentIds, existing, body, context, tenant, changes),
            "PUT" => Put(resource, parentIds, existing, body, context, tenant, changes),
            "DELETE" => Delete(resource, existing, context, tenant, changes),
            _ => CwReply.From(CwError.MethodNotAllowed(method)),
        };
    }

    private static CwReply List(HttpRequest request, CwResource resource, int[] parentIds, CwTenant tenant, string? conditions)
    {
        var source = resource.Source(tenant, parentIds);
        if (source is null)
        {
            return CwReply.From(CwError.NotFound("parent", parentIds.LastOrDefault()));
        }

        var (query, error) = CwListQuery.Parse(request, resource.EntityType, conditions);
        if (error is not null)
        {
            return CwReply.From(error);
        }

        // "id in (...)" (how callers re-read a batch of records) looks the ids up instead of testing every record: a
        // scan of 20,000 tickets per request made the simulator a bottleneck of the callback benchmark. The conditions
        // still apply to what is found, and a forward-only page starts after its pageId within those ids.
        if (CwListQuery.IdsOnly(conditions ?? request.Query["conditions"].ToString()) is { } ids)
        {
            var found = ids.Order().Select(id => resource.Find(tenant, parentIds, id)).OfType<CwEntity>().ToList();
            return query!.Execute(request, found, after => found.Where(e => e.Id > after));
        }

        return query!.Execute(request, source, resource.After is null ? null : id => resource.After(tenant, parentIds, id));
    }

    private static CwReply Count(HttpRequest request, CwResource resource, int[] parentIds, CwTenant tenant)
    {
        var source = resource.Source(tenant, parentIds);
        if (source is null)
        {
            return CwReply.From(CwError.NotFound("parent", parentIds.LastOrDefault()));
        }

        var (query, error) = CwListQuery.Parse(request, resource.EntityType, null);
        if (error is not null)
        {
            return CwReply.From(error);
        }

        var count = source.Count(e => query!.Predicate(e));
        return new CwReply(200, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, int> { ["count"] = count }));
    }

    private static CwReply Item(HttpRequest request, CwEntity entity)
    {
        var fields = request.Query["fields"].ToString();
        return string.IsNullOrWhiteSpace(fields)
            ? new CwReply(200, JsonSerializer.SerializeToUtf8Bytes(entity, entity.GetType(), CwJson.Options))
            : new CwReply(200, JsonSerializer.SerializeToUtf8Bytes(
                CwListQuery.Project(entity, fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), CwJson.Options));
    }

    internal static CwReply Create(CwResource resource, int[] parentIds, JsonNode? body, CwWriteContext context, CwTenant tenant, List<CwChange> changes)
    {
        if (resource.Prepare is null || resource.Insert is null || !resource.CanCreate)
        {
            return CwReply.From(CwError.MethodNotAllowed("POST"));
        }

        if (resource.Source(tenant, parentIds) is null)
        {
            return CwReply.From(CwError.NotFound("parent", parentIds.LastOrDefault()));
        }

        var (entity, error) = Read(resource, body);
        if (error is not null)
        {
            return CwReply.From(error);
        }

        entity!.Id = 0;
        entity.Info = new CwInfo();
        if (resource.Prepare(tenant, context, parentIds, entity, null) is { } invalid)
        {
            return CwReply.From(invalid);
        }

        Stamp(entity, context, created: true);
        resource.Insert(tenant, entity);
        if (entity is CwCallback callback)
        {
            tenant.SigningKeys.TryAdd(CwCallbackSender.KeyId(callback), Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
        }

        Changed(resource, "added", entity, null, context, tenant, changes);
        return new CwReply(201, JsonSerializer.SerializeToUtf8Bytes(entity, entity.GetType(), CwJson.Options));
    }

    internal static CwReply Patch(CwResource resource, int[] parentIds, CwEntity existing, JsonNode? body, CwWriteContext context, CwTenant tenant, List<CwChange> changes)
    {
        if (resource.Prepare is null || resource.Replace is null)
        {
            return CwReply.From(CwError.MethodNotAllowed("PATCH"));
        }

        var node = JsonSerializer.SerializeToNode(existing, existing.GetType(), CwJson.Options)!.AsObject();
        if (CwJsonPatch.Apply(node, body) is { } patchError)
        {
            return CwReply.From(CwError.BadRequest(patchError));
        }

        var (entity, error) = Read(resource, node);
        return error is not null ? CwReply.From(error) : Update(resource, parentIds, existing, entity!, context, tenant, changes);
    }

    private static CwReply Put(CwResource resource, int[] parentIds, CwEntity existing, JsonNode? body, CwWriteContext context, CwTenant tenant, List<CwChange> changes)
    {
        if (resource.Prepare is null || resource.Replace is null)
        {
            return CwReply.From(CwError.MethodNotAllowed("PUT"));
        }

        var (entity, error) = Read(resource, body);
        return error is not null ? CwReply.From(error) : Update(resource, parentIds, existing, entity!, context, tenant, changes);
    }

    internal static CwReply Update(CwResource resource, int[] parentIds, CwEntity existing, CwEntity entity, CwWriteContext context, CwTenant tenant, List<CwChange> changes)
    {
        entity.Id = existing.Id;
        entity.Info = new CwInfo { DateEntered = existing.Info.DateEntered, EnteredBy = existing.Info.EnteredBy };
        if (resource.Prepare!(tenant, context, parentIds, entity, existing) is { } invalid)
        {
            return CwReply.From(invalid);
        }

        Stamp(entity, context, created: false);
        resource.Replace!(tenant, entity);
        Changed(resource, "updated", entity, existing, context, tenant, changes);
        return new CwReply(200, JsonSerializer.SerializeToUtf8Bytes(entity, entity.GetType(), CwJson.Options));
    }

    internal static CwReply Delete(CwResource resource, CwEntity existing, CwWriteContext context, CwTenant tenant, List<CwChange> changes)
    {
        if (resource.Remove is null)
        {
            return CwReply.From(CwError.MethodNotAllowed("DELETE"));
        }

        resource.Remove(tenant, existing);
        Changed(resource, "deleted", null, existing, context, tenant, changes);
        return new CwReply(204, null);
    }

    /// <summary>Queues this record's own callback, then lets the resource bump related records.</summary>
    internal static void Changed(CwResource resource, string action, CwEntity? after, CwEntity? before, CwWriteContext context, CwTenant tenant, List<CwChange> changes)
    {
        var record = after ?? before!;
        if (resource.CallbackType is { } type)
        {
            changes.Add(new CwChange(type, action, record.Id,
                after is null ? null : JsonSerializer.Serialize(after, after.GetType(), CwJson.Options),
                context.MemberIdentifier, resource.Levels?.Invoke(record) ?? new Dictionary<string, int>()));
        }

        resource.AfterWrite?.Invoke(tenant, context, before, after, changes);
    }

    private static (CwEntity? Entity, CwError? Error) Read(CwResource resource, JsonNode? body)
    {
        if (body is not JsonObject)
        {
            return (null, CwError.BadRequest($"The request body must be a {resource.Name} object."));
        }

        try
        {
            return ((CwEntity?)body.Deserialize(resource.EntityType, CwJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, CwError.Invalid(resource.Name, ex.Path?.TrimStart('$', '.') ?? "", ex.Message, "InvalidField"));
        }
    }

    private static void Stamp(CwEntity entity, CwWriteContext context, bool created)
    {
        entity.Info.LastUpdated = context.Now;
        entity.Info.UpdatedBy = context.MemberIdentifier;
        if (created)
        {
            entity.Info.DateEntered = context.Now;
            entity.Info.EnteredBy = context.MemberIdentifier;
        }
    }

    private static CwReply MintToken(CwTenant tenant, string identifier, SimulatorState state)
    {
        var member = int.TryParse(identifier, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? tenant.Members.Find(id)
            : CwReferences.MemberByIdentifier(tenant, identifier);
        if (member is null || member.InactiveFlag)
        {
            return CwReply.From(new CwError(404, "NotFound", $"Member {identifier} not found"));
        }

        var token = new CwToken(
            "imp" + Guid.NewGuid().ToString("N")[..13], Guid.NewGuid().ToString("N")[..16], member.Id, state.Clock.UtcNowSeconds.AddHours(4));
        tenant.Tokens[token.PublicKey] = token;
        return new CwReply(200, JsonSerializer.SerializeToUtf8Bytes(
            new Dictionary<string, object> { ["publicKey"] = token.PublicKey, ["privateKey"] = token.PrivateKey, ["expiration"] = token.Expiration },
            CwJson.Options));
    }

    private static async Task Write(HttpContext http, CwReply reply)
    {
        http.Response.StatusCode = reply.Status;
        if (reply.Link is not null)
        {
            http.Response.Headers.Link = reply.Link;
        }

        if (reply.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(reply.Body, http.RequestAborted);
        }
    }
}
