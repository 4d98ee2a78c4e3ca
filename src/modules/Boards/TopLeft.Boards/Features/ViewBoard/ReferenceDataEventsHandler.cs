using TopLeft.Boards.Data;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Messaging;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>
/// Names, colours and statuses on a board come from the PSA's reference data: when a sync or a member change may
/// have altered them, the cached boards of the tenant are retired.
/// </summary>
internal sealed class ReferenceDataEventsHandler(BoardsDbContext db, BoardViewCache views)
    : IIntegrationEventHandler<SyncCompleted>,
      IIntegrationEventHandler<MemberSynced>,
      IIntegrationEventHandler<MemberDeactivated>
{
    public Task HandleAsync(SyncCompleted @event, CancellationToken cancellationToken) => views.ChangedAsync(db.CurrentTenantId);

    public Task HandleAsync(MemberSynced @event, CancellationToken cancellationToken) => views.ChangedAsync(db.CurrentTenantId);

    public Task HandleAsync(MemberDeactivated @event, CancellationToken cancellationToken) => views.ChangedAsync(db.CurrentTenantId);
}
