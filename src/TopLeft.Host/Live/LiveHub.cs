using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using TopLeft.Boards.Contracts;
using TopLeft.Shared.Security;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Host.Live;

/// <summary>
/// The one SignalR hub the SPA connects to, for signed-in users only. Pages join one group per open board;
/// joining is checked like opening the board (license, or portal scope for contacts), so an unlicensed user
/// gets no live channel either. Modules push through <see cref="TopLeft.Shared.Live.ILiveChannel"/>.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class LiveHub(LiveConnections connections, IServiceProvider services) : Hub
{
    public const string SessionEnded = "SessionEnded";

    public override Task OnConnectedAsync()
    {
        connections.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Joins the board's group and returns the tenant's board-data version after joining (null when unknown): a page
    /// whose board was read at an older version may have missed a change announced before it joined, and reloads.
    /// </summary>
    public async Task<long?> SubscribeBoard(string boardId)
    {
        if (!Guid.TryParse(boardId, out var board) || TenantOf(Context.User) is not { } tenantId)
        {
            throw new HubException("No such board.");
        }

        // Each hub call has its own scope without the HTTP request's tenant: take it from the signed-in user.
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, "");
        var boards = scope.ServiceProvider.GetRequiredService<IBoardsModule>();
        if (Context.User is null || !await boards.CanOpenBoardAsync(Context.User, board, Context.ConnectionAborted))
        {
            throw new HubException("You do not have access to this board.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, BoardLive.Group(tenantId, board), Context.ConnectionAborted);
        return await boards.GetDataVersionAsync();
    }

    public Task UnsubscribeBoard(string boardId) =>
        Guid.TryParse(boardId, out var board) && TenantOf(Context.User) is { } tenantId
            ? Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardLive.Group(tenantId, board), Context.ConnectionAborted)
            : Task.CompletedTask;

    private static Guid? TenantOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirst(UserClaims.Tenant)?.Value, out var id) ? id : null;
}
