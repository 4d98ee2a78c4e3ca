using TopLeft.Boards.Domain;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ManageBoards;

/// <summary>A board's settings as the editor reads and writes them.</summary>
/// <param name="Columns">Columns in order; omitted on create: one column per open status of the chosen PSA boards.</param>
internal sealed record BoardDefinition(
    string Name,
    WorkItemKind Kind,
    IReadOnlyList<int>? PsaBoardIds,
    CardFilter? Filter,
    string? Swimlane,
    bool WipLimitBlocksDrops,
    int? LaneWipLimit,
    bool ShowLaneTotals,
    IReadOnlyList<string>? CardFields,
    IReadOnlyList<ColumnDefinition>? Columns);

/// <param name="Id">Existing column id (keeps it), or null for a new column.</param>
internal sealed record ColumnDefinition(Guid? Id, string Name, IReadOnlyList<int> StatusPsaIds, int? WipLimit);

internal sealed record BoardDefinitionResponse(Guid Id, BoardDefinition Definition, DateTimeOffset UpdatedAt)
{
    public static BoardDefinitionResponse From(Board board) => new(
        board.Id,
        new BoardDefinition(
            board.Name,
            board.Kind,
            board.PsaBoardIds,
            board.Filter,
            board.Swimlane.ToString().ToLowerInvariant(),
            board.WipLimitBlocksDrops,
            board.LaneWipLimit,
            board.ShowLaneTotals,
            board.CardFields,
            board.Columns.OrderBy(c => c.Position).Select(c => new ColumnDefinition(c.Id, c.Name, c.StatusPsaIds, c.WipLimit)).ToList()),
        board.UpdatedAt);
}

/// <summary>
/// What the editor offers: PSA boards with their statuses (project boards with the statuses projects are in; task boards:
/// one board with the Autotask task statuses), members, companies, priorities.
/// </summary>
internal sealed record BoardSetupOptions(
    PsaKind? Psa,
    IReadOnlyList<WorkItemKind> Kinds,
    IReadOnlyList<PsaBoard> PsaBoards,
    IReadOnlyList<OptionItem> Members,
    IReadOnlyList<OptionItem> Companies,
    IReadOnlyList<OptionItem> Priorities,
    IReadOnlyList<OptionItem> Projects,
    IReadOnlyList<string> Swimlanes,
    IReadOnlyList<string> CardFields,
    IReadOnlyList<PsaBoard> ProjectBoards,
    IReadOnlyList<PsaBoard> TaskBoards);

internal sealed record OptionItem(int PsaId, string Name);
