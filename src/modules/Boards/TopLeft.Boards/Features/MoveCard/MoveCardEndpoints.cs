using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TopLeft.Boards.Access;
using TopLeft.Boards.Features.ViewBoard;

namespace TopLeft.Boards.Features.MoveCard;

internal static class MoveCardEndpoints
{
    public static void MapMoveCard(this RouteGroupBuilder group)
    {
        group.MapPost("/{boardId:guid}/cards/{cardKey}/move", MoveAsync)
            .WithSummary("Moves a card: to another column (the status is written back to the PSA), another member lane (reassigns), and/or between two cards. "
                + "422 code choose-status lists the statuses to pick from; 409 code card-changed when someone moved it first; 409 code wip-limit when the column is full and limits block drops.");
        group.MapPost("/{boardId:guid}/cards/{cardKey}/rank", RankAsync)
            .WithSummary("Sends a card to the top or bottom of its column (position: \"top\" or \"bottom\"); the order holds on every board.");
    }

    private static async Task<IResult> MoveAsync(
        Guid boardId, string cardKey, MoveCardRequest request, ClaimsPrincipal user, BoardAccessResolver resolver, MoveCardHandler handler, CancellationToken ct)
    {
        var (access, denial) = await resolver.ResolveAsync(user, boardId, ct);
        if (access is null)
        {
            return BoardResults.Denied(denial);
        }

        return CardKey.Parse(cardKey) is { } item ? await handler.MoveAsync(access, item, request, ct) : BoardResults.NotFound("This card is not on the board.");
    }

    private static async Task<IResult> RankAsync(
        Guid boardId, string cardKey, RankRequest request, ClaimsPrincipal user, BoardAccessResolver resolver, MoveCardHandler handler, CancellationToken ct)
    {
        var (access, denial) = await resolver.ResolveAsync(user, boardId, ct);
        if (access is null)
        {
            return BoardResults.Denied(denial);
        }

        if (request.Position is not ("top" or "bottom"))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["position"] = ["Position is \"top\" or \"bottom\"."] });
        }

        return CardKey.Parse(cardKey) is { } item
            ? await handler.SendToAsync(access, item, request.Position == "top", ct)
            : BoardResults.NotFound("This card is not on the board.");
    }
}
