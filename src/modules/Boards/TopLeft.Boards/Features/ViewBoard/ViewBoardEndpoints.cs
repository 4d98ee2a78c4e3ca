using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Access;
using TopLeft.Boards.Data;
using TopLeft.Boards.Domain;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ViewBoard;

internal static class ViewBoardEndpoints
{
    internal sealed record BoardListItem(Guid Id, string Name, WorkItemKind Kind);

    internal sealed record CardDetails(IReadOnlyList<NoteView> Notes, IReadOnlyList<TimeEntryView> TimeEntries, IReadOnlyList<HistoryEntry> History, bool ShowNotes);

    internal sealed record NoteView(int PsaId, string Text, bool IsInternal, string By, DateTimeOffset CreatedAt);

    internal sealed record TimeEntryView(int PsaId, string Member, DateTimeOffset Start, decimal Hours, string? Notes);

    internal sealed record HistoryEntry(DateTimeOffset At, string By, string What);

    public static void MapViewBoard(this RouteGroupBuilder group)
    {
        group.MapGet("", ListAsync).WithSummary("The boards the signed-in user may open (licensed members: all; contacts: their portal boards).");
        group.MapGet("/{boardId:guid}/view", ViewAsync)
            .WithSummary("A board as the signed-in user (or API token) sees it: columns, lanes and only the cards they may see. "
                + "Optional temporary filter: member, company, priority, project (repeatable), unassigned, q (text search).");
        group.MapGet("/{boardId:guid}/cards/{cardKey}", CardAsync).WithSummary("One card as the user sees it on this board; 404 when it is not on the board for them.");
        group.MapGet("/{boardId:guid}/cards/{cardKey}/details", DetailsAsync).WithSummary("A card's notes, time entries and history (notes as the board's portal options allow).");
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, BoardAccessResolver resolver, CancellationToken ct) =>
        await resolver.OpenableBoardsAsync(user, ct) is { } boards
            ? Results.Ok(boards.Select(b => new BoardListItem(b.Id, b.Name, b.Kind)).ToList())
            : BoardResults.Denied(BoardDenial.NoLicense);

    private static async Task<IResult> ViewAsync(
        Guid boardId,
        ClaimsPrincipal user,
        BoardAccessResolver resolver,
        CardReader reader,
        BoardViewCache cache,
        BoardsDbContext db,
        TimeProvider time,
        [FromQuery] int[]? member,
        [FromQuery] int[]? company,
        [FromQuery] int[]? priority,
        [FromQuery] int[]? project,
        [FromQuery] bool? unassigned,
        [FromQuery] string? q,
        CancellationToken ct)
    {
        var (access, denial) = await resolver.ResolveAsync(user, boardId, ct);
        if (access is null)
        {
            return BoardResults.Denied(denial);
        }

        var personal = new CardFilter
        {
            MemberPsaIds = [.. member ?? []],
            CompanyPsaIds = [.. company ?? []],
            PriorityPsaIds = [.. priority ?? []],
            ProjectPsaIds = [.. project ?? []],
            IncludeUnassigned = unassigned ?? false,
        };
        var filter = personal.IsEmpty && !personal.IncludeUnassigned ? null : personal;
        var isAdmin = user.IsInRole("admin");
        var snapshot = access.IsContact
            ? null
            : await cache.GetAsync(db.CurrentTenantId, boardId, isAdmin, access.Visibility.Version, () => reader.ReadAllAsync(access, isAdmin, CancellationToken.None));
        if (access.UserId is { } userId)
        {
            await RecordVisitAsync(db, userId, time.GetUtcNow(), ct);
        }

        if (snapshot is null)
        {
            var version = await cache.VersionAsync(db.CurrentTenantId);
            return Results.Ok(await reader.ReadAsync(access, filter, q, isAdmin, ct) with { Version = version });
        }

        return filter is null && string.IsNullOrWhiteSpace(q) ? new SnapshotResult(snapshot) : Results.Ok(CardReader.Narrow(snapshot.Read, filter, q));
    }

    private static async Task<IResult> CardAsync(Guid boardId, string cardKey, ClaimsPrincipal user, BoardAccessResolver resolver, CardReader reader, CancellationToken ct)
    {
        var (access, denial) = await resolver.ResolveAsync(user, boardId, ct);
        if (access is null)
        {
            return BoardResults.Denied(denial);
        }

        return CardKey.Parse(cardKey) is { } item && await reader.ReadCardAsync(access, item, ct) is { } card
            ? Results.Ok(card)
            : BoardResults.NotFound("This card is not on the board.");
    }

    private static async Task<IResult> DetailsAsync(
        Guid boardId, string cardKey, ClaimsPrincipal user, BoardAccessResolver resolver, CardReader reader, IIntegrationsModule psa, BoardsDbContext db, CancellationToken ct)
    {
        var (access, denial) = await resolver.ResolveAsync(user, boardId, ct);
        if (access is null)
        {
            return BoardResults.Denied(denial);
        }

        if (CardKey.Parse(cardKey) is not { } item || await reader.ShownItemAsync(access, item, ct) is null)
        {
            return BoardResults.NotFound("This card is not on the board.");
        }

        IReadOnlyList<NoteView> notes = [];
        IReadOnlyList<TimeEntryView> times = [];
        if (access.ShowNotes)
        {
            var members = (await psa.GetMembersAsync(includeInactive: true, ct)).ToDictionary(m => m.PsaId, CardReader.MemberName);
            // Internal notes never reach a contact, whatever the board's options say.
            notes = (await psa.GetNotesAsync(item, includeInternal: !access.IsContact, ct))
                .Select(n => new NoteView(n.PsaId, n.Text, n.IsInternal, NoteAuthor(n, members), n.CreatedAt)).ToList();
            times = (await psa.GetTimeEntriesAsync(item, ct))
                .Select(t => new TimeEntryView(t.PsaId, members.GetValueOrDefault(t.MemberPsaId, $"Member {t.MemberPsaId}"), t.Start, t.Hours, t.Notes)).ToList();
        }

        var history = await db.CardEvents.AsNoTracking().Where(e => e.Kind == item.Kind && e.PsaId == item.PsaId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(200)
            .Select(e => new HistoryEntry(e.At, e.By, e.What)).ToListAsync(ct);
        return Results.Ok(new CardDetails(notes, times, access.IsContact ? [] : history, access.ShowNotes));
    }

    private static string NoteAuthor(WorkItemNote note, Dictionary<int, string> members) =>
        note.MemberPsaId is { } m ? members.GetValueOrDefault(m, $"Member {m}") : note.ContactPsaId is not null ? "Client" : "PSA";

    private static async Task RecordVisitAsync(BoardsDbContext db, Guid userId, DateTimeOffset now, CancellationToken ct)
    {
        var tenantId = db.CurrentTenantId;
        // Every board read writes this row: it need not wait for the disk (losing the last second of "last viewed" in
        // a crash is harmless), so the commit does not flush. Npgsql sends both statements as one implicit transaction.
        await db.Database.ExecuteSqlAsync($"""
            SET LOCAL synchronous_commit = off;
            INSERT INTO boards.board_visits ("TenantId", "UserId", "LastViewedAt") VALUES ({tenantId}, {userId}, {now})
            ON CONFLICT ("TenantId", "UserId") DO UPDATE SET "LastViewedAt" = excluded."LastViewedAt"
            """, ct);
    }
}
