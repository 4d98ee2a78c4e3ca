using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Access;
using TopLeft.Boards.Contracts;
using TopLeft.Boards.Data;
using TopLeft.Boards.Domain;
using TopLeft.Boards.Features.LiveUpdates;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Live;
using TopLeft.Shared.Security;

namespace TopLeft.Boards.Features.ManageBoards;

/// <summary>The board editor's API (admins): create, read, change and delete boards.</summary>
internal static class ManageBoardsEndpoints
{
    public static void MapManageBoards(this RouteGroupBuilder boards)
    {
        var admin = boards.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapGet("/setup-options", OptionsAsync).WithSummary("What a board can be built from: PSA boards with their statuses, members, companies, priorities, projects.");
        admin.MapPost("", CreateAsync).WithSummary("Creates a board. Without columns, one column per open status of the chosen PSA boards.");
        admin.MapGet("/{boardId:guid}/definition", GetAsync).WithSummary("A board's settings, for the editor.");
        admin.MapPut("/{boardId:guid}", UpdateAsync).WithSummary("Changes a board's settings (name, type, filters, columns and their statuses, swimlanes, WIP limits, card fields).");
        admin.MapDelete("/{boardId:guid}", DeleteAsync).WithSummary("Deletes a board (the PSA's work is untouched).");
    }

    private static async Task<IResult> OptionsAsync(IIntegrationsModule psa, StatusCatalog catalog, CancellationToken ct)
    {
        var connection = await psa.GetConnectionAsync(ct);
        var projects = await psa.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Project]), ct);
        return Results.Ok(new BoardSetupOptions(
            connection?.Kind,
            BoardEditor.CardKinds.Where(k => connection is null || k != (connection.Kind == PsaKind.ConnectWise ? WorkItemKind.Task : WorkItemKind.ProjectTicket)).ToList(),
            (await psa.GetBoardsAsync(ct)).Where(b => b.IsActive).ToList(),
            (await psa.GetMembersAsync(cancellationToken: ct)).Select(m => new OptionItem(m.PsaId, Features.ViewBoard.CardReader.MemberName(m))).ToList(),
            (await psa.GetCompaniesAsync(ct)).Select(c => new OptionItem(c.PsaId, c.Name)).ToList(),
            (await psa.GetPrioritiesAsync(ct)).Select(p => new OptionItem(p.PsaId, p.Name)).ToList(),
            projects.OrderBy(p => p.Title).Select(p => new OptionItem(p.Ref.PsaId, p.Title)).ToList(),
            Enum.GetNames<Swimlane>().Select(n => n.ToLowerInvariant()).ToList(),
            CardField.All,
            await catalog.BoardsForAsync(WorkItemKind.Project, ct),
            await catalog.BoardsForAsync(WorkItemKind.Task, ct)));
    }

    private static async Task<IResult> CreateAsync(
        BoardDefinition definition, BoardsDbContext db, IIntegrationsModule psa, StatusCatalog catalog, BoardsOfKind boardsOfKind, TimeProvider time,
        CancellationToken ct)
    {
        var psaBoards = await catalog.BoardsForAsync(definition.Kind, ct);
        if (await InvalidAsync(definition, null, db, psa, psaBoards, ct) is { } invalid)
        {
            return invalid;
        }

        var board = new Board { CreatedAt = time.GetUtcNow() };
        BoardEditor.Apply(board, definition, psaBoards, time.GetUtcNow());
        if (board.Columns.Count == 0)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["columns"] = ["The chosen PSA boards have no open statuses to make columns from. Sync first, or add columns."] });
        }

        db.Boards.Add(board);
        await db.SaveChangesAsync(ct);
        await boardsOfKind.ChangedAsync(db.CurrentTenantId);
        return Results.Created($"/api/boards/{board.Id}", BoardDefinitionResponse.From(board));
    }

    private static async Task<IResult> GetAsync(Guid boardId, BoardsDbContext db, CancellationToken ct) =>
        await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId, ct) is { } board
            ? Results.Ok(BoardDefinitionResponse.From(board))
            : BoardResults.NotFound("No such board.");

    private static async Task<IResult> UpdateAsync(
        Guid boardId, BoardDefinition definition, BoardsDbContext db, IIntegrationsModule psa, StatusCatalog catalog, ILiveChannel live, BoardViewCache views,
        BoardsOfKind boardsOfKind, TimeProvider time, CancellationToken ct)
    {
        if (await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId, ct) is not { } board)
        {
            return BoardResults.NotFound("No such board.");
        }

        var psaBoards = await catalog.BoardsForAsync(definition.Kind, ct);
        if (await InvalidAsync(definition, boardId, db, psa, psaBoards, ct) is { } invalid)
        {
            return invalid;
        }

        BoardEditor.Apply(board, definition, psaBoards, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await boardsOfKind.ChangedAsync(db.CurrentTenantId);
        await views.ChangedAsync(db.CurrentTenantId);
        await live.ToGroupAsync(BoardLive.Group(db.CurrentTenantId, board.Id), BoardLive.BoardChanged, board.Id);
        return Results.Ok(BoardDefinitionResponse.From(board));
    }

    private static async Task<IResult> DeleteAsync(
        Guid boardId, BoardsDbContext db, ILiveChannel live, BoardViewCache views, BoardsOfKind boardsOfKind, CancellationToken ct)
    {
        if (await db.Boards.FirstOrDefaultAsync(b => b.Id == boardId, ct) is not { } board)
        {
            return BoardResults.NotFound("No such board.");
        }

        db.Boards.Remove(board);
        await db.SaveChangesAsync(ct);
        await boardsOfKind.ChangedAsync(db.CurrentTenantId);
        await views.ChangedAsync(db.CurrentTenantId);
        await live.ToGroupAsync(BoardLive.Group(db.CurrentTenantId, boardId), BoardLive.BoardChanged, boardId);
        return Results.NoContent();
    }

    private static async Task<IResult?> InvalidAsync(
        BoardDefinition definition, Guid? boardId, BoardsDbContext db, IIntegrationsModule psa, IReadOnlyList<PsaBoard> psaBoards, CancellationToken ct)
    {
        var errors = BoardEditor.Validate(definition, psaBoards, await psa.GetConnectionAsync(ct));
        var name = definition.Name?.Trim() ?? "";
        if (!errors.ContainsKey("name") && await db.Boards.AnyAsync(b => b.Name == name && b.Id != boardId, ct))
        {
            errors["name"] = [$"There is already a board called \"{name}\"."];
        }

        return errors.Count > 0 ? Results.ValidationProblem(errors, title: "The board cannot be saved.") : null;
    }
}
