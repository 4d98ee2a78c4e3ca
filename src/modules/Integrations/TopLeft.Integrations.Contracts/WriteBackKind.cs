namespace TopLeft.Integrations.Contracts;

/// <summary>What a write-back carries to the PSA.</summary>
public enum WriteBackKind
{
    /// <summary>A status change (a card dragged to another column).</summary>
    Status = 1,

    /// <summary>A new note.</summary>
    Note = 2,

    /// <summary>A new time entry.</summary>
    TimeEntry = 3,

    /// <summary>A priority change.</summary>
    Priority = 4,

    /// <summary>A new set of assignees.</summary>
    Assignment = 5,

    /// <summary>The ticket's "client responded" flag set (ConnectWise; Autotask has none).</summary>
    ClientResponded = 6,
}
