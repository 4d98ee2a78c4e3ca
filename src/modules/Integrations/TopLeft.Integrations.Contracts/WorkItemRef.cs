namespace TopLeft.Integrations.Contracts;

/// <summary>Identifies a work item: its kind and its id in the PSA.</summary>
/// <param name="Kind">Ticket, project ticket, task, project or phase.</param>
/// <param name="PsaId">The record's id in the PSA.</param>
public sealed record WorkItemRef(WorkItemKind Kind, int PsaId);
