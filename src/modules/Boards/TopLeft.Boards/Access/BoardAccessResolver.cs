using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Contracts;
using TopLeft.Boards.Data;
using TopLeft.Boards.Domain;
using TopLeft.Licensing.Contracts;
using TopLeft.Shared.Security;

namespace TopLeft.Boards.Access;

/// <summary>
/// Decides who may open which board: a contact as the portal says (an <see cref="ICardScopeProvider"/>), anyone else
/// only with a member license (the Licensing module's policy, answered from its per-user cache).
/// </summary>
internal sealed class BoardAccessResolver(
    BoardsDbContext db, ILicensingModule licensing, IAuthorizationService authorization, IEnumerable<ICardScopeProvider> scopes)
{
    public async Task<(BoardAccess? Access, BoardDenial Denial)> ResolveAsync(ClaimsPrincipal user, Guid boardId, CancellationToken ct)
    {
        var board = await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == boardId, ct);
        if (board is null)
        {
            return (null, BoardDenial.NotFound);
        }

        return await ResolveAsync(user, board, ct);
    }

    public async Task<(BoardAccess? Access, BoardDenial Denial)> ResolveAsync(ClaimsPrincipal user, Board board, CancellationToken ct)
    {
        var scope = await ScopeAsync(user, board, ct);
        if (scope is not null)
        {
            return scope.CanOpen ? (await AccessAsync(user, board, scope, ct), default) : (null, BoardDenial.NotFound);
        }

        if (IsContact(user))
        {
            return (null, BoardDenial.NotFound);
        }

        return await IsLicensedAsync(user) ? (await AccessAsync(user, board, null, ct), default) : (null, BoardDenial.NoLicense);
    }

    /// <summary>The boards the user may open, for the menu; null when the user is an unlicensed member.</summary>
    public async Task<IReadOnlyList<Board>?> OpenableBoardsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(ct);
        var governed = new List<Board>();
        var anyScope = false;
        foreach (var board in boards)
        {
            if (await ScopeAsync(user, board, ct) is { } scope)
            {
                anyScope = true;
                if (scope.CanOpen)
                {
                    governed.Add(board);
                }
            }
        }

        if (anyScope || IsContact(user))
        {
            return governed;
        }

        return await IsLicensedAsync(user) ? boards : null;
    }

    public async Task<bool> IsLicensedAsync(ClaimsPrincipal user) => (await authorization.AuthorizeAsync(user, Policies.LicensedMember)).Succeeded;

    private async Task<CardScope?> ScopeAsync(ClaimsPrincipal user, Board board, CancellationToken ct)
    {
        var summary = new BoardSummary(board.Id, board.Name, board.Kind, board.PsaBoardIds);
        foreach (var provider in scopes)
        {
            if (await provider.GetScopeAsync(user, summary, ct) is { } scope)
            {
                return scope;
            }
        }

        return null;
    }

    private async Task<BoardAccess> AccessAsync(ClaimsPrincipal user, Board board, CardScope? scope, CancellationToken ct)
    {
        var visibility = await licensing.GetVisibilityAsync(ct);
        int? member = int.TryParse(user.FindFirst(UserClaims.PsaMember)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
        var name = user.FindFirst(UserClaims.DisplayName)?.Value ?? user.Identity?.Name ?? "Someone";
        Guid? userId = Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var uid) ? uid : null;
        return new BoardAccess(board, visibility, scope, scope is null ? member : null, name, userId);
    }

    private static bool IsContact(ClaimsPrincipal user) => user.FindFirst(UserClaims.Kind)?.Value == "contact";
}
