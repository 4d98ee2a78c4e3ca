using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>A board as one user sees it: columns, lanes and exactly the cards they may see.</summary>
/// <param name="Version">The tenant's board-data version the board was read at (read before the data); null when unknown.</param>
internal sealed record BoardView(
    Guid Id,
    string Name,
    WorkItemKind Kind,
    string Swimlane,
    bool WipLimitBlocksDrops,
    int? LaneWipLimit,
    IReadOnlyList<string> CardFields,
    IReadOnlyList<ColumnView> Columns,
    IReadOnlyList<LaneView> Lanes,
    IReadOnlyList<CardView> Cards,
    IReadOnlyList<PriorityView> Priorities,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<CompanyView> Companies,
    IReadOnlyList<StatusView> Statuses,
    BoardCapabilities Capabilities,
    long? Version = null);

/// <summary>What the user may do here; the server checks each again on every call.</summary>
internal sealed record BoardCapabilities(bool IsAdmin, bool IsContact, bool ReadOnly, bool CanDrag, bool CanAddNotes, bool CanEditCards, bool ShowNotes, bool CanFilter);

/// <param name="Statuses">The statuses the column stands for; empty for contacts (who never see status names).</param>
/// <param name="Count">Cards in the column the user sees.</param>
/// <param name="OverLimit">Count is above the WIP limit.</param>
internal sealed record ColumnView(Guid Id, string Name, IReadOnlyList<StatusView> Statuses, int? WipLimit, int Count, bool OverLimit);

internal sealed record StatusView(int PsaId, string Name);

/// <param name="Key">"none" without swimlanes; else "member-12", "company-3", "unassigned", ...</param>
/// <param name="ActualHours">Project / phase lanes: hours worked (when totals are shown).</param>
/// <param name="BudgetHours">Project / phase lanes: budget hours (when totals are shown).</param>
internal sealed record LaneView(string Key, string Title, int Count, bool OverLimit, decimal? ActualHours, decimal? BudgetHours);

internal sealed record CardView(
    string Key,
    WorkItemKind Kind,
    int PsaId,
    string Number,
    string Title,
    Guid ColumnId,
    string LaneKey,
    int? StatusPsaId,
    string? StatusName,
    int? PriorityPsaId,
    int? CompanyPsaId,
    string? CompanyName,
    IReadOnlyList<int> AssigneePsaIds,
    decimal? ActualHours,
    decimal? BudgetHours,
    DateTimeOffset StatusSince,
    bool ClientResponded,
    double Rank,
    string? PsaUrl);

internal sealed record PriorityView(int PsaId, string Name, string? Color);

internal sealed record MemberView(int PsaId, string Name, string Initials);

internal sealed record CompanyView(int PsaId, string Name);

/// <summary>A board read before temporary filters: the view, and the work item behind each card (by card key) to filter on.</summary>
internal sealed record BoardRead(BoardView View, IReadOnlyDictionary<string, WorkItem> Items);
