namespace TopLeft.PsaSimulator.Admin;

/// <summary>A change made "by another user" from the admin API; null members are left alone.</summary>
/// <param name="Status">Status id or name (ConnectWise: of the ticket's board; Autotask: picklist value or label).</param>
/// <param name="Summary">New summary (Autotask: title).</param>
/// <param name="Assignees">Member identifiers / resource user names, or numeric ids; replaces the current assignees.</param>
public sealed record TicketChange(string? Status = null, string? Summary = null, IReadOnlyList<string>? Assignees = null);
