namespace TopLeft.Shared.Messaging;

/// <summary>
/// Reacts to an integration event. Delivery is at least once, so a handler must be idempotent.
/// It runs in its own DI scope whose tenant is the event's tenant.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    /// <summary>Handles one delivery of the event.</summary>
    Task HandleAsync(TEvent @event, CancellationToken cancellationToken);
}
