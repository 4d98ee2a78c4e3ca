using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Integrations.Psa;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Realtime;

/// <summary>
/// Drains stored callbacks/webhooks (FOR UPDATE SKIP LOCKED, so Host instances share the queue). The
/// payload is only a hint: the record is fetched again and written only if its stamp is not older than
/// ours, so duplicates, replays and out-of-order deliveries cannot move data backwards.
/// </summary>
internal sealed partial class NotificationWorker(IServiceScopeFactory scopes, NotificationSignal signal, TimeProvider time, ILogger<NotificationWorker> logger)
    : BackgroundService
{
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DrainAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDrainFailed(logger, ex);
            }

            if (claimed < BatchSize)
            {
                await signal.Signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    internal async Task<int> DrainAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.Notifications.FromSql(
                $"""
                 SELECT * FROM integrations.inbound_notifications
                 WHERE "ProcessedAt" IS NULL AND "NextAttemptAt" <= {time.GetUtcNow()}
                 ORDER BY "ReceivedAt" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                 """)
            .ToListAsync(ct);

        foreach (var notification in due)
        {
            try
            {
                await ProcessAsync(notification, ct);
                notification.ProcessedAt = time.GetUtcNow();
                notification.Error = null;
            }
            catch (Exception ex) when (ex is PsaApiException or HttpRequestException or TaskCanceledException or DbUpdateException && !ct.IsCancellationRequested)
            {
                notification.Attempts++;
                notification.Error = ex.Message;
                notification.NextAttemptAt = time.GetUtcNow().AddSeconds(Math.Min(300, Math.Pow(2, notification.Attempts)));
                if (notification.Attempts >= 12)
                {
                    // The reconciliation repairs anything a given-up hint would have fixed.
                    notification.ProcessedAt = time.GetUtcNow();
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private async Task ProcessAsync(InboundNotification notification, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(notification.TenantId, "");
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct);
        if (connection is null)
        {
            return;
        }

        var adapter = await scope.ServiceProvider.GetRequiredService<PsaAdapterFactory>().CreateAsync(connection, db, null, ct);
        var store = new LocalStore(db);
        var now = time.GetUtcNow();
        var visible = (await db.Boards.Select(b => b.PsaId).ToListAsync(ct)).ToHashSet();
        switch (notification.EntityType)
        {
            case "ticket" or "Ticket":
                var kinds = new[] { WorkItemKind.Ticket, WorkItemKind.ProjectTicket };
                if (notification.Action is "deleted" or "Delete")
                {
                    foreach (var kind in kinds)
                    {
                        await store.DeleteWorkItemAsync(new WorkItemRef(kind, notification.EntityId), "deleted", ct);
                    }

                    break;
                }

                var fetched = await adapter.FetchWorkItemAsync(new WorkItemRef(WorkItemKind.Ticket, notification.EntityId), ct);
                if (fetched is null)
                {
                    foreach (var kind in kinds)
                    {
                        await store.DeleteWorkItemAsync(new WorkItemRef(kind, notification.EntityId), "deleted", ct);
                    }

                    break;
                }

                await store.UpsertWorkItemsAsync([fetched], now, connection.KeepClosedTickets, visible, publish: true, "callback", ct);
                if (adapter.Kind == PsaKind.ConnectWise && (!fetched.IsClosed || connection.KeepClosedTickets))
                {
                    // ConnectWise has no note callback: a note bumps its ticket, so re-read the ticket's notes.
                    await foreach (var page in adapter.ReadNotesAsync([fetched.Ref], null, ct))
                    {
                        await store.UpsertNotesAsync(page, now, ct);
                    }
                }

                break;
            case "TicketNote":
                // Autotask: the note's ticket is re-read with its notes.
                await foreach (var page in adapter.ReadNotesAsync([], time.GetUtcNow().AddMinutes(-10), ct))
                {
                    await store.UpsertNotesAsync(page.Where(n => n.PsaId == notification.EntityId).ToList(), now, ct);
                }

                break;
            case "project":
                var project = await adapter.FetchWorkItemAsync(new WorkItemRef(WorkItemKind.Project, notification.EntityId), ct);
                if (project is null)
                {
                    await store.DeleteWorkItemAsync(new WorkItemRef(WorkItemKind.Project, notification.EntityId), "deleted", ct);
                }
                else
                {
                    await store.UpsertWorkItemsAsync([project], now, connection.KeepClosedTickets, visible, publish: true, "callback", ct);
                }

                break;
            default:
                // Companies, contacts, members, time: the reference sync (30 min) and incremental sync carry them.
                break;
        }

        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(LogLevel.Error, "Draining PSA notifications failed")]
    private static partial void LogDrainFailed(ILogger logger, Exception ex);
}
