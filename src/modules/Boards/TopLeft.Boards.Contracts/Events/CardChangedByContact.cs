using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Messaging;

namespace TopLeft.Boards.Contracts.Events;

/// <summary>A contact changed a card through the portal (moved it or added a note): the portal tells the assignees.</summary>
/// <param name="BoardId">The board it happened on.</param>
/// <param name="Item">The work item.</param>
/// <param name="ContactPsaId">The contact.</param>
/// <param name="Action">"moved" or "note".</param>
/// <param name="Detail">The new status name, or the note text.</param>
public sealed record CardChangedByContact(Guid BoardId, WorkItemRef Item, int ContactPsaId, string Action, string Detail) : IIntegrationEvent
{
    /// <summary>
    /// This event's identity, new for every change and kept through the outbox's JSON, so a handler can tell a redelivery
    /// of the same change from a second, identical change.
    /// </summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();
}
