using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Psa.Autotask;
using TopLeft.Integrations.Psa.ConnectWise;
using TopLeft.Integrations.Security;

namespace TopLeft.Integrations.Psa;

/// <summary>Builds a tenant's adapter from its stored (encrypted) connection, optionally acting as a member.</summary>
internal sealed class PsaAdapterFactory(IHttpMessageHandlerFactory handlers, PsaTraffic traffic, SecretProtector secrets, TimeProvider time)
{
    public const string ClientName = "psa";
    private readonly ConcurrentDictionary<(Guid, int), CwToken> memberTokens = new();
    private readonly ConcurrentDictionary<(Guid, string), AtStatusLabels> statusLabels = new();

    public PsaCredentials Credentials(PsaConnection connection) =>
        JsonSerializer.Deserialize<PsaCredentials>(secrets.Unprotect(connection.ProtectedCredentials))!;

    public async Task<IPsaAdapter> CreateAsync(PsaConnection connection, IntegrationsDbContext db, int? actingMemberPsaId, CancellationToken ct)
    {
        var credentials = Credentials(connection);
        var adapter = Create(connection.TenantId, connection.Kind, connection.ApiUrl ?? connection.SiteUrl, connection.Account, credentials, null);
        if (actingMemberPsaId is not { } memberId || !connection.ActAsMemberAllowed)
        {
            return adapter;
        }

        if (connection.Kind == PsaKind.Autotask)
        {
            return Create(connection.TenantId, connection.Kind, connection.ApiUrl ?? connection.SiteUrl, connection.Account, credentials, memberId);
        }

        // ConnectWise: the member's own stored keys, else keys minted by impersonation (cached until they expire).
        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.PsaId == memberId, ct);
        if (member?.ProtectedApiKeys is { } stored)
        {
            var keys = secrets.Unprotect(stored).Split(':', 2);
            return Create(connection.TenantId, connection.Kind, connection.ApiUrl!, connection.Account, credentials with { PublicKey = keys[0], PrivateKey = keys[1] }, null);
        }

        if (member is null)
        {
            return adapter;
        }

        var key = (connection.TenantId, memberId);
        if (!memberTokens.TryGetValue(key, out var token) || token.Expiration < time.GetUtcNow().AddMinutes(5))
        {
            token = await ((ConnectWiseAdapter)adapter).MintTokenAsync(member.UserName, ct);
            memberTokens[key] = token;
        }

        return Create(connection.TenantId, connection.Kind, connection.ApiUrl!, connection.Account, credentials with { PublicKey = token.PublicKey, PrivateKey = token.PrivateKey }, null);
    }

    /// <summary>An adapter on explicit settings (used by "Test connection" before anything is stored).</summary>
    public IPsaAdapter Create(Guid tenantId, PsaKind kind, string apiUrl, string account, PsaCredentials credentials, int? impersonateResourceId)
    {
        var meter = new PsaTrafficHandler(traffic, tenantId, kind) { InnerHandler = handlers.CreateHandler(ClientName) };
        var http = new HttpClient(meter) { BaseAddress = new Uri(apiUrl.EndsWith('/') ? apiUrl : apiUrl + "/"), Timeout = TimeSpan.FromMinutes(3) };
        return kind == PsaKind.ConnectWise
            ? new ConnectWiseAdapter(new ConnectWiseClient(http, account, credentials.PublicKey, credentials.PrivateKey, credentials.ClientId ?? Guid.Empty.ToString()), () => meter.Requests)
            : new AutotaskAdapter(new AutotaskClient(http, credentials.PublicKey, account, credentials.PrivateKey, impersonateResourceId), () => meter.Requests,
                statusLabels.GetOrAdd((tenantId, $"{http.BaseAddress.AbsoluteUri}|{account}"), _ => new AtStatusLabels(time)));
    }

    /// <summary>Resolves the API root: ConnectWise codebase discovery, Autotask zone discovery.</summary>
    public async Task<string> DiscoverApiUrlAsync(PsaKind kind, string siteUrl, string account, CancellationToken ct)
    {
        using var http = new HttpClient(handlers.CreateHandler(ClientName), disposeHandler: false) { BaseAddress = new Uri(siteUrl.TrimEnd('/') + "/") };
        if (kind == PsaKind.ConnectWise)
        {
            var info = await http.GetFromJsonOrNullAsync<CwCompanyInfo>($"login/companyinfo/{Uri.EscapeDataString(account)}", ct)
                ?? throw new PsaApiException(System.Net.HttpStatusCode.NotFound, $"ConnectWise does not know the company id '{account}'.", isRefusal: true);
            return $"{siteUrl.TrimEnd('/')}/{info.Codebase ?? "v4_6_release/"}apis/3.0/";
        }

        var zone = await http.GetFromJsonOrNullAsync<AtZone>($"atservicesrest/v1.0/zoneInformation?user={Uri.EscapeDataString(account)}", ct)
            ?? throw new PsaApiException(System.Net.HttpStatusCode.NotFound, $"Autotask has no zone for the user '{account}'.", isRefusal: true);
        return zone.Url.TrimEnd('/') + "/V1.0/";
    }
}

internal static class HttpClientJsonExtensions
{
    public static async Task<T?> GetFromJsonOrNullAsync<T>(this HttpClient http, string path, CancellationToken ct)
        where T : class
    {
        using var response = await http.GetAsync(path, ct);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(ct);
        return text.Trim() == "null" ? null : JsonSerializer.Deserialize<T>(text, PsaJson.Options);
    }
}
