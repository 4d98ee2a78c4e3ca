using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Domain;

/// <summary>Shared by every synced row: who owns it, its PSA id, the PSA's stamp and when a sync last saw it.</summary>
internal abstract class SyncedRecord : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int PsaId { get; set; }

    public DateTimeOffset? PsaUpdatedAt { get; set; }

    /// <summary>
    /// When a sync run (its start), callback or write-back last saw the record. A complete run deletes what it
    /// did not read itself and nobody has seen since it started.
    /// </summary>
    public DateTimeOffset SeenAt { get; set; }
}

internal sealed class Member : SyncedRecord
{
    public string UserName { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public bool IsActive { get; set; }

    /// <summary>Personal ConnectWise API keys (public:private), encrypted; null when none stored.</summary>
    public string? ProtectedApiKeys { get; set; }

    /// <summary>Autotask role used when assigning this resource.</summary>
    public int? DefaultRoleId { get; set; }
}

internal sealed class Company : SyncedRecord
{
    public string Identifier { get; set; } = "";

    public string Name { get; set; } = "";

    public int? ParentPsaId { get; set; }

    public bool IsActive { get; set; }
}

internal sealed class Contact : SyncedRecord
{
    public int? CompanyPsaId { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public bool IsActive { get; set; }
}

internal sealed class Board : SyncedRecord
{
    public string Name { get; set; } = "";

    public bool IsActive { get; set; }
}

/// <summary>
/// A status of a board; Autotask ticket statuses are shared by every queue (BoardPsaId 0), Autotask task statuses are a
/// picklist of their own on no queue (<see cref="TaskStatuses"/>), project statuses one list of their own (<see cref="ProjectStatuses"/>).
/// </summary>
internal sealed class BoardStatus : SyncedRecord
{
    /// <summary>
    /// Where Autotask's task status picklist is filed: tasks have no queue, and their ids overlap the ticket statuses with
    /// other meanings (task 4 "In Progress" is no ticket status), so they cannot share board 0. No PSA board id is negative.
    /// </summary>
    public const int TaskStatuses = -1;

    /// <summary>Where project statuses are filed: one list for every project board in both PSAs, ids unrelated to ticket statuses.</summary>
    public const int ProjectStatuses = -2;

    public int BoardPsaId { get; set; }

    public string Name { get; set; } = "";

    public int SortOrder { get; set; }

    public bool IsClosed { get; set; }

    public bool IsActive { get; set; }
}

internal sealed class Priority : SyncedRecord
{
    public string Name { get; set; } = "";

    public string? Color { get; set; }

    public int SortOrder { get; set; }
}

internal sealed class WorkItemRow : SyncedRecord
{
    public WorkItemKind Kind { get; set; }

    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public int? BoardPsaId { get; set; }

    public int? StatusPsaId { get; set; }

    public string? StatusName { get; set; }

    public int? PriorityPsaId { get; set; }

    public int? CompanyPsaId { get; set; }

    public int? ContactPsaId { get; set; }

    public int? ProjectPsaId { get; set; }

    public int? PhasePsaId { get; set; }

    public List<int> AssigneePsaIds { get; set; } = [];

    public decimal? BudgetHours { get; set; }

    public decimal? ActualHours { get; set; }

    public bool IsClosed { get; set; }

    public bool ClientResponded { get; set; }

    public WorkItemRef Ref => new(Kind, PsaId);
}

internal sealed class Note : SyncedRecord
{
    public WorkItemKind WorkItemKind { get; set; }

    public int WorkItemPsaId { get; set; }

    public string Text { get; set; } = "";

    public bool IsInternal { get; set; }

    public int? MemberPsaId { get; set; }

    public int? ContactPsaId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class TimeEntryRow : SyncedRecord
{
    public WorkItemKind WorkItemKind { get; set; }

    public int WorkItemPsaId { get; set; }

    public int MemberPsaId { get; set; }

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset? End { get; set; }

    public decimal Hours { get; set; }

    public string? Notes { get; set; }
}
