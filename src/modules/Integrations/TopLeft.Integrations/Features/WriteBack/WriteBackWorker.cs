using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Integrations.Psa;
using TopLeft.Shared.Data;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.WriteBack;

/// <summary>
/// Carries pending write-backs to the PSA. A transient failure (429, 5xx, timeout) schedules a retry with
/// exponential backoff; a refusal reverts the local change and publishes <see cref="WriteBackFailed"/>.
/// Creates (notes, time) look for their own earlier attempt first, so a lost answer never duplicates them.
/// </summary>
internal sealed partial class WriteBackWorker(
    IServiceScopeFactory scopes, WriteBackSignal signal, TimeProvider time, IOptions<SyncOptions> options, ILogger<WriteBackWorker> logger)
    : QueueWorker(signal, BatchSize, logger)
{
    private const int BatchSize = 10;

    internal override async Task<int> DrainAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.WriteBacks.FromSql(
                $"""
                 SELECT * FROM integrations.write_backs
                 WHERE "State" = 1 AND "NextAttemptAt" <= {time.GetUtcNow()}
                 ORDER BY "CreatedAt" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                 """)
            .IgnoreQueryFilters()
            .ToListAsync(ct);

        foreach (var writeBack in due)
        {
            await ProcessAsync(writeBack, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private async Task ProcessAsync(Domain.WriteBack writeBack, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(writeBack.TenantId, "");
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct);
        var item = new WorkItemRef(writeBack.WorkItemKind, writeBack.WorkItemPsaId);
        writeBack.Attempts++;
        try
        {
            if (connection is null)
            {
                throw new PsaApiException(System.Net.HttpStatusCode.PreconditionFailed, "No PSA is connected.", isRefusal: true);
            }

            var adapter = await scope.ServiceProvider.GetRequiredService<PsaAdapterFactory>().CreateAsync(connection, db, writeBack.ActingMemberPsaId, ct);
            var payload = JsonSerializer.Deserialize<WriteBackPayload>(writeBack.Payload)!;
            var store = new LocalStore(db);
            var visible = (await db.Boards.Select(b => b.PsaId).ToListAsync(ct)).ToHashSet();
            // Stamps are taken when the PSA answered (arguments are evaluated after the awaited call).
            switch (writeBack.Kind)
            {
                case WriteBackKind.Status:
                    await store.UpsertWorkItemsAsync([await adapter.SetStatusAsync(item, payload.StatusPsaId!.Value, ct)], time.GetUtcNow(), connection.KeepClosedTickets, visible, true, "write-back", ct);
                    break;
                case WriteBackKind.Priority:
                    await store.UpsertWorkItemsAsync([await adapter.SetPriorityAsync(item, payload.PriorityPsaId!.Value, ct)], time.GetUtcNow(), connection.KeepClosedTickets, visible, true, "write-back", ct);
                    break;
                case WriteBackKind.ClientResponded:
                    await store.UpsertWorkItemsAsync([await adapter.SetClientRespondedAsync(item, ct)], time.GetUtcNow(), connection.KeepClosedTickets, visible, true, "write-back", ct);
                    break;
                case WriteBackKind.Assignment:
                    await store.UpsertWorkItemsAsync([await adapter.SetAssigneesAsync(item, payload.AssigneePsaIds!, ct)], time.GetUtcNow(), connection.KeepClosedTickets, visible, true, "write-back", ct);
                    break;
                case WriteBackKind.Note:
                    var note = (writeBack.Attempts > 1 ? await adapter.FindNoteAsync(item, payload.Text!, writeBack.CreatedAt, ct) : null)
                        ?? await adapter.AddNoteAsync(item, payload.Text!, payload.IsInternal, writeBack.ActingMemberPsaId, payload.ContactPsaId, ct);
                    await store.UpsertNotesAsync([note], time.GetUtcNow(), ct);
                    writeBack.CreatedPsaId = note.PsaId;
                    break;
                case WriteBackKind.TimeEntry:
                    var entry = (writeBack.Attempts > 1 ? await adapter.FindTimeEntryAsync(item, payload.MemberPsaId!.Value, payload.Start!.Value, ct) : null)
                        ?? await adapter.AddTimeEntryAsync(item, payload.MemberPsaId!.Value, payload.Start!.Value, payload.Hours!.Value, payload.Text ?? "", ct);
                    await store.UpsertTimeEntriesAsync([entry], time.GetUtcNow(), ct);
                    writeBack.CreatedPsaId = entry.PsaId;
                    break;
            }

            writeBack.State = WriteBackState.Succeeded;
            writeBack.CompletedAt = time.GetUtcNow();
            writeBack.Error = null;
            db.Publish(new WriteBackSucceeded(writeBack.Id, writeBack.Kind, item, writeBack.CreatedPsaId));
            await db.SaveChangesAsync(ct);
        }
        catch (PsaApiException ex) when (ex.IsRefusal)
        {
            db.ChangeTracker.Clear();
            writeBack.State = WriteBackState.Failed;
            writeBack.CompletedAt = time.GetUtcNow();
            writeBack.Error = ex.Message;
            await RevertAsync(db, writeBack, item, ct);
            db.Publish(new WriteBackFailed(writeBack.Id, writeBack.Kind, item, writeBack.ActingMemberPsaId, ex.Message));
            await db.SaveChangesAsync(ct);
            LogRefused(logger, writeBack.Kind, item.PsaId, ex.Message);
        }
        catch (Exception ex) when (ex is PsaApiException or HttpRequestException or TaskCanceledException or InvalidOperationException && !ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var delay = options.Value.WriteBackBackoff.TotalSeconds * Math.Pow(2, writeBack.Attempts - 1);
            writeBack.NextAttemptAt = time.GetUtcNow().AddSeconds(Math.Min(options.Value.MaxWriteBackBackoff.TotalSeconds, delay));
            writeBack.Error = ex.Message;
        }
    }

    private static async Task RevertAsync(IntegrationsDbContext db, Domain.WriteBack writeBack, WorkItemRef item, CancellationToken ct)
    {
        if (writeBack.Previous is null
            || await db.WorkItems.FirstOrDefaultAsync(w => w.Kind == item.Kind && w.PsaId == item.PsaId, ct) is not { } row)
        {
            return;
        }

        var previous = JsonSerializer.Deserialize<WriteBackPayload>(writeBack.Previous)!;
        switch (writeBack.Kind)
        {
            case WriteBackKind.Status:
                (row.StatusPsaId, row.StatusName) = (previous.StatusPsaId, previous.StatusName);
                break;
            case WriteBackKind.Priority:
                row.PriorityPsaId = previous.PriorityPsaId;
                break;
            case WriteBackKind.Assignment:
                row.AssigneePsaIds = [.. previous.AssigneePsaIds ?? []];
                break;
        }

        db.Publish(new WorkItemChanged(item, row.BoardPsaId, row.StatusPsaId, row.AssigneePsaIds, row.IsClosed, row.PsaUpdatedAt ?? DateTimeOffset.UtcNow, "write-back-reverted",
            StatusChanged: writeBack.Kind == WriteBackKind.Status));
    }

    [LoggerMessage(LogLevel.Information, "The PSA refused the {Kind} write-back of {Item}: {Reason}")]
    private static partial void LogRefused(ILogger logger, WriteBackKind kind, int item, string reason);
}
