using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Security;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Realtime;

/// <summary>
/// Checks a callback's URL secret and stores the callback in one statement: the insert happens only if the SHA-256
/// of the secret equals the connection's stored hash. One round trip per callback, no decryption, and nothing cached,
/// so a replaced or removed secret is refused by the very next callback on every Host instance. The DbContext is only
/// touched on the rare paths (a connection without a stored hash).
/// </summary>
internal sealed class CallbackIntake(
    IntakeDatabase intake, IntegrationsDbContext db, TenantContext tenant, SecretProtector secrets, NotificationSignal signal, TimeProvider time)
{
    // Commits stay synchronous: the PSA is answered 200 once this returns and never sends that callback again, and the
    // 5-minute incremental sync would be the only thing to notice a row lost in a crash. Group commit already
    // amortises the WAL flush when callbacks arrive concurrently.
    private const string StoreSql =
        $"""
         WITH authorized AS (
             SELECT 1 FROM {IntegrationsDbContext.SchemaName}.connections
             WHERE "TenantId" = @tenant AND "Kind" = @kind AND "CallbackSecretHash" = @hash),
         stored AS (
             INSERT INTO {IntegrationsDbContext.SchemaName}.inbound_notifications
                 ("Id", "TenantId", "Psa", "DeliveryKey", "EntityType", "EntityId", "Action", "Sequence", "ReceivedAt", "Attempts", "NextAttemptAt")
             SELECT @id, @tenant, @kind, @key, @type, @entity, @action, @sequence, @at, 0, @at FROM authorized
             ON CONFLICT ("TenantId", "DeliveryKey") DO NOTHING
             RETURNING 1)
         SELECT EXISTS (SELECT 1 FROM authorized), EXISTS (SELECT 1 FROM stored)
         """;

    /// <summary>
    /// Stores the notification if <paramref name="secret"/> is the tenant's current callback secret for its PSA;
    /// false means refused. A duplicate delivery (same key) is accepted and stored once.
    /// </summary>
    public async Task<bool> StoreAsync(string secret, InboundNotification notification, CancellationToken ct)
    {
        notification.ReceivedAt = time.GetUtcNow();
        notification.NextAttemptAt = notification.ReceivedAt;
        var (authorized, inserted) = await TryStoreAsync(secret, notification, ct);
        if (!authorized && await FillHashAsync(notification.TenantId, notification.Psa, secret, ct))
        {
            (authorized, inserted) = await TryStoreAsync(secret, notification, ct);
        }

        if (inserted)
        {
            signal.Signal.Notify();
        }

        return authorized;
    }

    /// <summary>Whether <paramref name="secret"/> is the tenant's current callback secret, for calls that store nothing.</summary>
    public async Task<bool> IsAuthorizedAsync(Guid tenantId, PsaKind kind, string secret, CancellationToken ct)
    {
        var hash = PsaConnection.HashCallbackSecret(secret);
        return await db.Connections.IgnoreQueryFilters().AsNoTracking()
                .AnyAsync(c => c.TenantId == tenantId && c.Kind == kind && c.CallbackSecretHash == hash, ct)
            || await FillHashAsync(tenantId, kind, secret, ct);
    }

    private async Task<(bool Authorized, bool Inserted)> TryStoreAsync(string secret, InboundNotification n, CancellationToken ct)
    {
        await using var connection = await intake.OpenAsync(ct);
        await using var command = new NpgsqlCommand(StoreSql, connection);
        command.Parameters.AddWithValue("tenant", n.TenantId);
        command.Parameters.AddWithValue("kind", (int)n.Psa);
        command.Parameters.AddWithValue("hash", PsaConnection.HashCallbackSecret(secret));
        command.Parameters.AddWithValue("id", n.Id);
        command.Parameters.AddWithValue("key", n.DeliveryKey);
        command.Parameters.AddWithValue("type", n.EntityType);
        command.Parameters.AddWithValue("entity", n.EntityId);
        command.Parameters.AddWithValue("action", n.Action);
        command.Parameters.AddWithValue("sequence", n.Sequence is { } s ? s : DBNull.Value);
        command.Parameters.AddWithValue("at", n.ReceivedAt);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetBoolean(0), reader.GetBoolean(1));
    }

    /// <summary>
    /// A connection saved before the hash existed has none: check the secret the old way (decrypt, compare in fixed
    /// time) and store its hash, so this happens once per tenant.
    /// </summary>
    private async Task<bool> FillHashAsync(Guid tenantId, PsaKind kind, string secret, CancellationToken ct)
    {
        tenant.Set(tenantId, "");
        var connection = await db.Connections.FirstOrDefaultAsync(ct);
        if (connection is not { CallbackSecretHash: null } || connection.Kind != kind)
        {
            return false;
        }

        var current = secrets.Unprotect(connection.ProtectedCallbackSecret);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(secret)))
        {
            return false;
        }

        connection.SetCallbackSecret(current, _ => connection.ProtectedCallbackSecret);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
