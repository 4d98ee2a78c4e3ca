using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ManageBoards;

/// <summary>
/// The statuses a board's cards can take, per PSA board. Tickets use the synced board / queue statuses; Autotask tasks
/// are on no queue and have a status picklist of their own, so theirs is one board (<see cref="NoBoard"/>, "Tasks") with
/// the synced task statuses; projects take the synced project statuses (one list in both PSAs) on each project board
/// their projects are on ("Projects" for none). Before a reference sync has brought project statuses, projects offer the
/// statuses the synced projects are in.
/// </summary>
internal sealed class StatusCatalog(IIntegrationsModule psa)
{
    /// <summary>The PSA board (or queue) id projects without a board, and Autotask tasks, are filed under.</summary>
    public const int NoBoard = 0;

    public async Task<IReadOnlyList<PsaBoard>> BoardsForAsync(WorkItemKind kind, CancellationToken ct)
    {
        if (kind == WorkItemKind.Task)
        {
            var statuses = await psa.GetOwnStatusesAsync(kind, ct);
            return statuses.Count == 0 ? [] : [new PsaBoard(NoBoard, "Tasks", true, statuses)];
        }

        var boards = await psa.GetBoardsAsync(ct);
        if (kind != WorkItemKind.Project)
        {
            return boards;
        }

        var names = boards.ToDictionary(b => b.PsaId, b => b.Name);
        var synced = await psa.GetOwnStatusesAsync(kind, ct);
        var projects = await psa.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Project], IncludeClosed: true), ct);
        var boardIds = projects.Select(p => p.BoardPsaId ?? NoBoard).Distinct().DefaultIfEmpty(NoBoard);
        return boardIds
            .Select(id => new PsaBoard(
                id,
                names.GetValueOrDefault(id, id == NoBoard ? "Projects" : $"Project board {id}"),
                true,
                synced.Count > 0 ? synced : StatusesOf(projects.Where(p => (p.BoardPsaId ?? NoBoard) == id))))
            .Where(b => b.Statuses.Count > 0)
            .OrderBy(b => b.Name)
            .ToList();
    }

    /// <summary>The active statuses usable on one work item (those of its PSA board).</summary>
    public async Task<IReadOnlyList<PsaStatus>> StatusesForAsync(WorkItem item, CancellationToken ct) =>
        (await BoardsForAsync(item.Ref.Kind, ct)).FirstOrDefault(b => b.PsaId == (item.BoardPsaId ?? NoBoard))?.Statuses.Where(s => s.IsActive).ToList() ?? [];

    private static List<PsaStatus> StatusesOf(IEnumerable<WorkItem> projects) =>
        projects.Where(p => p.StatusPsaId is not null)
            .GroupBy(p => p.StatusPsaId!.Value)
            .Select(s => new PsaStatus(s.Key, s.First().StatusName ?? $"Status {s.Key}", s.Key, s.All(p => p.IsClosed), true))
            .OrderBy(s => s.SortOrder)
            .ToList();
}
