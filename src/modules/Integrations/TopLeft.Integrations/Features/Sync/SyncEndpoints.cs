using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Psa;
using TopLeft.Shared.Security;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Sync;

internal sealed record StartSyncRequest(string Type);

internal sealed record SyncRunResponse(
    Guid Id, string Type, string Trigger, string State, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int Items, int Errors, int Progress,
    string? Step, int Requests, string? Log);

internal sealed record SyncStatusResponse(IReadOnlyList<SyncRunResponse> Runs, int RequestsLastHour, int? BudgetUsed, int? BudgetLimit, int PendingWriteBacks, int FailedWriteBacks);

internal static class SyncEndpoints
{
    public static void MapSync(this RouteGroupBuilder group)
    {
        var admin = group.MapGroup("/sync").RequireAuthorization(Policies.Admin);
        admin.MapPost("", async Task<Results<Accepted<SyncRunResponse>, ValidationProblem>> (
            StartSyncRequest request, SyncEngine engine, SyncScheduler scheduler, ITenantContext tenant, CancellationToken ct) =>
        {
            if (!Enum.TryParse<SyncType>(request.Type, ignoreCase: true, out var type))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = ["Use full, incremental, reference, notes or reconcile."] });
            }

            var run = await engine.CreateRunAsync(type, "manual", ct);
            await scheduler.RunNowAsync(tenant.TenantId, type, run.Id, ct);
            return TypedResults.Accepted($"/api/integrations/sync/{run.Id}", ToResponse(run));
        }).WithName("StartSync");
        admin.MapGet("", async (IntegrationsDbContext db, PsaTraffic traffic, PsaAdapterFactory adapters, ITenantContext tenant, CancellationToken ct) =>
            TypedResults.Ok(await StatusAsync(db, traffic, adapters, tenant, ct))).WithName("GetSyncStatus");
    }

    internal static async Task<SyncStatusResponse> StatusAsync(IntegrationsDbContext db, PsaTraffic traffic, PsaAdapterFactory adapters, ITenantContext tenant, CancellationToken ct)
    {
        var runs = await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(30).ToListAsync(ct);
        RequestBudget? budget = null;
        if (await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct) is { } connection)
        {
            try
            {
                budget = await (await adapters.CreateAsync(connection, db, null, ct)).ReadBudgetAsync(ct);
            }
            catch (Exception ex) when (ex is PsaApiException or HttpRequestException)
            {
                budget = null;
            }
        }

        return new SyncStatusResponse(runs.Select(ToResponse).ToList(), await traffic.CountLastHourAsync(tenant.TenantId, ct), budget?.Used, budget?.Limit,
            await db.WriteBacks.CountAsync(w => w.State == Contracts.WriteBackState.Pending, ct),
            await db.WriteBacks.CountAsync(w => w.State == Contracts.WriteBackState.Failed, ct));
    }

    private static SyncRunResponse ToResponse(SyncRun r) => new(
        r.Id, r.Type.ToString().ToLowerInvariant(), r.Trigger, r.State.ToString().ToLowerInvariant(), r.StartedAt, r.FinishedAt, r.Items, r.Errors,
        r.Progress, r.Step, r.Requests, r.Log);
}
