using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Realtime;

namespace TopLeft.Integrations.Tests.Features.Realtime;

/// <summary>
/// Each worker lane claims through its own partial index: during a burst thousands of note reads wait behind the
/// callbacks, and a claim of callbacks must not read past them.
/// </summary>
public sealed class NotificationClaimTests
{
    [Theory]
    [InlineData(false, "IX_inbound_notifications_due_callbacks")]
    [InlineData(true, "IX_inbound_notifications_due_note_reads")]
    public async Task Each_lane_claims_through_its_own_index_and_only_its_own_rows(bool noteReads, string index)
    {
        await using var h = await IntegrationsHarness.StartAsync(PsaKind.ConnectWise, tickets: 20);
        var now = DateTimeOffset.UtcNow.AddMinutes(-1);
        InboundNotification Row(string key, string type) => new()
        {
            TenantId = h.TenantId, Psa = PsaKind.ConnectWise, DeliveryKey = key, EntityType = type, EntityId = 1, Action = "Ticket",
            ReceivedAt = now, NextAttemptAt = now,
        };

        // The rows live in this test's transaction (rolled back at the end), so the Host's running workers never see them.
        var (plan, claimed) = await h.DbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notifications.AddRange(Enumerable.Range(0, 3_000).Select(i => Row($"claim:notes:{i}", NotificationWorker.NoteReads)));
            db.Notifications.AddRange(Enumerable.Range(0, 5).Select(i => Row($"claim:callback:{i}", "company")));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE integrations.inbound_notifications");

            // Only the index choice is under test, on the generic plan a prepared statement ends up with (auto-prepare): a
            // predicate the planner cannot match to the lane's partial index there shows up as a scan of another index or,
            // with sequential scans priced out, of the table.
            var sql = noteReads ? NotificationWorker.ClaimNoteReads : NotificationWorker.ClaimCallbacks;
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            async Task<object?> RunAsync(string statement)
            {
                await using var command = new NpgsqlCommand(statement, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
                return await command.ExecuteScalarAsync();
            }

            await RunAsync("SET LOCAL enable_seqscan = off");
            await RunAsync("SET LOCAL plan_cache_mode = force_generic_plan");
            await RunAsync($"PREPARE claim(timestamptz, int) AS {sql.Replace("{0}", "$1").Replace("{1}", "$2")}");
            var json = (string)(await RunAsync("EXPLAIN (FORMAT JSON) EXECUTE claim(now(), 200)"))!;
            await RunAsync("DEALLOCATE claim");

            var rows = (await db.Notifications.FromSqlRaw(sql, DateTimeOffset.UtcNow, 200).AsNoTracking().ToListAsync()).Select(n => n.EntityType).ToList();
            await transaction.RollbackAsync();
            return (json, rows);
        });

        IndexNames(JsonDocument.Parse(plan).RootElement).ShouldBe([index]);
        claimed.ShouldNotBeEmpty();
        claimed.ShouldAllBe(type => (type == NotificationWorker.NoteReads) == noteReads);
    }

    private static IEnumerable<string> IndexNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "Index Name" ? [p.Value.GetString()!] : IndexNames(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(IndexNames),
        _ => [],
    };
}
