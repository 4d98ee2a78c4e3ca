using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Domain;

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
        Guid tenantId, string secret, HttpRequest request, CallbackIntake intake, CancellationToken ct)
    {
        // Parsed before the secret is checked so that the check and the insert are one statement; the body is small
        // (the Host's request size limit applies) and nothing from it is used unless the secret matches.
        JsonDocument payload;
        try
        {
            payload = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        }
        catch (JsonException)
        {
            return await intake.IsAuthorizedAsync(tenantId, PsaKind.ConnectWise, secret, ct) ? TypedResults.BadRequest() : TypedResults.Unauthorized();
        }

        using var document = payload;
        var root = document.RootElement;
        var type = root.TryGetProperty("Type", out var t) ? t.GetString() ?? "" : request.Query["type"].ToString();
        var id = root.TryGetProperty("ID", out var i) && i.TryGetInt32(out var parsed) ? parsed
            : int.TryParse(request.Query["recordId"], System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0;
        var messageId = root.TryGetProperty("MessageId", out var m) ? m.GetString() ?? Guid.NewGuid().ToString() : Guid.NewGuid().ToString();
        var action = root.TryGetProperty("Action", out var a) ? a.GetString() ?? "updated" : "updated";
        if (id == 0)
        {
            // Answer an invalid secret with 401 even for a body we cannot use, as before.
            return await intake.IsAuthorizedAsync(tenantId, PsaKind.ConnectWise, secret, ct) ? TypedResults.BadRequest() : TypedResults.Unauthorized();
        }

        var stored = await intake.StoreAsync(secret, new InboundNotification
        {
            TenantId = tenantId, Psa = PsaKind.ConnectWise, DeliveryKey = "cw:" + messageId, EntityType = type.ToLowerInvariant(), EntityId = id,
            Action = action.ToLowerInvariant(),
        }, ct);
        return stored ? TypedResults.Ok() : TypedResults.Unauthorized();
    }

    internal static async Task<Results<Ok, UnauthorizedHttpResult, BadRequest>> AutotaskAsync(
        Guid tenantId, string secret, HttpRequest request, CallbackIntake intake, CancellationToken ct)
    {
        // The signature covers the raw bytes as Autotask escaped them; never re-serialize before checking. The HMAC key
        // is the secret in the URL: StoreAsync then stores the webhook only if that secret is the tenant's current one,
        // so a valid signature under any other key never gets in.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        var body = buffer.ToArray();
        var expected = "sha1=" + Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body));
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
            return await intake.IsAuthorizedAsync(tenantId, PsaKind.Autotask, secret, ct) ? TypedResults.Ok() : TypedResults.Unauthorized();
        }

        var guid = root.TryGetProperty("Guid", out var g) ? g.GetString() : "";
        var sequence = root.TryGetProperty("SequenceNumber", out var s) && s.TryGetInt64(out var n) ? n : 0;
        var stored = await intake.StoreAsync(secret, new InboundNotification
        {
            TenantId = tenantId, Psa = PsaKind.Autotask, DeliveryKey = $"at:{guid}:{sequence}", EntityType = entity,
            EntityId = root.GetProperty("Id").GetInt32(), Action = action, Sequence = sequence,
        }, ct);
        return stored ? TypedResults.Ok() : TypedResults.Unauthorized();
    }

    private static bool SecretMatches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual));
}
