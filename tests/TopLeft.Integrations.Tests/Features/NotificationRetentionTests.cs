using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Realtime;

namespace TopLeft.Integrations.Tests.Features;

/// <summary>Handled callback/webhook rows do not pile up for ever; unhandled ones are never purged.</summary>
public sealed class NotificationRetentionTests
{
    [Fact]
    public async Task The_purge_deletes_only_rows_handled_before_the_cutoff()
    {
        await using var h = await IntegrationsHarness.StartAsync(PsaKind.ConnectWise, tickets: 20);
        var now = DateTimeOffset.UtcNow;
        InboundNotification Row(string key, DateTimeOffset received, DateTimeOffset? handled) => new()
        {
            TenantId = h.TenantId, Psa = PsaKind.ConnectWise, DeliveryKey = key, EntityType = "company", EntityId = 1, Action = "updated",
            ReceivedAt = received, ProcessedAt = handled, NextAttemptAt = handled is null ? now.AddDays(1) : received,
        };

        // Enough old rows to take more than one chunk.
        var oldKeys = Enumerable.Range(0, 5_200).Select(i => $"retention:old:{i}").ToList();
        await h.DbAsync(db =>
        {
            db.Notifications.AddRange(oldKeys.Select(k => Row(k, now.AddDays(-9), now.AddDays(-8))));
            db.Notifications.Add(Row("retention:recent", now.AddDays(-2), now.AddDays(-1)));
            db.Notifications.Add(Row("retention:waiting", now.AddDays(-30), null));
            return db.SaveChangesAsync();
        });

        var purged = await h.DbAsync(db => NotificationWorker.PurgeHandledAsync(db, now.AddDays(-7), CancellationToken.None));

        purged.ShouldBeGreaterThanOrEqualTo(oldKeys.Count);
        var left = await h.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.DeliveryKey.StartsWith("retention:")).Select(n => n.DeliveryKey).ToListAsync());
        left.ShouldBe(["retention:recent", "retention:waiting"], ignoreOrder: true);
    }
}
