using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Psa;
using TopLeft.Shared.Data;

namespace TopLeft.Integrations.Features.Sync;

/// <summary>
/// Runs one sync of the current tenant. Full and reconcile runs read everything and treat what they did
/// not see as deleted; incremental runs read what changed since the cursor (minus an overlap); reference
/// runs refresh members, companies, contacts, boards, statuses and priorities with delete detection;
/// notes runs re-read notes. One run per tenant at a time (a PostgreSQL advisory lock).
/// </summary>
internal sealed partial class SyncEngine(
    IntegrationsDbContext db, PsaAdapterFactory adapters, TimeProvider time, IOptions<SyncOptions> options, ILogger<SyncEngine> logger)
{
    private readonly StringBuilder log = new();

    /// <summary>Creates the run row (so a page can follow it at once) without running it.</summary>
    public async Task<SyncRun> CreateRunAsync(SyncType type, string trigger, CancellationToken ct)
    {
        var run = new SyncRun { Type = type, Trigger = trigger, StartedAt = time.GetUtcNow(), Step = "queued" };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public async Task<SyncRun> RunAsync(SyncType type, string trigger, Guid? runId = null, CancellationToken ct = default)
    {
        var run = runId is { } id ? await db.SyncRuns.FirstAsync(r => r.Id == id, ct) : await CreateRunAsync(type, trigger, ct);
        var connection = await db.Connections.FirstOrDefaultAsync(ct);
        if (connection is null)
        {
            return await FinishAsync(run, null, "No PSA is connected.", ct);
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock(hashtext({"integrations-sync-" + connection.TenantId}))", ct);
            run.StartedAt = time.GetUtcNow();
            await StepAsync(run, "connecting", 1, ct);
            var adapter = await adapters.CreateAsync(connection, db, null, ct);
            try
            {
                await ExecuteAsync(run, connection, adapter, ct);
                return await FinishAsync(run, adapter, null, ct);
            }
            catch (Exception ex) when (ex is PsaApiException or HttpRequestException or TaskCanceledException or DbUpdateException && !ct.IsCancellationRequested)
            {
                LogSyncFailed(logger, ex, run.Type, connection.TenantId);
                return await FinishAsync(run, adapter, ex.Message, ct);
            }
        }
        finally
        {
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtext({"integrations-sync-" + connection.TenantId}))", CancellationToken.None);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // Pooled connections are not reset on close: never hand a connection that may still hold the lock to anyone.
                NpgsqlConnection.ClearPool((NpgsqlConnection)db.Database.GetDbConnection());
                throw;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private async Task ExecuteAsync(SyncRun run, PsaConnection connection, IPsaAdapter adapter, CancellationToken ct)
    {
        var store = new LocalStore(db);
        var seenAt = run.StartedAt;
        var complete = run.Type is SyncType.Full or SyncType.Reconcile;
        var initial = connection.LastFullSyncAt is null;

        if (complete || run.Type == SyncType.Reference)
        {
            await StepAsync(run, "members, companies, contacts, boards, statuses, priorities", 5, ct);
            var reference = await adapter.ReadReferenceAsync(ct);
            run.Items += await store.UpsertReferenceAsync(reference, seenAt, detectDeletes: true, ct);
            await SaveAsync(ct);
            Log($"reference data: {reference.Members.Count} members, {reference.Companies.Count} companies, {reference.Contacts.Count} contacts, {reference.Boards.Count} boards");
            if (run.Type == SyncType.Reference)
            {
                return;
            }
        }

        var visibleBoards = (await db.Boards.Select(b => b.PsaId).ToListAsync(ct)).ToHashSet();
        var changed = new List<WorkItemRef>();
        var read = new HashSet<WorkItemRef>();
        DateTimeOffset? cursor = null;
        if (run.Type != SyncType.Notes)
        {
            DateTimeOffset? since = run.Type == SyncType.Incremental ? (connection.IncrementalCursor ?? connection.LastFullSyncAt)?.Subtract(options.Value.Overlap) : null;
            await StepAsync(run, since is null ? "work items" : "changed work items", 15, ct);
            var pages = 0;
            await foreach (var page in adapter.ReadWorkItemsAsync(since, connection.KeepClosedTickets, ct))
            {
                run.Items += await WithRetryAsync(() => store.UpsertWorkItemsAsync(page, seenAt, connection.KeepClosedTickets, visibleBoards,
                    publish: !initial, source: "sync", ct), ct);
                changed.AddRange(page.Where(p => !p.IsClosed || connection.KeepClosedTickets).Select(p => p.Ref));
                read.UnionWith(page.Select(p => p.Ref));
                cursor = Max(cursor, page.Max(p => p.UpdatedAt));
                pages++;
                await StepAsync(run, $"work items: {changed.Count} read", Math.Min(75, 15 + (pages * 3)), ct);
            }

            if (complete)
            {
                // Anything a complete read did not return was deleted, closed or hidden in the PSA meanwhile.
                // What this read returned decides, not SeenAt alone: a callback or write-back that began before
                // this run can save after our page and stamp the row with its own, earlier time.
                var gone = (await db.WorkItems.Where(w => w.SeenAt < seenAt).Select(w => new { w.Kind, w.PsaId }).ToListAsync(ct))
                    .Select(w => new WorkItemRef(w.Kind, w.PsaId)).Where(w => !read.Contains(w)).ToList();
                foreach (var item in gone)
                {
                    await store.DeleteWorkItemAsync(item, "deleted", ct);
                }

                await SaveAsync(ct);
                Log($"work items: {changed.Count} read, {gone.Count} removed");
            }
            else
            {
                Log($"work items: {changed.Count} changed");
            }
        }

        if (run.Type == SyncType.Notes || run.Type == SyncType.Incremental || (complete && options.Value.NotesInFullSync))
        {
            await StepAsync(run, "notes", 80, ct);
            IReadOnlyCollection<WorkItemRef> items = run.Type == SyncType.Incremental ? changed
                : await db.WorkItems.Where(w => w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket)
                    .Select(w => new WorkItemRef(w.Kind, w.PsaId)).ToListAsync(ct);
            DateTimeOffset? notesSince = run.Type == SyncType.Incremental && adapter.Kind == PsaKind.Autotask
                ? (connection.IncrementalCursor ?? connection.LastFullSyncAt)?.Subtract(options.Value.Overlap) : null;
            var notes = 0;
            var readNotes = new HashSet<(WorkItemKind, int)>();
            await foreach (var page in adapter.ReadNotesAsync(items, notesSince, ct))
            {
                notes += await WithRetryAsync(() => store.UpsertNotesAsync(page, seenAt, ct), ct);
                readNotes.UnionWith(page.Select(n => (n.WorkItem.Kind, n.PsaId)));
            }

            if (run.Type != SyncType.Incremental)
            {
                var stale = (await db.Notes.Where(n => n.SeenAt < seenAt).Select(n => new { n.WorkItemKind, n.PsaId }).ToListAsync(ct))
                    .Where(n => !readNotes.Contains((n.WorkItemKind, n.PsaId)));
                foreach (var kind in stale.GroupBy(n => n.WorkItemKind))
                {
                    var ids = kind.Select(n => n.PsaId).ToList();
                    await db.Notes.Where(n => n.WorkItemKind == kind.Key && ids.Contains(n.PsaId)).ExecuteDeleteAsync(ct);
                }
            }

            run.Items += notes;
            Log($"notes: {notes}");
        }

        if (run.Type != SyncType.Notes)
        {
            await StepAsync(run, "time entries", 92, ct);
            DateTimeOffset? since = run.Type == SyncType.Incremental ? (connection.IncrementalCursor ?? connection.LastFullSyncAt)?.Subtract(options.Value.Overlap) : null;
            var entries = 0;
            var readEntries = new HashSet<int>();
            await foreach (var page in adapter.ReadTimeEntriesAsync(since, ct))
            {
                entries += await WithRetryAsync(() => store.UpsertTimeEntriesAsync(page, seenAt, ct), ct);
                readEntries.UnionWith(page.Select(t => t.PsaId));
            }

            if (complete)
            {
                var stale = (await db.TimeEntries.Where(t => t.SeenAt < seenAt).Select(t => t.PsaId).ToListAsync(ct))
                    .Where(id => !readEntries.Contains(id)).ToList();
                await db.TimeEntries.Where(t => stale.Contains(t.PsaId)).ExecuteDeleteAsync(ct);
            }

            run.Items += entries;
            Log($"time entries: {entries}");
        }

        // The cursor follows the PSA's own clock (the newest stamp seen), never ours.
        if (cursor is not null || complete)
        {
            connection.IncrementalCursor = Max(connection.IncrementalCursor, cursor) ?? seenAt;
        }

        if (complete)
        {
            connection.LastFullSyncAt = time.GetUtcNow();
        }
    }

    private async Task<int> WithRetryAsync(Func<Task<int>> write, CancellationToken ct)
    {
        // A callback may insert the same record between our read and our insert: retry the page once.
        try
        {
            var written = await write();
            await SaveAsync(ct);
            return written;
        }
        catch (DbUpdateException)
        {
            DetachData();
            var written = await write();
            await SaveAsync(ct);
            return written;
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        DetachData();
    }

    private void DetachData()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is not SyncRun and not PsaConnection).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }

    private async Task StepAsync(SyncRun run, string step, int progress, CancellationToken ct)
    {
        run.Step = step;
        run.Progress = progress;
        await db.SaveChangesAsync(ct);
    }

    private async Task<SyncRun> FinishAsync(SyncRun run, IPsaAdapter? adapter, string? error, CancellationToken ct)
    {
        DetachData();
        run.FinishedAt = time.GetUtcNow();
        run.Requests = adapter?.Requests ?? 0;
        run.State = error is null ? SyncRunState.Succeeded : SyncRunState.Failed;
        run.Errors += error is null ? 0 : 1;
        run.Progress = 100;
        run.Step = error is null ? "finished" : "failed";
        if (error is not null)
        {
            Log("error: " + error);
        }

        run.Log = ((run.Log ?? "") + log).Trim();
        db.Publish(new SyncCompleted(run.Id, run.Type.ToString().ToLowerInvariant(), run.Items, run.Errors));
        await db.SaveChangesAsync(ct);
        return run;
    }

    private void Log(string line) => log.AppendLine($"{time.GetUtcNow():HH:mm:ss} {line}");

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    [LoggerMessage(LogLevel.Warning, "{Type} sync of tenant {TenantId} failed")]
    private static partial void LogSyncFailed(ILogger logger, Exception ex, SyncType type, Guid tenantId);
}
