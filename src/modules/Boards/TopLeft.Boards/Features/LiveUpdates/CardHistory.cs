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

    /// <summary>
    /// Records the status; returns true when it differs from the one recorded before. One upsert, because a drag and
    /// the event its write-back raises record the same card at the same moment. The row count says it all (an unchanged
    /// status updates nothing), so this is a plain command: EF's SqlQuery composed a query around the statement on every
    /// call, which cost more than the upsert itself.
    /// </summary>
    public static async Task<bool> TrackStatusAsync(BoardsDbContext db, WorkItemRef item, int? statusPsaId, DateTimeOffset at, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO boards.card_status_since ("TenantId", "Kind", "PsaId", "StatusPsaId", "Since")
            VALUES ({db.CurrentTenantId}, {(int)item.Kind}, {item.PsaId}, {statusPsaId}, {at})
            ON CONFLICT ("TenantId", "Kind", "PsaId") DO UPDATE SET "StatusPsaId" = excluded."StatusPsaId", "Since" = excluded."Since"
            WHERE card_status_since."StatusPsaId" IS DISTINCT FROM excluded."StatusPsaId"
            """, ct) > 0;
}
