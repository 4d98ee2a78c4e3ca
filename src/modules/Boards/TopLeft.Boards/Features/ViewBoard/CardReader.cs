using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Access;
using TopLeft.Boards.Data;
using TopLeft.Boards.Domain;
using TopLeft.Boards.Features.ManageBoards;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>
/// Builds a board as one user sees it. Cards come from the Integrations module's local copy; each passes
/// <see cref="BoardAccess.Shows"/> (licensing rule and portal scope), then the board's saved filter, then the
/// user's temporary filter and search. Counts for WIP limits ignore the temporary filter: a limit is about the work,
/// not about what one user chose to look at.
/// </summary>
internal sealed class CardReader(IIntegrationsModule psa, StatusCatalog catalog, BoardsDbContext db, TimeProvider time)
{
    /// <summary>The board as the user sees it, narrowed by their temporary filter and search (contacts have none).</summary>
    public async Task<BoardView> ReadAsync(BoardAccess access, CardFilter? personal, string? search, bool isAdmin, CancellationToken ct) =>
        Narrow(await ReadAllAsync(access, isAdmin, ct), access.IsContact ? null : personal, access.IsContact ? null : search);

    /// <summary>
    /// Every card the user may see on the board, before any temporary filter: what <see cref="BoardViewCache"/> keeps,
    /// since for members it depends only on the board, the data and the licensing snapshot.
    /// </summary>
    public async Task<BoardRead> ReadAllAsync(BoardAccess access, bool isAdmin, CancellationToken ct)
    {
        var board = access.Board;
        var columns = board.Columns.OrderBy(c => c.Position).ToList();
        var columnOf = ColumnsByStatus(columns);
        // Statuses and the licensing rule narrow the read in the database; Shows() checks every item again.
        var items = await psa.GetWorkItemsAsync(
            new WorkItemQuery(
                BoardPsaIds: board.PsaBoardIds.Count > 0 ? board.PsaBoardIds : null,
                Kinds: [board.Kind],
                StatusPsaIds: [.. columnOf.Keys],
                UnassignedOrAssignedToAny: [.. access.Visibility.LicensedMemberPsaIds]),
            ct);
        var onBoard = items.Where(i => i.StatusPsaId is { } s && columnOf.ContainsKey(s) && access.Shows(i) && Matches(board.Filter, i)).ToList();

        var lookups = await LookupsAsync(board, onBoard, ct);
        var lanes = new LaneBuilder(board.Swimlane, lookups);
        var byKey = new Dictionary<string, WorkItem>(onBoard.Count);
        var cards = new List<CardView>(onBoard.Count);
        foreach (var item in onBoard)
        {
            var card = ToCard(item, columnOf[item.StatusPsaId!.Value].Id, lanes.KeyOf(item), lookups, access);
            byKey[card.Key] = item;
            cards.Add(card);
        }

        cards.Sort(static (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.PsaId.CompareTo(b.PsaId));

        var countByColumn = onBoard.GroupBy(i => columnOf[i.StatusPsaId!.Value].Id).ToDictionary(g => g.Key, g => g.Count());
        var columnViews = columns.Select(c =>
        {
            var count = countByColumn.GetValueOrDefault(c.Id);
            var statuses = access.IsContact ? [] : c.StatusPsaIds.Select(s => new StatusView(s, lookups.StatusName(s))).ToList();
            return new ColumnView(c.Id, c.Name, statuses, c.WipLimit, count, c.WipLimit is { } limit && count > limit);
        }).ToList();

        // The filter dialog offers the companies that have cards here, not the PSA's whole company list.
        var companiesOnBoard = onBoard.Select(i => i.CompanyPsaId).OfType<int>().ToHashSet();
        var view = new BoardView(
            board.Id,
            board.Name,
            board.Kind,
            board.Swimlane.ToString().ToLowerInvariant(),
            board.WipLimitBlocksDrops,
            board.LaneWipLimit,
            board.CardFields,
            columnViews,
            lanes.Lanes(onBoard, board.LaneWipLimit, access.ShowLaneTotals),
            cards,
            lookups.Priorities.Values.OrderBy(p => p.SortOrder).Select(p => new PriorityView(p.PsaId, p.Name, p.Color)).ToList(),
            access.IsContact ? [] : lookups.Members.Values.Where(m => m.IsActive).OrderBy(m => m.FirstName).ThenBy(m => m.LastName)
                .Select(m => new MemberView(m.PsaId, MemberName(m), Initials(m))).ToList(),
            access.IsContact ? [] : lookups.Companies.Values.Where(c => companiesOnBoard.Contains(c.PsaId)).OrderBy(c => c.Name)
                .Select(c => new CompanyView(c.PsaId, c.Name)).ToList(),
            access.IsContact ? [] : lookups.BoardStatuses,
            new BoardCapabilities(isAdmin && !access.IsContact, access.IsContact, access.Scope?.ReadOnly ?? false, access.CanDrag,
                access.CanAddNotes, access.CanEditCards, access.ShowNotes, !access.IsContact));
        return new BoardRead(view, byKey);
    }

    /// <summary>The cards a temporary filter and search keep; columns, lanes and counts stay as they are.</summary>
    public static BoardView Narrow(BoardRead read, CardFilter? personal, string? search) =>
        personal is null && string.IsNullOrWhiteSpace(search)
            ? read.View
            : read.View with { Cards = read.View.Cards.Where(c => read.Items[c.Key] is var i && MatchesPersonal(personal, i) && MatchesText(search, i)).ToList() };

    // In the filter dialog "Unassigned" is one of the member choices, so ticked alone it keeps only unassigned cards; a
    // saved board filter's "include unassigned" (on by default) only widens a member filter.
    private static bool MatchesPersonal(CardFilter? personal, WorkItem item) =>
        Matches(personal, item)
        && (personal is null || personal.MemberPsaIds.Count > 0 || !personal.IncludeUnassigned || item.AssigneePsaIds.Count == 0);

    /// <summary>One card as the user sees it, or null when it is not on the board for them.</summary>
    public async Task<CardView?> ReadCardAsync(BoardAccess access, WorkItemRef item, CancellationToken ct)
    {
        if (await ShownItemAsync(access, item, ct) is not { } found)
        {
            return null;
        }

        var lookups = await LookupsAsync(access.Board, [found], ct);
        var column = ColumnsByStatus(access.Board.Columns)[found.StatusPsaId!.Value];
        return ToCard(found, column.Id, new LaneBuilder(access.Board.Swimlane, lookups).KeyOf(found), lookups, access);
    }

    /// <summary>
    /// The work item when it is on the board for this user (open, in a column's status, visible, in the saved filter),
    /// else null: the check every card action makes, without the names and colours a card view needs.
    /// </summary>
    public async Task<WorkItem?> ShownItemAsync(BoardAccess access, WorkItemRef item, CancellationToken ct) =>
        await psa.GetWorkItemAsync(item, ct) is { IsClosed: false, StatusPsaId: { } status } found
        && ColumnsByStatus(access.Board.Columns).ContainsKey(status)
        && access.Shows(found)
        && Matches(access.Board.Filter, found)
            ? found
            : null;

    public static Dictionary<int, BoardColumn> ColumnsByStatus(IEnumerable<BoardColumn> columns)
    {
        var map = new Dictionary<int, BoardColumn>();
        foreach (var column in columns.OrderBy(c => c.Position))
        {
            foreach (var status in column.StatusPsaIds)
            {
                map.TryAdd(status, column);
            }
        }

        return map;
    }

    public static bool Matches(CardFilter? filter, WorkItem item) =>
        filter is null
        || ((filter.MemberPsaIds.Count == 0
                || item.AssigneePsaIds.Any(filter.MemberPsaIds.Contains)
                || (filter.IncludeUnassigned && item.AssigneePsaIds.Count == 0))
            && (filter.CompanyPsaIds.Count == 0 || (item.CompanyPsaId is { } c && filter.CompanyPsaIds.Contains(c)))
            && (filter.PriorityPsaIds.Count == 0 || (item.PriorityPsaId is { } p && filter.PriorityPsaIds.Contains(p)))
            && (filter.ProjectPsaIds.Count == 0 || (item.ProjectPsaId is { } pr && filter.ProjectPsaIds.Contains(pr))));

    private static bool MatchesText(string? search, WorkItem item) =>
        string.IsNullOrWhiteSpace(search)
        || item.Title.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase)
        || item.Number.Contains(search.Trim(), StringComparison.OrdinalIgnoreCase);

    private CardView ToCard(WorkItem item, Guid columnId, string laneKey, BoardLookups lookups, BoardAccess access) =>
        new(
            CardKey.Of(item.Ref),
            item.Ref.Kind,
            item.Ref.PsaId,
            item.Number,
            item.Title,
            columnId,
            laneKey,
            access.IsContact ? null : item.StatusPsaId,
            access.IsContact ? null : item.StatusName,
            item.PriorityPsaId,
            item.CompanyPsaId,
            item.CompanyPsaId is { } c && lookups.Companies.TryGetValue(c, out var company) ? company.Name : null,
            item.AssigneePsaIds,
            item.ActualHours,
            item.BudgetHours,
            lookups.Since.TryGetValue(item.Ref.PsaId, out var since) && since.StatusPsaId == item.StatusPsaId ? since.Since : Min(item.LastUpdated, time.GetUtcNow()),
            item.ClientResponded,
            lookups.Ranks.TryGetValue(item.Ref.PsaId, out var rank) ? rank : CardRank.DefaultRank(item.Ref.PsaId),
            access.IsContact ? null : PsaLinks.For(lookups.Connection, item.Ref));

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private async Task<BoardLookups> LookupsAsync(Board board, IReadOnlyList<WorkItem> items, CancellationToken ct)
    {
        var ids = items.Select(i => i.Ref.PsaId).ToList();
        var kind = board.Kind;
        var ranks = await db.Ranks.AsNoTracking().Where(r => r.Kind == kind && ids.Contains(r.PsaId)).ToDictionaryAsync(r => r.PsaId, r => r.Rank, ct);
        var since = await db.StatusSince.AsNoTracking().Where(s => s.Kind == kind && ids.Contains(s.PsaId)).ToDictionaryAsync(s => s.PsaId, ct);
        var members = (await psa.GetMembersAsync(includeInactive: true, ct)).ToDictionary(m => m.PsaId);
        var companies = (await psa.GetCompaniesAsync(ct)).ToDictionary(c => c.PsaId);
        var priorities = (await psa.GetPrioritiesAsync(ct)).ToDictionary(p => p.PsaId);
        // Per kind: ticket boards / queues, Autotask's task status list, or the statuses projects are in.
        var psaBoards = await catalog.BoardsForAsync(board.Kind, ct);
        var statuses = new Dictionary<int, string>();
        foreach (var status in psaBoards.SelectMany(b => b.Statuses))
        {
            statuses.TryAdd(status.PsaId, status.Name);
        }

        var boardStatuses = psaBoards.Where(b => board.Kind == WorkItemKind.Task || board.PsaBoardIds.Count == 0 || board.PsaBoardIds.Contains(b.PsaId))
            .SelectMany(b => b.Statuses).Where(s => s.IsActive).DistinctBy(s => s.PsaId).OrderBy(s => s.SortOrder)
            .Select(s => new StatusView(s.PsaId, s.Name)).ToList();

        IReadOnlyDictionary<int, WorkItem> parents = new Dictionary<int, WorkItem>();
        if (board.Swimlane is Swimlane.Project or Swimlane.Phase)
        {
            var parentKind = board.Swimlane == Swimlane.Project ? WorkItemKind.Project : WorkItemKind.Phase;
            parents = (await psa.GetWorkItemsAsync(new WorkItemQuery(Kinds: [parentKind], IncludeClosed: true), ct)).ToDictionary(p => p.Ref.PsaId);
        }

        return new BoardLookups(members, companies, priorities, statuses, boardStatuses, ranks, since, parents, await psa.GetConnectionAsync(ct));
    }

    public static string MemberName(PsaMember m) => $"{m.FirstName} {m.LastName}".Trim() is { Length: > 0 } name ? name : m.UserName;

    public static string Initials(PsaMember m) =>
        string.Concat(new[] { m.FirstName, m.LastName }.Where(n => n.Length > 0).Select(n => char.ToUpperInvariant(n[0]))) is { Length: > 0 } i
            ? i
            : m.UserName[..Math.Min(2, m.UserName.Length)].ToUpperInvariant();
}
