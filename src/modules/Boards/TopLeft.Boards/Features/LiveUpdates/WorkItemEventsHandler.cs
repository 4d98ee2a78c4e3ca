using TopLeft.Boards.Data;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Messaging;

namespace TopLeft.Boards.Features.LiveUpdates;

/// <summary>
/// Carries changes from the Integrations module (PSA callbacks, syncs, write-back results) onto open boards, and
/// into card history when the PSA, not a TopLeft user, made them.
/// </summary>
internal sealed class WorkItemEventsHandler(BoardsDbContext db, BoardNotifier notifier, IIntegrationsModule psa, TimeProvider time)
    : IIntegrationEventHandler<WorkItemChanged>,
      IIntegrationEventHandler<WorkItemDeleted>,
      IIntegrationEventHandler<WriteBackFailed>,
      IIntegrationEventHandler<WriteBackSucceeded>
{
    public async Task HandleAsync(WorkItemChanged @event, CancellationToken cancellationToken)
    {
        // The status is tracked on first sight too (the card's age in status starts then), but history says "changed"
        // only when the PSA's copy really had another status before. Both are written before the pages hear of the
        // change, so the one retirement of cached boards in the notice covers the new age in status too.
        var now = time.GetUtcNow();
        if (await CardHistory.TrackStatusAsync(db, @event.Item, @event.StatusPsaId, now, cancellationToken)
            && @event.StatusChanged && @event.Source != "write-back")
        {
            var status = (await psa.GetWorkItemAsync(@event.Item, cancellationToken))?.StatusName ?? $"status {@event.StatusPsaId}";
            CardHistory.Add(db, @event.Item, CardHistory.Psa, $"Status changed to {status} in the PSA", now);
            await db.SaveChangesAsync(cancellationToken);
        }

        await notifier.CardChangedAsync(@event.Item, @event.Source == "write-back" ? "" : CardHistory.Psa);
    }

    public async Task HandleAsync(WorkItemDeleted @event, CancellationToken cancellationToken) =>
        await notifier.CardChangedAsync(@event.Item, CardHistory.Psa);

    public async Task HandleAsync(WriteBackFailed @event, CancellationToken cancellationToken)
    {
        CardHistory.Add(db, @event.Item, CardHistory.Psa, $"The PSA refused the {Describe(@event.Kind)}: {@event.Reason} (reverted)", time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await notifier.CardChangedAsync(@event.Item, CardHistory.Psa, @event.WriteBackId, @event.Reason);
    }

    public async Task HandleAsync(WriteBackSucceeded @event, CancellationToken cancellationToken) =>
        await notifier.CardChangedAsync(@event.Item, "", @event.WriteBackId);

    private static string Describe(WriteBackKind kind) => kind switch
    {
        WriteBackKind.Status => "status change",
        WriteBackKind.Note => "note",
        WriteBackKind.TimeEntry => "time entry",
        WriteBackKind.Priority => "priority change",
        _ => "assignment",
    };
}
