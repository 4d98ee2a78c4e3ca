using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>A sync run finished (bulk changes are announced by this rather than one event per item on a first sync).</summary>
/// <param name="RunId">The sync run.</param>
/// <param name="Type">"full", "incremental", "reference", "notes" or "reconcile".</param>
/// <param name="Items">Records written.</param>
/// <param name="Errors">Errors met.</param>
public sealed record SyncCompleted(Guid RunId, string Type, int Items, int Errors) : IIntegrationEvent;
