using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Integrations.Psa;
using TopLeft.Integrations.Security;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Connection;

/// <summary>Stores, tests and re-registers the tenant's PSA connection.</summary>
internal sealed class ConnectionHandler(
    IntegrationsDbContext db, ITenantContext tenant, PsaAdapterFactory adapters, SecretProtector secrets, SyncScheduler scheduler,
    IConfiguration configuration, IServer server, TimeProvider time)
{
    public async Task<ConnectionResponse?> GetAsync(CancellationToken ct) =>
        await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct) is { } c ? ToResponse(c) : null;

    public async Task<TestConnectionResponse> TestAsync(ConnectionRequest request, CancellationToken ct)
    {
        var stored = await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct);
        try
        {
            var credentials = Merge(request, stored);
            var apiUrl = await adapters.DiscoverApiUrlAsync(request.Kind, request.SiteUrl, request.Account, ct);
            var checks = await adapters.Create(tenant.TenantId, request.Kind, apiUrl, request.Account, credentials, null).TestAsync(ct);
            return new TestConnectionResponse(checks.All(c => c.Granted), null, checks.Select(c => new PermissionResult(c.Permission, c.Granted, c.Detail)).ToList());
        }
        catch (Exception ex) when (ex is PsaApiException or HttpRequestException or UriFormatException or InvalidOperationException or TaskCanceledException)
        {
            return new TestConnectionResponse(false, ex.Message, []);
        }
    }

    /// <summary>Saves the connection, registers callbacks/webhooks and the tenant's scheduled jobs.</summary>
    public async Task<ConnectionResponse> SaveAsync(ConnectionRequest request, CancellationToken ct)
    {
        var connection = await db.Connections.FirstOrDefaultAsync(ct);
        var credentials = Merge(request, connection);
        if (connection is null)
        {
            connection = new PsaConnection { CreatedAt = time.GetUtcNow() };
            connection.SetCallbackSecret(Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant(), secrets.Protect);
            db.Connections.Add(connection);
        }
        else if (connection.Kind != request.Kind)
        {
            connection.RealtimeRegistrations = null;
            connection.IncrementalCursor = null;
            connection.LastFullSyncAt = null;
        }

        connection.Kind = request.Kind;
        connection.SiteUrl = request.SiteUrl.TrimEnd('/');
        connection.Account = request.Account;
        connection.ProtectedCredentials = secrets.Protect(JsonSerializer.Serialize(credentials));
        connection.KeepClosedTickets = request.KeepClosedTickets;
        connection.ActAsMemberAllowed = request.ActAsMemberAllowed;
        connection.ApiUrl = await adapters.DiscoverApiUrlAsync(request.Kind, connection.SiteUrl, request.Account, ct);
        connection.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);

        await RegisterRealtimeAsync(connection, ct);
        await scheduler.ScheduleTenantAsync(connection.TenantId, ct);
        return ToResponse(connection);
    }

    public async Task RegisterRealtimeAsync(PsaConnection connection, CancellationToken ct)
    {
        var adapter = await adapters.CreateAsync(connection, db, null, ct);
        var path = connection.Kind == Contracts.PsaKind.ConnectWise ? "callbacks/cw" : "webhooks/at";
        var url = $"{PublicUrl()}/api/integrations/{path}/{connection.TenantId}";
        connection.RealtimeRegistrations = await adapter.RegisterRealtimeAsync(url, secrets.Unprotect(connection.ProtectedCallbackSecret), connection.RealtimeRegistrations, ct);
        await db.SaveChangesAsync(ct);
    }

    private string PublicUrl() =>
        (configuration["Integrations:PublicUrl"]
            ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("[::]", "localhost", StringComparison.Ordinal)
                .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)
            ?? "http://localhost").TrimEnd('/');

    private PsaCredentials Merge(ConnectionRequest request, PsaConnection? stored)
    {
        var old = stored is null || stored.Kind != request.Kind ? null : adapters.Credentials(stored);
        return new PsaCredentials(
            Blank(request.PublicKey) ? old?.PublicKey ?? throw new InvalidOperationException("The public key / integration code is required.") : request.PublicKey!,
            Blank(request.PrivateKey) ? old?.PrivateKey ?? throw new InvalidOperationException("The private key / secret is required.") : request.PrivateKey!,
            Blank(request.ClientId) ? old?.ClientId : request.ClientId);
    }

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static ConnectionResponse ToResponse(PsaConnection c) => new(
        c.Kind, c.SiteUrl, c.Account, c.ApiUrl, c.ProtectedCredentials.Length > 0, c.KeepClosedTickets, c.ActAsMemberAllowed,
        c.RealtimeRegistrations is not null, c.LastFullSyncAt);
}
