using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Data;
using TopLeft.Boards.Domain;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.MoveCard;

/// <summary>Puts a card between two others in the tenant-wide order (so the order holds on every board).</summary>
internal static class Ranking
{
    private const double Gap = 1024.0;

    public static async Task PlaceAsync(BoardsDbContext db, WorkItemRef item, string? beforeKey, string? afterKey, CancellationToken ct)
    {
        var above = await RankOfAsync(db, CardKey.Parse(beforeKey), ct);
        var below = await RankOfAsync(db, CardKey.Parse(afterKey), ct);
        double? rank = (above, below) switch
        {
            ({ } a, { } b) when a < b => a + ((b - a) / 2),
            ({ } a, { } b) => Math.Min(a, b) - (Gap / 2),
            ({ } a, null) => a + Gap,
            (null, { } b) => b - Gap,
            _ => null,
        };
        if (rank is { } value)
        {
            await SetAsync(db, item, value, ct);
        }
    }

    public static async Task SetAsync(BoardsDbContext db, WorkItemRef item, double rank, CancellationToken ct)
    {
        var row = await db.Ranks.FirstOrDefaultAsync(r => r.Kind == item.Kind && r.PsaId == item.PsaId, ct);
        if (row is null)
        {
            db.Ranks.Add(new CardRank { Kind = item.Kind, PsaId = item.PsaId, Rank = rank });
        }
        else
        {
            row.Rank = rank;
        }
    }

    public static double Before(double first) => first - Gap;

    public static double After(double last) => last + Gap;

    private static async Task<double?> RankOfAsync(BoardsDbContext db, WorkItemRef? item, CancellationToken ct)
    {
        if (item is null)
        {
            return null;
        }

        var stored = await db.Ranks.AsNoTracking().Where(r => r.Kind == item.Kind && r.PsaId == item.PsaId).Select(r => (double?)r.Rank).FirstOrDefaultAsync(ct);
        return stored ?? CardRank.DefaultRank(item.PsaId);
    }
}
