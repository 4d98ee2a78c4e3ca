namespace TopLeft.Integrations.Contracts;

/// <summary>What a synced work item is in its PSA. Ids are unique per kind, not across kinds.</summary>
public enum WorkItemKind
{
    /// <summary>A service ticket (ConnectWise service ticket, Autotask ticket).</summary>
    Ticket = 1,

    /// <summary>A ConnectWise project ticket.</summary>
    ProjectTicket = 2,

    /// <summary>An Autotask project task.</summary>
    Task = 3,

    /// <summary>A project.</summary>
    Project = 4,

    /// <summary>A project phase.</summary>
    Phase = 5,
}
