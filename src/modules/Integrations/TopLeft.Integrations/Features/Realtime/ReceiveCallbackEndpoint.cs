using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Security;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Realtime;

/// <summary>
/// Anonymous receivers for ConnectWise callbacks and Autotask webhooks. Each call is authenticated
/// (the tenant's secret in the URL; for Autotask also the HMAC-SHA1 signature of the raw body), stored
/// once (a duplicate delivery hits the unique key) and answered at once; the queue worker does the rest.
/// </summary>
internal static class ReceiveCallbackEndpoint
{
    public static void MapReceiveCallbacks(this RouteGroupBuilder group)
    {
        group.MapPost("/callbacks/cw/{tenantId:guid}/{secret}", ConnectWiseAsync).AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/webhooks/at/{tenantId:guid}/{secret}", AutotaskAsync).AllowAnonymous().ExcludeFromDescription();
        group.MapPost("/webhooks/at/{tenantId:guid}/{secret}/deactivated", (Guid tenantId) => TypedResults.Ok()).AllowAnonymous().ExcludeFromDescription();
    }

    internal static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest>> ConnectWiseAsync(
        Guid tenantId, string secret, HttpRequest request, IntegrationsDbContext db, TenantContext tenant, SecretProtector secrets,
        NotificationSignal signal, TimeProvider time, CancellationToken ct)
    {
        tenant.Set(tenantId, "");
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct);
        if (connection is null || connection.Kind != PsaKind.ConnectWise || !SecretMatches(secrets.Unprotect(connection.ProtectedCallbackSecret), secret))
        {
            return TypedResults.Unauthorized();
        }

        using var payload = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        var root = payload.RootElement;
        var type = root.TryGetProperty("Type", out var t) ? t.GetString() ?? "" : request.Query["type"].ToString();
        var id = root.TryGetProperty("ID", out var i) && i.TryGetInt32(out var parsed) ? parsed
            : int.TryParse(request.Query["recordId"], System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0;
        if (id == 0)
        {
            return TypedResults.BadRequest();
        }

        var messageId = root.TryGetProperty("MessageId", out var m) ? m.GetString() ?? Guid.NewGuid().ToString() : Guid.NewGuid().ToString();
        var action = root.TryGetProperty("Action", out var a) ? a.GetString() ?? "updated" : "updated";
        await StoreAsync(db, signal, time, new InboundNotification
        {
            TenantId = tenantId, Psa = PsaKind.ConnectWise, DeliveryKey = "cw:" + messageId, EntityType = type.ToLowerInvariant(), EntityId = id,
            Action = action.ToLowerInvariant(),
        }, ct);
        return TypedResults.Ok();
    }

    internal static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest>> AutotaskAsync(
        Guid tenantId, string secret, HttpRequest request, IntegrationsDbContext db, TenantContext tenant, SecretProtector secrets,
        NotificationSignal signal, TimeProvider time, CancellationToken ct)
    {
        tenant.Set(tenantId, "");
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct);
        var key = connection is null ? null : secrets.Unprotect(connection.ProtectedCallbackSecret);
        if (connection is null || connection.Kind != PsaKind.Autotask || !SecretMatches(key!, secret))
        {
            return TypedResults.Unauthorized();
        }

        // The signature covers the raw bytes as Autotask escaped them; never re-serialize before checking.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        var expected = "sha1=" + Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(key!), body));
        if (!SecretMatches(expected, request.Headers["X-Hook-Signature"].ToString()))
        {
            return TypedResults.Unauthorized();
        }

        using var payload = JsonDocument.Parse(body);
        var root = payload.RootElement;
        var entity = root.GetProperty("EntityType").GetString() ?? "";
        var action = root.GetProperty("Action").GetString() ?? "";
        if (action == "Deactivated")
        {
            return TypedResults.Ok();
        }

        var guid = root.TryGetProperty("Guid", out var g) ? g.GetString() : "";
        var sequence = root.TryGetProperty("SequenceNumber", out var s) && s.TryGetInt64(out var n) ? n : 0;
        await StoreAsync(db, signal, time, new InboundNotification
        {
            TenantId = tenantId, Psa = PsaKind.Autotask, DeliveryKey = $"at:{guid}:{sequence}", EntityType = entity,
            EntityId = root.GetProperty("Id").GetInt32(), Action = action, Sequence = sequence,
        }, ct);
        return TypedResults.Ok();
    }

    private static async Task StoreAsync(IntegrationsDbContext db, NotificationSignal signal, TimeProvider time, InboundNotification notification, CancellationToken ct)
    {
        notification.ReceivedAt = time.GetUtcNow();
        notification.NextAttemptAt = notification.ReceivedAt;
        db.Notifications.Add(notification);
        try
        {
            await db.SaveChangesAsync(ct);
            signal.Signal.Notify();
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same delivery again (a PSA retry or a replay): already queued, answer OK so it stops.
        }
    }

    private static bool SecretMatches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
