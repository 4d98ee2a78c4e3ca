using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>A work item was created or changed in the PSA (or locally, by a write-back), and the local copy now holds it.</summary>
/// <param name="Item">Kind and PSA id.</param>
/// <param name="BoardPsaId">Board / queue after the change.</param>
/// <param name="StatusPsaId">Status after the change.</param>
/// <param name="AssigneePsaIds">Assignees after the change.</param>
/// <param name="IsClosed">Closed after the change.</param>
/// <param name="LastUpdated">The PSA's last-updated stamp.</param>
/// <param name="Source">What brought the change: "sync", "callback" or "write-back".</param>
/// <param name="StatusChanged">
/// The local copy held the item in another status before this change. False when only other fields changed, and when the
/// item is new to the local copy (its earlier status is unknown).
/// </param>
public sealed record WorkItemChanged(
    WorkItemRef Item, int? BoardPsaId, int? StatusPsaId, IReadOnlyList<int> AssigneePsaIds, bool IsClosed, DateTimeOffset LastUpdated, string Source,
    bool StatusChanged = false)
    : IOrderedIntegrationEvent
{
    // A work item's changes reach card history in the order they happened.
    string IOrderedIntegrationEvent.OrderingKey => $"work-item:{Item.Kind}:{Item.PsaId}";
}
