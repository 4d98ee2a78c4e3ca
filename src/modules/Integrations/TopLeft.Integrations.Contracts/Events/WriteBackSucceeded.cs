using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>The PSA accepted a write-back.</summary>
/// <param name="WriteBackId">The id returned by the request.</param>
/// <param name="Kind">What was written.</param>
/// <param name="Item">The work item.</param>
/// <param name="CreatedPsaId">Id of a created note or time entry, or null.</param>
public sealed record WriteBackSucceeded(Guid WriteBackId, WriteBackKind Kind, WorkItemRef Item, int? CreatedPsaId) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"work-item:{Item.Kind}:{Item.PsaId}";
}
