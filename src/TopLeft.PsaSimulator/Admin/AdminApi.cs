using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Admin;

/// <summary>
/// The <c>/_sim</c> surface: a demo page, data inspection and "another user" changes, delete, bulk random
/// changes, reset, request log and counters, fault rules, delivery log and replay, clock skew and full export.
/// </summary>
internal static class AdminApi
{
    public static void Map(WebApplication app)
    {
        var sim = app.MapGroup("/_sim");
        sim.MapGet("", () => Results.Content(AdminPage.Html, "text/html; charset=utf-8"));
        sim.MapGet("/info", (SimulatorState state) => Json(Info(state)));
        sim.MapPost("/reset", (SimulatorState state, int? seed) =>
        {
            state.Reset(seed);
            return Json(Info(state));
        });
        sim.MapPost("/clock", (SimulatorState state, double skewSeconds) =>
        {
            state.Clock.Skew = TimeSpan.FromSeconds(skewSeconds);
            return Json(new { skewSeconds, now = state.Clock.UtcNow });
        });

        sim.MapGet("/requests", (SimulatorState state, int? limit) => Json(new
        {
            total = state.Requests.Total,
            maxConcurrent = state.Requests.MaxConcurrent,
            counters = state.Requests.Counters(),
            recent = state.Requests.Recent().TakeLast(Math.Clamp(limit ?? 200, 0, Infrastructure.RequestLog.Capacity)),
        }));
        sim.MapDelete("/requests", (SimulatorState state) =>
        {
            state.Requests.Clear();
            return Results.NoContent();
        });

        sim.MapGet("/faults", (SimulatorState state) => Json(state.Faults.Snapshot()));
        sim.MapPost("/faults", async (HttpRequest request, SimulatorState state) =>
        {
            var rule = await request.ReadFromJsonAsync<FaultRule>(AdminJson.Options);
            return rule is null ? Results.BadRequest() : Json(state.Faults.Add(rule), 201);
        });
        sim.MapDelete("/faults", (SimulatorState state) =>
        {
            state.Faults.Clear();
            return Results.NoContent();
        });
        sim.MapDelete("/faults/{id}", (SimulatorState state, string id) => state.Faults.Remove(id) ? Results.NoContent() : Results.NotFound());

        sim.MapGet("/deliveries", (SimulatorState state) => Json(state.Deliveries.Snapshot()));
        sim.MapPost("/deliveries/{id:long}/replay", (SimulatorState state, long id) => state.Sender.Replay(id) ? Results.Accepted() : Results.NotFound());
        sim.MapPost("/deliveries/replay", (SimulatorState state, int? last) =>
        {
            var replayed = state.Deliveries.Snapshot().Where(d => !d.Replay).TakeLast(last ?? 1).Count(d => state.Sender.Replay(d.Id));
            return Json(new { replayed });
        });

        sim.MapGet("/{psa}/export", (SimulatorState state, string psa) => Parse(psa) switch
        {
            PsaKind.ConnectWise => Results.Bytes(DataExport.ConnectWise(state.Cw), "application/json"),
            PsaKind.Autotask => Results.Bytes(DataExport.Autotask(state.At), "application/json"),
            _ => Results.NotFound(),
        });
        sim.MapGet("/{psa}/tickets", (SimulatorState state, string psa, int? skip, int? take, bool? open) =>
            Parse(psa) is { } kind ? Json(AdminTickets.List(state, kind, skip ?? 0, take ?? 50, open ?? false)) : Results.NotFound());
        sim.MapGet("/{psa}/tickets/{id:int}", (SimulatorState state, string psa, int id) =>
            Parse(psa) is { } kind ? Result(AdminTickets.Get(state, kind, id)) : Results.NotFound());
        sim.MapPatch("/{psa}/tickets/{id:int}", async (HttpRequest request, SimulatorState state, string psa, int id) =>
        {
            var change = await request.ReadFromJsonAsync<TicketChange>(AdminJson.Options);
            return Parse(psa) is { } kind && change is not null ? Result(new SimulatorControl(state).ChangeTicket(kind, id, change)) : Results.NotFound();
        });
        sim.MapPost("/{psa}/tickets/{id:int}/notes", async (HttpRequest request, SimulatorState state, string psa, int id) =>
        {
            var note = await request.ReadFromJsonAsync<NoteRequest>(AdminJson.Options);
            return Parse(psa) is { } kind && note is not null ? Result(new SimulatorControl(state).AddNote(kind, id, note)) : Results.NotFound();
        });
        sim.MapDelete("/{psa}/{entity}/{id:int}", (SimulatorState state, string psa, string entity, int id) =>
            Parse(psa) is { } kind ? Result(new SimulatorControl(state).Delete(kind, entity, id)) : Results.NotFound());
        sim.MapPatch("/{psa}/{entity}/{id:int}", async (HttpRequest request, SimulatorState state, string psa, string entity, int id) =>
        {
            var fields = await request.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>(AdminJson.Options);
            return Parse(psa) is { } kind && fields is not null ? Result(new SimulatorControl(state).Update(kind, entity, id, fields)) : Results.NotFound();
        });
        sim.MapPost("/{psa}/bulk-changes", (SimulatorState state, string psa, int? count, int? seed) =>
            Parse(psa) is { } kind ? Result(new SimulatorControl(state).BulkChanges(kind, count ?? 10, seed)) : Results.NotFound());
    }

    private static object Info(SimulatorState state)
    {
        var o = state.Options;
        return new
        {
            baseUrl = state.BaseUrl, seed = o.Seed, anchor = state.Anchor, seedSeconds = state.SeedDuration.TotalSeconds,
            connectWise = new
            {
                apiUrl = $"{state.BaseUrl}/v4_6_release/apis/3.0/", companyId = o.ConnectWiseCompanyId, publicKey = o.ConnectWisePublicKey,
                privateKey = o.ConnectWisePrivateKey, clientId = "any GUID", tickets = state.Cw.Tickets.Count, members = state.Cw.Members.Count,
                boards = state.Cw.Boards.All.Select(b => new { b.Id, b.Name }),
            },
            autotask = new
            {
                apiUrl = $"{state.BaseUrl}/ATServicesRest/V1.0/", integrationCode = o.AutotaskIntegrationCode, userName = o.AutotaskUserName,
                secret = o.AutotaskSecret, apiResourceId = state.At.ApiResourceId, tickets = state.At.Tickets.Count,
                resources = state.At.Resources.Count, queues = state.At.Queues.Select(q => new { q.Id, q.Label }),
            },
            hourlyRequests = state.AtLimits.CurrentCount,
        };
    }

    private static PsaKind? Parse(string psa) =>
        psa.ToLowerInvariant() switch
        {
            "cw" or "connectwise" => PsaKind.ConnectWise,
            "at" or "autotask" => PsaKind.Autotask,
            _ => null,
        };

    private static IResult Json(object? value, int status = 200) => Results.Json(value, AdminJson.Options, statusCode: status);

    private static IResult Result(AdminResult result) =>
        result.Body is null ? Results.StatusCode(result.Status) : Results.Json(result.Body, AdminJson.Options, statusCode: result.Status);
}
