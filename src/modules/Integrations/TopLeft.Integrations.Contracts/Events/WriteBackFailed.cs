using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>The PSA refused a write-back; the local change has been reverted.</summary>
/// <param name="WriteBackId">The id returned by the request.</param>
/// <param name="Kind">What was written.</param>
/// <param name="Item">The work item.</param>
/// <param name="ActingMemberPsaId">Who asked for it, when known.</param>
/// <param name="Reason">The PSA's message, fit to show the user.</param>
public sealed record WriteBackFailed(Guid WriteBackId, WriteBackKind Kind, WorkItemRef Item, int? ActingMemberPsaId, string Reason) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"work-item:{Item.Kind}:{Item.PsaId}";
}
