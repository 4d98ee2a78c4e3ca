using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Domain;

/// <summary>A Kanban board: which PSA work it shows, its columns, swimlanes and options.</summary>
internal sealed class Board : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>What the cards are (tickets, project tickets, tasks, projects).</summary>
    public WorkItemKind Kind { get; set; }

    /// <summary>PSA boards / queues the cards come from; empty means all.</summary>
    public List<int> PsaBoardIds { get; set; } = [];

    /// <summary>The saved board filter (admin); personal filters are never stored.</summary>
    public CardFilter Filter { get; set; } = new();

    public Swimlane Swimlane { get; set; }

    /// <summary>True: a drop onto a full column or lane is refused; false: it is allowed and only marked.</summary>
    public bool WipLimitBlocksDrops { get; set; }

    /// <summary>Most cards per lane (over all columns), or null.</summary>
    public int? LaneWipLimit { get; set; }

    /// <summary>Show time and budget totals in project / phase lane headers.</summary>
    public bool ShowLaneTotals { get; set; } = true;

    /// <summary>Optional card fields shown (company, assignees, hours, age, priority).</summary>
    public List<string> CardFields { get; set; } = [.. CardField.All];

    public List<BoardColumn> Columns { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A column: the PSA statuses it stands for, in order.</summary>
internal sealed class BoardColumn
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BoardId { get; set; }

    public string Name { get; set; } = "";

    public int Position { get; set; }

    public List<int> StatusPsaIds { get; set; } = [];

    public int? WipLimit { get; set; }
}

internal enum Swimlane
{
    None = 0,
    Project = 1,
    Phase = 2,
    Member = 3,
    Company = 4,
    Priority = 5,
}

internal static class CardField
{
    public const string Company = "company";
    public const string Assignees = "assignees";
    public const string Hours = "hours";
    public const string Age = "age";
    public const string Priority = "priority";

    public static readonly IReadOnlyList<string> All = [Company, Assignees, Hours, Age, Priority];
}
