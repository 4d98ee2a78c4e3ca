using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Portal.Access;
using TopLeft.Portal.Data;
using TopLeft.Portal.Domain;
using TopLeft.Shared.Live;

namespace TopLeft.Portal.Features.BoardOptions;

/// <summary>The board editor's Portal tab: what contacts may see and do on one board.</summary>
internal static class BoardOptionsEndpoints
{
    /// <param name="Visibility">"company" (cards of the contact's company) or "only-mine" (cards where they are the contact).</param>
    /// <param name="CompanyAccess">Companies that may use the board; empty = every licensed company.</param>
    internal sealed record BoardPortalOptions(
        bool Enabled, bool ShowNotesAndTimeEntries, bool ContactCanAddNotes, string Visibility, bool ContactCanDrag, bool ShowBudgetSummary, IReadOnlyList<int> CompanyAccess);

    /// <param name="Supported">False when the board's card type cannot be a portal board (ConnectWise: service and project tickets; Autotask: tickets and tasks).</param>
    internal sealed record BoardOptionsResponse(Guid BoardId, string BoardName, bool Supported, BoardPortalOptions Options, IReadOnlyList<CompanyOption> Companies);

    internal sealed record CompanyOption(int PsaId, string Name, bool Licensed);

    internal sealed record PortalBoardRow(Guid BoardId, string Name, bool Supported, bool Enabled);

    public static void MapBoardOptions(this RouteGroupBuilder admin)
    {
        admin.MapGet("/boards", ListAsync).WithSummary("Every board with whether it can be, and is, a client portal board.");
        admin.MapGet("/boards/{boardId:guid}/options", GetAsync).WithSummary("A board's portal options (defaults when never saved) and the companies for Company Access.");
        admin.MapPut("/boards/{boardId:guid}/options", SaveAsync).WithSummary("Saves a board's portal options; open pages of the board reload at once.");
    }

    private static async Task<IResult> ListAsync(IBoardsModule boards, PortalDbContext db, PortalAccess access, CancellationToken ct)
    {
        var kind = await access.PsaKindAsync(ct);
        var enabled = (await db.BoardOptions.AsNoTracking().Where(o => o.Enabled).Select(o => o.BoardId).ToListAsync(ct)).ToHashSet();
        return Results.Ok((await boards.GetBoardsAsync(ct))
            .Select(b => new PortalBoardRow(b.Id, b.Name, PortalRules.SupportsKind(kind, b.Kind), enabled.Contains(b.Id))).ToList());
    }

    private static async Task<IResult> GetAsync(Guid boardId, IBoardsModule boards, PortalDbContext db, PortalAccess access, IIntegrationsModule psa, CancellationToken ct)
    {
        if ((await boards.GetBoardsAsync(ct)).FirstOrDefault(b => b.Id == boardId) is not { } board)
        {
            return Results.Problem(title: "No such board.", statusCode: StatusCodes.Status404NotFound);
        }

        var options = await access.OptionsAsync(boardId, ct) ?? new BoardPortalSettings { BoardId = boardId };
        return Results.Ok(await ResponseAsync(board, options, db, access, psa, ct));
    }

    private static async Task<IResult> SaveAsync(
        Guid boardId, BoardPortalOptions request, IBoardsModule boards, PortalDbContext db, PortalAccess access, IIntegrationsModule psa,
        ILiveChannel live, TimeProvider time, CancellationToken ct)
    {
        if ((await boards.GetBoardsAsync(ct)).FirstOrDefault(b => b.Id == boardId) is not { } board)
        {
            return Results.Problem(title: "No such board.", statusCode: StatusCodes.Status404NotFound);
        }

        var errors = new Dictionary<string, string[]>();
        var visibility = request.Visibility?.ToLowerInvariant() switch
        {
            "company" or null => CardVisibility.Company,
            "only-mine" => CardVisibility.OnlyMine,
            _ => (CardVisibility?)null,
        };
        if (visibility is null)
        {
            errors["visibility"] = ["Card visibility is \"company\" or \"only-mine\"."];
        }

        if (request.Enabled && !PortalRules.SupportsKind(await access.PsaKindAsync(ct), board.Kind))
        {
            errors["enabled"] = ["Client portal works for ConnectWise ticket boards (service and project) and Autotask ticket and task boards."];
        }

        var known = (await psa.GetCompaniesAsync(ct)).Select(c => c.PsaId).ToHashSet();
        var unknown = (request.CompanyAccess ?? []).Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            errors["companyAccess"] = [$"Not active PSA companies: {string.Join(", ", unknown)}."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The portal options cannot be saved.");
        }

        var options = await db.BoardOptions.FirstOrDefaultAsync(o => o.BoardId == boardId, ct)
            ?? db.BoardOptions.Add(new BoardPortalSettings { BoardId = boardId }).Entity;
        options.Enabled = request.Enabled;
        options.ShowNotesAndTimeEntries = request.ShowNotesAndTimeEntries;
        options.ContactCanAddNotes = request.ContactCanAddNotes;
        options.Visibility = visibility!.Value;
        options.ContactCanDrag = request.ContactCanDrag;
        options.ShowBudgetSummary = request.ShowBudgetSummary;
        options.CompanyAccess = (request.CompanyAccess ?? []).Distinct().Order().ToList();
        options.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await live.ToGroupAsync(BoardLive.Group(db.CurrentTenantId, boardId), BoardLive.BoardChanged, boardId);
        return Results.Ok(await ResponseAsync(board, options, db, access, psa, ct));
    }

    private static async Task<BoardOptionsResponse> ResponseAsync(
        BoardSummary board, BoardPortalSettings options, PortalDbContext db, PortalAccess access, IIntegrationsModule psa, CancellationToken ct)
    {
        var licensed = (await db.LicensedCompanies.AsNoTracking().Select(c => c.CompanyPsaId).ToListAsync(ct)).ToHashSet();
        var companies = (await psa.GetCompaniesAsync(ct))
            .Where(c => licensed.Contains(c.PsaId) || options.CompanyAccess.Contains(c.PsaId))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Select(c => new CompanyOption(c.PsaId, c.Name, licensed.Contains(c.PsaId))).ToList();
        return new BoardOptionsResponse(
            board.Id,
            board.Name,
            PortalRules.SupportsKind(await access.PsaKindAsync(ct), board.Kind),
            new BoardPortalOptions(
                options.Enabled, options.ShowNotesAndTimeEntries, options.ContactCanAddNotes,
                options.Visibility == CardVisibility.OnlyMine ? "only-mine" : "company", options.ContactCanDrag, options.ShowBudgetSummary, options.CompanyAccess),
            companies);
    }
}
