using TopLeft.Boards.Domain;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ManageBoards;

/// <summary>Checks a definition against the synced PSA data and applies it to a board.</summary>
internal static class BoardEditor
{
    public static readonly IReadOnlyList<WorkItemKind> CardKinds = [WorkItemKind.Ticket, WorkItemKind.ProjectTicket, WorkItemKind.Task, WorkItemKind.Project];

    public static Dictionary<string, string[]> Validate(BoardDefinition definition, IReadOnlyList<PsaBoard> psaBoards, ConnectionSummary? connection)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            errors["name"] = ["Give the board a name."];
        }
        else if (definition.Name.Trim().Length > 120)
        {
            errors["name"] = ["Keep the name to 120 characters."];
        }

        if (!CardKinds.Contains(definition.Kind))
        {
            errors["kind"] = ["Choose what the cards are: tickets, project tickets, tasks or projects."];
        }
        else if (connection is not null && !KindFits(definition.Kind, connection.Kind))
        {
            errors["kind"] = [$"{connection.Kind} has no {definition.Kind} boards."];
        }

        var unknownBoards = PsaBoardIdsOf(definition).Where(id => psaBoards.All(b => b.PsaId != id)).ToList();
        if (unknownBoards.Count > 0)
        {
            errors["psaBoardIds"] = [$"Unknown PSA board or queue: {string.Join(", ", unknownBoards)}."];
        }

        if (definition.Swimlane is { } lane && !Enum.TryParse<Swimlane>(lane, ignoreCase: true, out _))
        {
            errors["swimlane"] = ["Swimlanes are none, project, phase, member, company or priority."];
        }

        if (definition.LaneWipLimit is < 1 || definition.Columns?.Any(c => c.WipLimit is < 1) == true)
        {
            errors["wipLimit"] = ["A WIP limit is at least 1 (leave it empty for no limit)."];
        }

        if (definition.Columns is { } columns)
        {
            ValidateColumns(columns, StatusesOf(definition, psaBoards), errors);
        }

        return errors;
    }

    public static void Apply(Board board, BoardDefinition definition, IReadOnlyList<PsaBoard> psaBoards, DateTimeOffset now)
    {
        board.Name = definition.Name.Trim();
        board.Kind = definition.Kind;
        board.PsaBoardIds = [.. PsaBoardIdsOf(definition).Distinct()];
        board.Filter = definition.Filter ?? new CardFilter();
        board.Swimlane = Enum.TryParse<Swimlane>(definition.Swimlane, ignoreCase: true, out var lane) ? lane : Swimlane.None;
        board.WipLimitBlocksDrops = definition.WipLimitBlocksDrops;
        board.LaneWipLimit = definition.LaneWipLimit;
        board.ShowLaneTotals = definition.ShowLaneTotals;
        board.CardFields = [.. (definition.CardFields ?? CardField.All).Where(CardField.All.Contains).Distinct()];
        var columns = definition.Columns ?? DefaultColumns(definition, psaBoards);
        var kept = board.Columns.ToDictionary(c => c.Id);
        board.Columns.Clear();
        var position = 0;
        foreach (var column in columns)
        {
            var row = column.Id is { } id && kept.TryGetValue(id, out var existing) ? existing : new BoardColumn();
            row.Name = column.Name.Trim();
            row.Position = position++;
            row.StatusPsaIds = [.. column.StatusPsaIds.Distinct()];
            row.WipLimit = column.WipLimit;
            board.Columns.Add(row);
        }

        board.UpdatedAt = now;
    }

    /// <summary>The statuses usable on the board's PSA boards (all of them when it takes every board), in order.</summary>
    public static IReadOnlyList<PsaStatus> StatusesOf(BoardDefinition definition, IReadOnlyList<PsaBoard> psaBoards)
    {
        var chosen = PsaBoardIdsOf(definition) is { Count: > 0 } ids ? psaBoards.Where(b => ids.Contains(b.PsaId)) : psaBoards;
        return chosen.SelectMany(b => b.Statuses).Where(s => s.IsActive).DistinctBy(s => s.PsaId).OrderBy(s => s.SortOrder).ToList();
    }

    /// <summary>
    /// The PSA boards a definition selects. Autotask tasks are on no queue, so a queue (or the one "Tasks" board of the
    /// status catalog) chosen for a task board is ignored: as a filter it would hide every task.
    /// </summary>
    private static IReadOnlyList<int> PsaBoardIdsOf(BoardDefinition definition) =>
        definition.Kind == WorkItemKind.Task ? [] : definition.PsaBoardIds ?? [];

    private static List<ColumnDefinition> DefaultColumns(BoardDefinition definition, IReadOnlyList<PsaBoard> psaBoards) =>
        StatusesOf(definition, psaBoards).Where(s => !s.IsClosed)
            .GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new ColumnDefinition(null, g.First().Name, g.Select(s => s.PsaId).ToList(), null))
            .ToList();

    private static void ValidateColumns(IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<PsaStatus> statuses, Dictionary<string, string[]> errors)
    {
        var problems = new List<string>();
        if (columns.Count == 0)
        {
            problems.Add("Add at least one column.");
        }

        var seen = new Dictionary<int, string>();
        foreach (var column in columns)
        {
            var name = column.Name?.Trim() ?? "";
            if (name.Length == 0)
            {
                problems.Add("Every column needs a name.");
            }

            if (column.StatusPsaIds.Count == 0)
            {
                problems.Add($"Column \"{name}\" has no status.");
            }

            foreach (var status in column.StatusPsaIds)
            {
                if (statuses.All(s => s.PsaId != status))
                {
                    problems.Add($"Column \"{name}\": status {status} is not a status of the chosen PSA boards.");
                }
                else if (!seen.TryAdd(status, name))
                {
                    problems.Add($"Status \"{statuses.First(s => s.PsaId == status).Name}\" is in both \"{seen[status]}\" and \"{name}\"; a status belongs to one column.");
                }
            }
        }

        if (problems.Count > 0)
        {
            errors["columns"] = [.. problems.Distinct()];
        }
    }

    private static bool KindFits(WorkItemKind kind, PsaKind psa) => psa == PsaKind.ConnectWise ? kind != WorkItemKind.Task : kind != WorkItemKind.ProjectTicket;
}
