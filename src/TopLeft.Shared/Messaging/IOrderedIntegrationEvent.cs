namespace TopLeft.Shared.Messaging;

/// <summary>
/// An event whose handlers must see it in order with the other events about the same thing (one work item, one
/// member). The dispatcher runs events in parallel, except that events with the same key (and tenant) are handled
/// one after another in the order they were stored, and a later one waits while an earlier one is being retried.
/// </summary>
public interface IOrderedIntegrationEvent : IIntegrationEvent
{
    /// <summary>What the event is about, e.g. <c>work-item:Ticket:42</c>; implement it explicitly so it is not serialized.</summary>
    string OrderingKey { get; }
}
