namespace TopLeft.Integrations.Contracts;

/// <summary>A write-back as callers may follow it.</summary>
/// <param name="Id">The id returned when it was requested.</param>
/// <param name="Kind">What it carries.</param>
/// <param name="WorkItem">The work item it changes.</param>
/// <param name="State">Pending, succeeded or failed.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="Error">Why the PSA refused it (or the last transient error while pending).</param>
/// <param name="CreatedPsaId">The id the PSA gave a created note or time entry.</param>
public sealed record WriteBackStatus(Guid Id, WriteBackKind Kind, WorkItemRef WorkItem, WriteBackState State, int Attempts, string? Error, int? CreatedPsaId);
