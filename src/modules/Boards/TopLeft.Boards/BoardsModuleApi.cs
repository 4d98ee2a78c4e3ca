using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Access;
using TopLeft.Boards.Contracts;
using TopLeft.Boards.Data;
using TopLeft.Boards.Features.ViewBoard;

namespace TopLeft.Boards;

internal sealed class BoardsModuleApi(BoardsDbContext db, BoardAccessResolver resolver, BoardViewCache views) : IBoardsModule
{
    public async Task<IReadOnlyList<BoardSummary>> GetBoardsAsync(CancellationToken cancellationToken = default) =>
        (await db.Boards.AsNoTracking().IgnoreAutoIncludes().OrderBy(b => b.Name).ToListAsync(cancellationToken))
        .Select(b => new BoardSummary(b.Id, b.Name, b.Kind, b.PsaBoardIds)).ToList();

    public async Task<bool> CanOpenBoardAsync(ClaimsPrincipal user, Guid boardId, CancellationToken cancellationToken = default) =>
        (await resolver.ResolveAsync(user, boardId, cancellationToken)).Access is not null;

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> GetLastBoardViewsAsync(CancellationToken cancellationToken = default) =>
        await db.Visits.AsNoTracking().ToDictionaryAsync(v => v.UserId, v => v.LastViewedAt, cancellationToken);

    public Task<long?> GetDataVersionAsync() => views.VersionAsync(db.CurrentTenantId);
}
