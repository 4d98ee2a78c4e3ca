using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>A work item is gone from the local copy: deleted in the PSA, closed (without "keep closed"), or no longer visible.</summary>
/// <param name="Item">Kind and PSA id.</param>
/// <param name="Reason">"deleted", "closed" or "not-visible".</param>
public sealed record WorkItemDeleted(WorkItemRef Item, string Reason) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"work-item:{Item.Kind}:{Item.PsaId}";
}
