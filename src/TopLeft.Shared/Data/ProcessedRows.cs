using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace TopLeft.Shared.Data;

/// <summary>
/// Retention for queue tables (outboxes, inbound callbacks): deletes rows handled before a cutoff, in chunks so a large
/// backlog never holds one long transaction. Rows not yet handled (<c>"ProcessedAt"</c> null) stay, however old.
/// </summary>
public static class ProcessedRows
{
    private const int Chunk = 5_000;

    /// <param name="database">The module's database.</param>
    /// <param name="table">Schema-qualified table with <c>"Id"</c> and <c>"ProcessedAt"</c> columns; from code, never from input.</param>
    /// <param name="handledBefore">Rows handled before this go.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<int> PurgeAsync(DatabaseFacade database, string table, DateTimeOffset handledBefore, CancellationToken ct)
    {
        var total = 0;
        int deleted;
        do
        {
#pragma warning disable EF1002 // the table name comes from code
            deleted = await database.ExecuteSqlRawAsync(
                $$"""
                  DELETE FROM {{table}} WHERE "Id" IN (
                      SELECT "Id" FROM {{table}} WHERE "ProcessedAt" IS NOT NULL AND "ProcessedAt" < {0} LIMIT {{Chunk}})
                  """, [handledBefore], ct);
#pragma warning restore EF1002
            total += deleted;
        }
        while (deleted == Chunk);

        return total;
    }
}
