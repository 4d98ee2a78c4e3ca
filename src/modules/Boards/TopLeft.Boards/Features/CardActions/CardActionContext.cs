using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using TopLeft.Boards.Access;
using TopLeft.Boards.Data;
using TopLeft.Boards.Features.LiveUpdates;
using TopLeft.Boards.Features.ManageBoards;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.CardActions;

/// <summary>The steps every card action shares: access, the card on this board, then history and the live notice.</summary>
internal sealed class CardActionContext(
    BoardAccessResolver resolver, CardReader reader, BoardNotifier notifier, BoardsDbContext db, IIntegrationsModule psa, StatusCatalog statuses, TimeProvider time)
{
    public StatusCatalog Statuses => statuses;

    public IIntegrationsModule Psa => psa;

    public BoardsDbContext Db => db;

    public TimeProvider Time => time;

    public async Task<IResult> RunAsync(
        ClaimsPrincipal user, Guid boardId, string cardKey, bool requireMemberMenu, CancellationToken ct, Func<BoardAccess, WorkItemRef, WorkItem, Task<IResult>> action)
    {
        var (access, denial) = await resolver.ResolveAsync(user, boardId, ct);
        if (access is null)
        {
            return BoardResults.Denied(denial);
        }

        if (requireMemberMenu && !access.CanEditCards)
        {
            return BoardResults.Refused("You cannot change cards here.", "Only members can use the card menu.", "edit-not-allowed", StatusCodes.Status403Forbidden);
        }

        if (CardKey.Parse(cardKey) is not { } item || await reader.ShownItemAsync(access, item, ct) is not { } work)
        {
            return BoardResults.NotFound("This card is not on the board.");
        }

        return await action(access, item, work);
    }

    public async Task<IResult> DoneAsync(BoardAccess access, WorkItemRef item, Guid writeBackId, string what, CancellationToken ct)
    {
        CardHistory.Add(db, item, access.UserName, what, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await notifier.CardChangedAsync(item, access.UserName, writeBackId);
        return Results.Accepted(value: new WriteBackAccepted(writeBackId));
    }
}
