using Microsoft.Extensions.Options;
using Quartz;
using TopLeft.Integrations.Domain;

namespace TopLeft.Integrations.Features.Sync;

/// <summary>Creates a tenant's triggers (incremental, reference, notes, nightly reconcile) and fires manual runs.</summary>
internal sealed class SyncScheduler(ISchedulerFactory schedulers, IOptions<SyncOptions> options)
{
    public async Task ScheduleTenantAsync(Guid tenantId, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var triggers = new[]
        {
            Interval(tenantId, SyncType.Incremental, o.Incremental),
            Interval(tenantId, SyncType.Reference, o.Reference),
            Interval(tenantId, SyncType.Notes, o.Notes),
            TriggerBuilder.Create().WithIdentity(Name(tenantId, SyncType.Reconcile), "integrations").ForJob(SyncJob.Key)
                .UsingJobData("tenantId", tenantId.ToString()).UsingJobData("type", nameof(SyncType.Reconcile))
                .WithCronSchedule(o.ReconcileCron, c => c.InTimeZone(TimeZoneInfo.Utc)).Build(),
        };
        foreach (var trigger in triggers)
        {
            await scheduler.UnscheduleJob(trigger.Key, ct);
            await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), ct);
        }
    }

    /// <summary>Runs a sync now on whichever Host instance the clustered scheduler picks.</summary>
    public async Task RunNowAsync(Guid tenantId, SyncType type, Guid runId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var data = new JobDataMap { ["tenantId"] = tenantId.ToString(), ["type"] = type.ToString(), ["runId"] = runId.ToString() };
        await scheduler.TriggerJob(SyncJob.Key, data, ct);
    }

    private static ITrigger Interval(Guid tenantId, SyncType type, TimeSpan every) =>
        TriggerBuilder.Create().WithIdentity(Name(tenantId, type), "integrations").ForJob(SyncJob.Key)
            .UsingJobData("tenantId", tenantId.ToString()).UsingJobData("type", type.ToString())
            .StartAt(DateTimeOffset.UtcNow.Add(every))
            .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever()).Build();

    private static string Name(Guid tenantId, SyncType type) => $"{tenantId}-{type}".ToLowerInvariant();
}
