using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Data;
using TopLeft.Boards.Domain;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.LiveUpdates;

/// <summary>Writes a card's history and its "in this status since"; saved with the caller's next SaveChanges.</summary>
internal static class CardHistory
{
    public const string Psa = "PSA";

    public static void Add(BoardsDbContext db, WorkItemRef item, string by, string what, DateTimeOffset at) =>
        db.CardEvents.Add(new CardEvent { Kind = item.Kind, PsaId = item.PsaId, By = by, What = what.Length > 2000 ? what[..2000] : what, At = at });

    /// <summary>Records the status; returns true when it differs from the one recorded before.</summary>
    public static async Task<bool> TrackStatusAsync(BoardsDbContext db, WorkItemRef item, int? statusPsaId, DateTimeOffset at, CancellationToken ct)
    {
        var row = await db.StatusSince.FirstOrDefaultAsync(s => s.Kind == item.Kind && s.PsaId == item.PsaId, ct);
        if (row is null)
        {
            db.StatusSince.Add(new CardStatusSince { Kind = item.Kind, PsaId = item.PsaId, StatusPsaId = statusPsaId, Since = at });
            return true;
        }

        if (row.StatusPsaId == statusPsaId)
        {
            return false;
        }

        row.StatusPsaId = statusPsaId;
        row.Since = at;
        return true;
    }
}
