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
using TopLeft.Shared.Data;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Realtime;

/// <summary>
/// Drains stored callbacks/webhooks (FOR UPDATE SKIP LOCKED, so Host instances share the queue). The
/// payload is only a hint: the record is fetched again and written only if its stamp is not older than
/// ours, so duplicates, replays and out-of-order deliveries cannot move data backwards. Per tenant, the
/// tickets (and projects) of a batch are fetched with one list request per <see cref="IdsPerFetch"/> ids;
/// other records one by one. Units of work run in parallel, every record is in exactly one unit, and the
/// next batch is claimed only when this one is done, so one record is never worked on twice at once here.
/// A unit that fails puts all of its notifications on backoff.
/// <para>
/// ConnectWise has no note callback, so a changed ticket's notes are re-read: not in the ticket's unit but as
/// follow-up rows (<see cref="NoteReads"/>) stored with the tickets and drained by a second instance of this worker
/// (<see cref="NotificationLane.NoteReads"/>) with fewer requests at once. A burst of callbacks then reaches boards
/// without waiting for a note read per ticket, and the notes catch up behind it: the note lane also yields while the
/// callback lane is busy (<see cref="CallbackLaneActivity"/>).
/// </para>
/// </summary>
internal sealed class NotificationWorker(
    NotificationLane lane, WorkerSignalHolder signal, NoteReadSignal noteReadSignal, CallbackLaneActivity callbacksActivity,
    IServiceScopeFactory scopes, TimeProvider time, IOptions<SyncOptions> options, ILogger<NotificationWorker> logger)
    : QueueWorker(signal, BatchSize, logger)
{
    private const int BatchSize = 200;

    // A failed list request costs the retry of every notification it covered, so a batch is split into a few requests.
    private const int IdsPerFetch = 100;

    /// <summary>The entity type of a follow-up row: re-read one ConnectWise ticket's notes (its kind in Action).</summary>
    internal const string NoteReads = "ticket-notes";

    // Each unit reads its tickets' notes one after another; units run in parallel.
    private const int NoteReadsPerUnit = 10;

    private static readonly WorkItemKind[] TicketKinds = [WorkItemKind.Ticket, WorkItemKind.ProjectTicket];

    // Note reads wait behind callbacks: half the requests at once, so a burst of callbacks keeps most of the machine.
    private int Parallelism => Math.Max(1, lane == NotificationLane.NoteReads ? options.Value.NotificationParallelism / 2 : options.Value.NotificationParallelism);

    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private DateTimeOffset nextPurge = DateTimeOffset.MinValue;

    internal override async Task<int> DrainAsync(CancellationToken ct)
    {
        if (lane == NotificationLane.NoteReads)
        {
            await callbacksActivity.YieldAsync(ct);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        if (lane == NotificationLane.Callbacks && time.GetUtcNow() >= nextPurge)
        {
            nextPurge = time.GetUtcNow() + PurgeEvery;
            await PurgeHandledAsync(db, time.GetUtcNow() - options.Value.NotificationRetention, ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await ClaimAsync(db, lane == NotificationLane.NoteReads, ct);
        if (lane == NotificationLane.Callbacks && due.Count > 0)
        {
            callbacksActivity.Busy();
        }

        // One connection, adapter and board list per tenant and batch (the adapter caches what it looked up).
        var tenants = new ConcurrentDictionary<Guid, Lazy<Task<TenantSession?>>>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Plan(due), parallel, async (unit, token) =>
        {
            try
            {
                if (await tenants.GetOrAdd(unit.TenantId, id => new(() => OpenAsync(id, token))).Value is { } session)
                {
                    await unit.RunAsync(session, token);
                }

                foreach (var notification in unit.Notifications)
                {
                    notification.ProcessedAt = time.GetUtcNow();
                    notification.Error = null;
                }
            }
            catch (Exception ex) when (ex is PsaApiException or HttpRequestException or TaskCanceledException or DbUpdateException && !token.IsCancellationRequested)
            {
                foreach (var notification in unit.Notifications)
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

    /// <summary>Deletes rows handled before <paramref name="handledBefore"/> (retention); unhandled rows stay.</summary>
    internal static Task<int> PurgeHandledAsync(IntegrationsDbContext db, DateTimeOffset handledBefore, CancellationToken ct) =>
        ProcessedRows.PurgeAsync(db.Database, "integrations.inbound_notifications", handledBefore, ct);

    /// <summary>Rows the callback lane still has to handle (the filter of its index, and of its claim).</summary>
    internal const string DueCallbacks = $"\"ProcessedAt\" IS NULL AND \"EntityType\" <> '{NoteReads}'";

    /// <summary>Rows the note-read lane still has to handle.</summary>
    internal const string DueNoteReads = $"\"ProcessedAt\" IS NULL AND \"EntityType\" = '{NoteReads}'";

    // Each lane's claim spells its predicate out (constants only), so the planner can use that lane's partial index.
    private const string ClaimDue = " AND \"NextAttemptAt\" <= {0} ORDER BY \"ReceivedAt\" LIMIT {1} FOR UPDATE SKIP LOCKED";
    internal const string ClaimCallbacks = "SELECT * FROM integrations.inbound_notifications WHERE " + DueCallbacks + ClaimDue;
    internal const string ClaimNoteReads = "SELECT * FROM integrations.inbound_notifications WHERE " + DueNoteReads + ClaimDue;

    private async Task<List<InboundNotification>> ClaimAsync(IntegrationsDbContext db, bool noteReads, CancellationToken ct) =>
        await db.Notifications.FromSqlRaw(noteReads ? ClaimNoteReads : ClaimCallbacks, time.GetUtcNow(), BatchSize).ToListAsync(ct);

    /// <summary>Splits a batch into units of work: tickets and projects in lists per tenant, Autotask notes per tenant, the rest per record.</summary>
    private IEnumerable<WorkUnit> Plan(IReadOnlyList<InboundNotification> due)
    {
        foreach (var tenant in due.GroupBy(n => n.TenantId))
        {
            var records = tenant.GroupBy(n => (Type: n.EntityType.ToLowerInvariant(), n.EntityId)).Select(g => g.ToList()).ToList();
            var tickets = records.Where(r => r[0].EntityType.Equals("ticket", StringComparison.OrdinalIgnoreCase)).ToList();
            var deleted = tickets.Where(r => r.Any(n => n.Action is "deleted" or "Delete")).ToList();
            if (deleted.Count > 0)
            {
                var ids = deleted.Select(r => r[0].EntityId).ToList();
                yield return new WorkUnit(tenant.Key, [.. deleted.SelectMany(r => r)], (s, ct) => DeleteTicketsAsync(s, ids, ct));
            }

            foreach (var chunk in tickets.Except(deleted).Chunk(IdsPerFetch))
            {
                var ids = chunk.Select(r => r[0].EntityId).ToList();
                yield return new WorkUnit(tenant.Key, [.. chunk.SelectMany(r => r)], (s, ct) => RefreshWorkItemsAsync(s, WorkItemKind.Ticket, ids, ct));
            }

            foreach (var chunk in records.Where(r => r[0].EntityType == "project").Chunk(IdsPerFetch))
            {
                var ids = chunk.Select(r => r[0].EntityId).ToList();
                yield return new WorkUnit(tenant.Key, [.. chunk.SelectMany(r => r)], (s, ct) => RefreshWorkItemsAsync(s, WorkItemKind.Project, ids, ct));
            }

            foreach (var chunk in records.Where(r => r[0].EntityType == NoteReads).Chunk(NoteReadsPerUnit))
            {
                var items = chunk.Select(r => new WorkItemRef(Enum.Parse<WorkItemKind>(r[0].Action), r[0].EntityId)).ToList();
                yield return new WorkUnit(tenant.Key, [.. chunk.SelectMany(r => r)], (s, ct) => RefreshConnectWiseNotesAsync(s, items, ct));
            }

            var notes = records.Where(r => r[0].EntityType == "TicketNote").ToList();
            if (notes.Count > 0)
            {
                var ids = notes.Select(r => r[0].EntityId).ToHashSet();
                yield return new WorkUnit(tenant.Key, [.. notes.SelectMany(r => r)], (s, ct) => RefreshTicketNotesAsync(s, ids, ct));
            }

            foreach (var record in records.Except(tickets).Where(r => r[0].EntityType is not ("project" or "TicketNote" or NoteReads)))
            {
                yield return new WorkUnit(tenant.Key, record, (s, ct) => RefreshRecordAsync(s, record, ct));
            }
        }
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

    /// <summary>
    /// Brings tickets or projects up to date with one list request per chunk of ids; an id the PSA did not return is gone
    /// (or no longer visible to us) and is deleted locally, as a single fetch answering 404 did.
    /// </summary>
    private async Task RefreshWorkItemsAsync(TenantSession session, WorkItemKind kind, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var (connection, adapter, visible) = session;
        var fetched = await adapter.FetchWorkItemsAsync(kind, ids, ct);

        // Stamps are taken when the PSA answered, not when the work began (a reconcile may have started since).
        var seenAt = time.GetUtcNow();
        await using var scope = OpenScope(session);
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var store = new LocalStore(db);
        var returned = fetched.Select(f => f.Ref.PsaId).ToHashSet();
        foreach (var gone in ids.Where(id => !returned.Contains(id)))
        {
            foreach (var goneKind in kind == WorkItemKind.Project ? [WorkItemKind.Project] : TicketKinds)
            {
                await store.DeleteWorkItemAsync(new WorkItemRef(goneKind, gone), "deleted", ct);
            }
        }

        await store.UpsertWorkItemsAsync(fetched, seenAt, connection.KeepClosedTickets, visible, publish: true, "callback", ct);
        await db.SaveChangesAsync(ct);
        if (adapter.Kind == PsaKind.ConnectWise && kind != WorkItemKind.Project)
        {
            // ConnectWise has no note callback: a note bumps its ticket, so its notes are re-read, as a follow-up committed
            // with the ticket (one per ticket version: a replayed callback adds none).
            var open = fetched.Where(f => !f.IsClosed || connection.KeepClosedTickets).ToList();
            await db.Database.ExecuteSqlAsync(
                $"""
                 INSERT INTO integrations.inbound_notifications
                     ("Id", "TenantId", "Psa", "DeliveryKey", "EntityType", "EntityId", "Action", "ReceivedAt", "Attempts", "NextAttemptAt")
                 SELECT u.id, {connection.TenantId}, {(int)PsaKind.ConnectWise}, u.key, {NoteReads}, u.entity, u.kind, {seenAt}, 0, {seenAt}
                 FROM unnest({open.Select(_ => Guid.CreateVersion7()).ToArray()}, {open.Select(f => $"notes:{f.Ref.Kind}:{f.Ref.PsaId}:{f.UpdatedAt?.UtcTicks}").ToArray()},
                             {open.Select(f => f.Ref.PsaId).ToArray()}, {open.Select(f => f.Ref.Kind.ToString()).ToArray()}) AS u(id, key, entity, kind)
                 ON CONFLICT ("TenantId", "DeliveryKey") DO NOTHING
                 """, ct);
        }

        await transaction.CommitAsync(ct);
        noteReadSignal.Signal.Notify();
    }

    /// <summary>Re-reads the notes of some ConnectWise tickets (one request each: there is no notes endpoint across tickets).</summary>
    private async Task RefreshConnectWiseNotesAsync(TenantSession session, IReadOnlyList<WorkItemRef> items, CancellationToken ct)
    {
        var notes = new List<NoteData>();
        await foreach (var page in session.Adapter.ReadNotesAsync(items, null, ct))
        {
            notes.AddRange(page);
        }

        var seenAt = time.GetUtcNow();
        await using var scope = OpenScope(session);
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        await new LocalStore(db).UpsertNotesAsync(notes, seenAt, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task DeleteTicketsAsync(TenantSession session, IReadOnlyList<int> ids, CancellationToken ct)
    {
        await using var scope = OpenScope(session);
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var store = new LocalStore(db);
        foreach (var id in ids)
        {
            foreach (var kind in TicketKinds)
            {
                await store.DeleteWorkItemAsync(new WorkItemRef(kind, id), "deleted", ct);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Autotask: one read of the notes changed in the last minutes serves every note webhook of the batch.</summary>
    private async Task RefreshTicketNotesAsync(TenantSession session, IReadOnlySet<int> noteIds, CancellationToken ct)
    {
        await using var scope = OpenScope(session);
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var store = new LocalStore(db);
        await foreach (var page in session.Adapter.ReadNotesAsync([], time.GetUtcNow().AddMinutes(-10), ct))
        {
            await store.UpsertNotesAsync([.. page.Where(n => n.WorkItem.Kind == WorkItemKind.Ticket && noteIds.Contains(n.PsaId))], time.GetUtcNow(), ct);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Brings one company, contact or member up to date for all of its notifications in this batch.</summary>
    private async Task RefreshRecordAsync(TenantSession session, IReadOnlyList<InboundNotification> notifications, CancellationToken ct)
    {
        var adapter = session.Adapter;
        var first = notifications[0];
        var deleted = notifications.Any(n => n.Action is "deleted" or "Delete");
        await using var scope = OpenScope(session);
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var store = new LocalStore(db);
        switch (first.EntityType)
        {
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

    private AsyncServiceScope OpenScope(TenantSession session)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(session.Connection.TenantId, "");
        return scope;
    }

    private sealed record TenantSession(PsaConnection Connection, IPsaAdapter Adapter, ISet<int> VisibleBoards);

    /// <summary>Notifications handled together: all are marked processed, or all go on backoff, with their unit.</summary>
    private sealed record WorkUnit(Guid TenantId, IReadOnlyList<InboundNotification> Notifications, Func<TenantSession, CancellationToken, Task> RunAsync);
}

/// <summary>Which rows a <see cref="NotificationWorker"/> drains: the PSA's callbacks and webhooks, or the note reads they left.</summary>
internal enum NotificationLane
{
    Callbacks,
    NoteReads,
}
