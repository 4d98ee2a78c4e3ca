namespace TopLeft.Shared.Messaging;

/// <summary>A fact one module tells the others, carried through the publisher's outbox.</summary>
public interface IIntegrationEvent;
