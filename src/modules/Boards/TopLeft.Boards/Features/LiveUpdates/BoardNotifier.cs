using TopLeft.Boards.Contracts;
using TopLeft.Boards.Data;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Live;

namespace TopLeft.Boards.Features.LiveUpdates;

/// <summary>
/// Tells every open board that may show a work item to re-read that card. The message names the card only: each
/// page re-reads it through the API, which applies that reader's licensing and portal scope.
/// </summary>
internal sealed class BoardNotifier(BoardsDbContext db, ILiveChannel live, BoardViewCache views, BoardsOfKind boardsOfKind)
{
    public async Task CardChangedAsync(WorkItemRef item, string by, Guid? writeBackId = null, string? error = null)
    {
        // Retire the cached boards before anyone hears of the change and reloads.
        await views.ChangedAsync(db.CurrentTenantId);
        var boards = await boardsOfKind.GetAsync(db, item.Kind, CancellationToken.None);
        var key = CardKey.Of(item);
        foreach (var board in boards)
        {
            await live.ToGroupAsync(BoardLive.Group(db.CurrentTenantId, board), BoardLive.CardChanged, new CardChangedMessage(board, key, by, writeBackId, error));
        }
    }
}
