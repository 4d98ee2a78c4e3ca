using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Data;

namespace TopLeft.Integrations.Features.Realtime;

/// <summary>
/// Deletes callback/webhook rows handled longer ago than the retention, in chunks so a large backlog never holds one long
/// transaction. Rows not yet handled are never touched, however old.
/// </summary>
internal static class NotificationRetention
{
    private const int Chunk = 5_000;

    public static async Task<int> PurgeAsync(IntegrationsDbContext db, DateTimeOffset handledBefore, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var deleted = await db.Database.ExecuteSqlAsync(
                $"""
                 DELETE FROM integrations.inbound_notifications
                 WHERE "Id" IN (SELECT "Id" FROM integrations.inbound_notifications
                                WHERE "ProcessedAt" IS NOT NULL AND "ProcessedAt" < {handledBefore} LIMIT {Chunk})
                 """, ct);
            total += deleted;
            if (deleted < Chunk)
            {
                return total;
            }
        }
    }
}
