using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TopLeft.Integrations.Domain;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Sync;

/// <summary>One Quartz job for every tenant and sync type; the trigger's data says which.</summary>
internal sealed class SyncJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("integrations-sync", "integrations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var tenantId = Guid.Parse(data.GetString("tenantId")!);
        var type = Enum.Parse<SyncType>(data.GetString("type")!);
        var runId = data.ContainsKey("runId") ? Guid.Parse(data.GetString("runId")!) : (Guid?)null;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, "");
        await scope.ServiceProvider.GetRequiredService<SyncEngine>().RunAsync(type, runId is null ? "schedule" : "manual", runId, cancellationToken);
    }
}
