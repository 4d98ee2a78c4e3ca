using TopLeft.Boards.Data;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Messaging;

namespace TopLeft.Boards.Features.LiveUpdates;

/// <summary>
/// Carries changes from the Integrations module (PSA callbacks, syncs, write-back results) onto open boards, and
/// into card history when the PSA, not a TopLeft user, made them.
/// </summary>
internal sealed class WorkItemEventsHandler(BoardsDbContext db, BoardNotifier notifier, IIntegrationsModule psa, BoardViewCache views, TimeProvider time)
    : IIntegrationEventHandler<WorkItemChanged>,
      IIntegrationEventHandler<WorkItemDeleted>,
      IIntegrationEventHandler<WriteBackFailed>,
      IIntegrationEventHandler<WriteBackSucceeded>
{
    public async Task HandleAsync(WorkItemChanged @event, CancellationToken cancellationToken)
    {
        // Tell the pages first: history is a nicety, the moved card is what people watch.
        await notifier.CardChangedAsync(@event.Item, @event.Source == "write-back" ? "" : CardHistory.Psa);
        var now = time.GetUtcNow();
        // The status is tracked on first sight too (the card's age in status starts then), but history says "changed"
        // only when the PSA's copy really had another status before.
        if (!await CardHistory.TrackStatusAsync(db, @event.Item, @event.StatusPsaId, now, cancellationToken))
        {
            return;
        }

        if (@event.StatusChanged && @event.Source != "write-back")
        {
            var status = (await psa.GetWorkItemAsync(@event.Item, cancellationToken))?.StatusName ?? $"status {@event.StatusPsaId}";
            CardHistory.Add(db, @event.Item, CardHistory.Psa, $"Status changed to {status} in the PSA", now);
            await db.SaveChangesAsync(cancellationToken);
        }

        // The card's age in its status was just reset: boards cached since the notice above must not keep the old one.
        await views.ChangedAsync(db.CurrentTenantId);
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
