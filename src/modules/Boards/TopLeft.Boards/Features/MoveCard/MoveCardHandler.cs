using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Access;
using TopLeft.Boards.Contracts.Events;
using TopLeft.Boards.Data;
using TopLeft.Boards.Domain;
using TopLeft.Boards.Features.LiveUpdates;
using TopLeft.Boards.Features.ManageBoards;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Data;

namespace TopLeft.Boards.Features.MoveCard;

/// <summary>
/// A drop on a board. Under a per-card lock (so two simultaneous drags are decided one after the other) it checks the
/// card is still where the mover saw it, picks the PSA status the column stands for on the card's PSA board, applies
/// WIP limits and lane rules, then asks Integrations to write the status back (applied locally at once).
/// </summary>
internal sealed class MoveCardHandler(
    BoardsDbContext db, CardReader reader, IIntegrationsModule psa, StatusCatalog catalog, BoardNotifier notifier, TimeProvider time)
{
    internal sealed record MoveCardResponse(CardView Card, Guid? WriteBackId);

    internal sealed record StatusChoice(int PsaId, string Name);

    public async Task<IResult> MoveAsync(BoardAccess access, WorkItemRef item, MoveCardRequest request, CancellationToken ct)
    {
        if (!access.CanDrag)
        {
            return BoardResults.Refused("You cannot move cards on this board.", "Moving cards is not enabled for you here.", "drag-not-allowed", StatusCodes.Status403Forbidden);
        }

        var board = access.Board;
        if (board.Columns.FirstOrDefault(c => c.Id == request.ColumnId) is not { } target)
        {
            return BoardResults.Refused("No such column.", "The board has no such column; reload the board.", "unknown-column");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.LockCardAsync((int)item.Kind, item.PsaId, ct);
        var card = await reader.ReadCardAsync(access, item, ct);
        var work = card is null ? null : await psa.GetWorkItemAsync(item, ct);
        if (card is null || work is null)
        {
            return BoardResults.NotFound("This card is not on the board.");
        }

        if (request.ExpectedStatusPsaId is { } expected && work.StatusPsaId != expected)
        {
            var by = await db.CardEvents.AsNoTracking().Where(e => e.Kind == item.Kind && e.PsaId == item.PsaId)
                .OrderByDescending(e => e.Id).Select(e => e.By).FirstOrDefaultAsync(ct) ?? "Someone";
            return BoardResults.Refused(
                "The card has moved.",
                $"{by} moved this card to {work.StatusName} just before you. The board shows where it is now.",
                "card-changed",
                StatusCodes.Status409Conflict,
                card);
        }

        var laneChange = request.LaneKey is { } lane && lane != card.LaneKey;
        if (laneChange && (board.Swimlane != Swimlane.Member || access.IsContact))
        {
            return BoardResults.Refused("Cards cannot change lanes here.", LaneRefusal(board.Swimlane), "lane-move-not-allowed");
        }

        int? newStatus = null;
        if (target.Id != card.ColumnId)
        {
            var valid = await ValidStatusesAsync(target, work, ct);
            if (valid.Count == 0)
            {
                return BoardResults.Refused(
                    "The card cannot go to this column.",
                    $"None of the statuses of \"{target.Name}\" can be used on this card's PSA board.",
                    "no-valid-status");
            }

            if (request.StatusPsaId is { } picked && valid.Any(v => v.PsaId == picked))
            {
                newStatus = picked;
            }
            else if (valid.Count == 1)
            {
                newStatus = valid[0].PsaId;
            }
            else
            {
                return BoardResults.Refused("Pick a status.", $"\"{target.Name}\" stands for several statuses; pick one.", "choose-status",
                    extra: access.IsContact ? valid.Select((v, i) => new StatusChoice(v.PsaId, $"Option {i + 1}")).ToList() : valid);
            }
        }

        if (await WipRefusalAsync(access, target.Id != card.ColumnId ? target : null, laneChange ? request.LaneKey : null, ct) is { } refusal)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        Guid? writeBackId = null;
        if (newStatus is { } status)
        {
            writeBackId = await psa.RequestStatusChangeAsync(item, status, access.ActingMemberPsaId, ct);
            var statusName = (await psa.GetWorkItemAsync(item, ct))?.StatusName ?? target.Name;
            CardHistory.Add(db, item, access.UserName, $"Moved from {work.StatusName} to {statusName}", now);
            await CardHistory.TrackStatusAsync(db, item, status, now, ct);
            if (access.Scope?.ActingContactPsaId is { } contact)
            {
                db.Publish(new CardChangedByContact(board.Id, item, contact, "moved", statusName));
            }
        }

        if (laneChange)
        {
            var assignees = Reassign(work.AssigneePsaIds, card.LaneKey, request.LaneKey!);
            var assignment = await psa.RequestAssignmentAsync(item, assignees, access.ActingMemberPsaId, ct);
            writeBackId ??= assignment;
            CardHistory.Add(db, item, access.UserName, assignees.Count == 0 ? "Unassigned" : $"Reassigned (lane {request.LaneKey})", now);
        }

        if (request.BeforeKey is not null || request.AfterKey is not null)
        {
            await Ranking.PlaceAsync(db, item, request.BeforeKey, request.AfterKey, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await notifier.CardChangedAsync(item, access.UserName, writeBackId);
        var moved = await reader.ReadCardAsync(access, item, ct);
        return moved is null ? Results.Ok(new MoveCardResponse(card, writeBackId)) : Results.Ok(new MoveCardResponse(moved, writeBackId));
    }

    public async Task<IResult> SendToAsync(BoardAccess access, WorkItemRef item, bool top, CancellationToken ct)
    {
        if (!access.CanDrag)
        {
            return BoardResults.Refused("You cannot reorder cards on this board.", "Moving cards is not enabled for you here.", "drag-not-allowed", StatusCodes.Status403Forbidden);
        }

        var view = await reader.ReadAsync(access, null, null, false, ct);
        if (view.Cards.FirstOrDefault(c => c.PsaId == item.PsaId) is not { } card)
        {
            return BoardResults.NotFound("This card is not on the board.");
        }

        var column = view.Cards.Where(c => c.ColumnId == card.ColumnId && c.LaneKey == card.LaneKey && c.PsaId != item.PsaId).Select(c => c.Rank).ToList();
        if (column.Count > 0)
        {
            await Ranking.SetAsync(db, item, top ? Ranking.Before(column.Min()) : Ranking.After(column.Max()), ct);
            CardHistory.Add(db, item, access.UserName, top ? "Sent to the top" : "Sent to the bottom", time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            await notifier.CardChangedAsync(item, access.UserName);
        }

        return Results.Ok(await reader.ReadCardAsync(access, item, ct));
    }

    private async Task<List<StatusChoice>> ValidStatusesAsync(BoardColumn target, WorkItem work, CancellationToken ct)
    {
        var onPsaBoard = await catalog.StatusesForAsync(work, ct);
        return target.StatusPsaIds
            .Select(id => onPsaBoard.FirstOrDefault(s => s.PsaId == id))
            .Where(s => s is not null)
            .Select(s => new StatusChoice(s!.PsaId, s.Name))
            .ToList();
    }

    /// <summary>When limits block drops: a card may not enter a full column, nor (on a lane change) a full lane.</summary>
    private async Task<IResult?> WipRefusalAsync(BoardAccess access, BoardColumn? enteredColumn, string? enteredLane, CancellationToken ct)
    {
        var board = access.Board;
        var columnLimited = enteredColumn?.WipLimit is not null;
        var laneLimited = enteredLane is not null && board.LaneWipLimit is not null;
        if (!board.WipLimitBlocksDrops || (!columnLimited && !laneLimited))
        {
            return null;
        }

        var view = await reader.ReadAsync(access, null, null, false, ct);
        if (columnLimited && view.Columns.First(c => c.Id == enteredColumn!.Id).Count >= enteredColumn!.WipLimit)
        {
            return BoardResults.Refused("The column is full.", $"\"{enteredColumn.Name}\" has reached its WIP limit of {enteredColumn.WipLimit}.", "wip-limit", StatusCodes.Status409Conflict);
        }

        if (laneLimited && view.Lanes.FirstOrDefault(l => l.Key == enteredLane)?.Count >= board.LaneWipLimit)
        {
            return BoardResults.Refused("The lane is full.", $"The lane has reached its WIP limit of {board.LaneWipLimit}.", "wip-limit", StatusCodes.Status409Conflict);
        }

        return null;
    }

    private static List<int> Reassign(IReadOnlyList<int> assignees, string fromLane, string toLane)
    {
        var from = LaneBuilder.IdOf(fromLane);
        var to = LaneBuilder.IdOf(toLane);
        var rest = assignees.Where(a => a != from && a != to).ToList();
        return to is { } member ? [member, .. rest] : rest;
    }

    private static string LaneRefusal(Swimlane lane) => lane switch
    {
        Swimlane.Member => "Contacts cannot reassign cards.",
        Swimlane.None => "This board has no swimlanes.",
        _ => $"A card's {lane.ToString().ToLowerInvariant()} is not changed by dragging; move it within its lane.",
    };
}
