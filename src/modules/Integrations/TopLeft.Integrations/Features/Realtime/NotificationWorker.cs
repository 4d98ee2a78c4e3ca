using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
/// ours, so duplicates, replays and out-of-order deliveries cannot move data backwards. Records are worked
/// on in parallel; all notifications of one record in a batch become one fetch, and the next batch is
/// claimed only when this one is done, so one record is never worked on twice at once in this process.
/// </summary>
internal sealed class NotificationWorker(
    IServiceScopeFactory scopes, NotificationSignal signal, TimeProvider time, IOptions<SyncOptions> options, ILogger<NotificationWorker> logger)
    : QueueWorker(signal, BatchSize, logger)
{
    private const int BatchSize = 200;

    internal override async Task<int> DrainAsync(CancellationToken ct)
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

        // One connection, adapter and board list per tenant and batch (the adapter caches what it looked up).
        var tenants = new ConcurrentDictionary<Guid, Lazy<Task<TenantSession?>>>();
        var records = due.GroupBy(n => (n.TenantId, Type: n.EntityType.ToLowerInvariant(), n.EntityId)).Select(g => g.ToList());
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.NotificationParallelism), CancellationToken = ct };
        await Parallel.ForEachAsync(records, parallel, async (notifications, token) =>
        {
            try
            {
                var tenantId = notifications[0].TenantId;
                if (await tenants.GetOrAdd(tenantId, id => new(() => OpenAsync(id, token))).Value is { } session)
                {
                    await ProcessAsync(session, notifications, token);
                }

                foreach (var notification in notifications)
                {
                    notification.ProcessedAt = time.GetUtcNow();
                    notification.Error = null;
                }
            }
            catch (Exception ex) when (ex is PsaApiException or HttpRequestException or TaskCanceledException or DbUpdateException && !token.IsCancellationRequested)
            {
                foreach (var notification in notifications)
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
        });

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private async Task<TenantSession?> OpenAsync(Guid tenantId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, "");
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct);
        if (connection is null)
        {
            return null;
        }

        var adapter = await scope.ServiceProvider.GetRequiredService<PsaAdapterFactory>().CreateAsync(connection, db, null, ct);
        var visible = (await db.Boards.Select(b => b.PsaId).ToListAsync(ct)).ToHashSet();
        return new TenantSession(connection, adapter, visible);
    }

    /// <summary>Brings one record up to date for all of its notifications in this batch.</summary>
    private async Task ProcessAsync(TenantSession session, IReadOnlyList<InboundNotification> notifications, CancellationToken ct)
    {
        var (connection, adapter, visible) = session;
        var first = notifications[0];
        var deleted = notifications.Any(n => n.Action is "deleted" or "Delete");
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(first.TenantId, "");
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var store = new LocalStore(db);

        // Stamps are taken when the PSA answered, not when the work began (a reconcile may have started since).
        switch (first.EntityType)
        {
            case "ticket" or "Ticket":
                var kinds = new[] { WorkItemKind.Ticket, WorkItemKind.ProjectTicket };
                var fetched = deleted ? null : await adapter.FetchWorkItemAsync(new WorkItemRef(WorkItemKind.Ticket, first.EntityId), ct);
                if (fetched is null)
                {
                    foreach (var kind in kinds)
                    {
                        await store.DeleteWorkItemAsync(new WorkItemRef(kind, first.EntityId), "deleted", ct);
                    }

                    break;
                }

                await store.UpsertWorkItemsAsync([fetched], time.GetUtcNow(), connection.KeepClosedTickets, visible, publish: true, "callback", ct);
                if (adapter.Kind == PsaKind.ConnectWise && (!fetched.IsClosed || connection.KeepClosedTickets))
                {
                    // ConnectWise has no note callback: a note bumps its ticket, so re-read the ticket's notes.
                    await foreach (var page in adapter.ReadNotesAsync([fetched.Ref], null, ct))
                    {
                        await store.UpsertNotesAsync(page, time.GetUtcNow(), ct);
                    }
                }

                break;
            case "TicketNote":
                // Autotask: the note's ticket is re-read with its notes.
                await foreach (var page in adapter.ReadNotesAsync([], time.GetUtcNow().AddMinutes(-10), ct))
                {
                    await store.UpsertNotesAsync(page.Where(n => n.PsaId == first.EntityId).ToList(), time.GetUtcNow(), ct);
                }

                break;
            case "project":
                var project = await adapter.FetchWorkItemAsync(new WorkItemRef(WorkItemKind.Project, first.EntityId), ct);
                if (project is null)
                {
                    await store.DeleteWorkItemAsync(new WorkItemRef(WorkItemKind.Project, first.EntityId), "deleted", ct);
                }
                else
                {
                    await store.UpsertWorkItemsAsync([project], time.GetUtcNow(), connection.KeepClosedTickets, visible, publish: true, "callback", ct);
                }

                break;
            case "company" or "Company":
                await store.UpsertCompanyAsync(first.EntityId, deleted ? null : await adapter.FetchCompanyAsync(first.EntityId, ct), time.GetUtcNow(), ct);
                break;
            case "contact" or "Contact":
                await store.UpsertContactAsync(first.EntityId, deleted ? null : await adapter.FetchContactAsync(first.EntityId, ct), time.GetUtcNow(), ct);
                break;
            case "member" or "Resource":
                await store.UpsertMemberAsync(first.EntityId, deleted ? null : await adapter.FetchMemberAsync(first.EntityId, ct), time.GetUtcNow(), ct);
                break;
            default:
                // Time and schedule entries: the incremental sync carries them (a time entry also bumps its ticket).
                break;
        }

        await db.SaveChangesAsync(ct);
    }

    private sealed record TenantSession(PsaConnection Connection, IPsaAdapter Adapter, ISet<int> VisibleBoards);
}
