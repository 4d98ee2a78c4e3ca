using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Integrations.Psa;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Features.Connection;

/// <summary>
/// When <c>Integrations:Simulator:Url</c> is set (the AppHost sets it), connects the demo tenant
/// (<c>Accounts:DemoTenant</c>) to the simulator's ConnectWise with its default credentials once the
/// Host listens, and runs a first full sync, so a fresh run shows real boards.
/// </summary>
internal sealed partial class DemoConnector(IServiceScopeFactory scopes, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<DemoConnector> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var simulator = configuration["Integrations:Simulator:Url"];
        var slug = configuration["Accounts:DemoTenant"];
        if (string.IsNullOrWhiteSpace(simulator) || string.IsNullOrWhiteSpace(slug))
        {
            return;
        }

        // Callback URLs need the Host's own address, known once Kestrel listens.
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var tenant = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(slug, stoppingToken);
            if (tenant is null)
            {
                return;
            }

            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
            var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
            if (await db.Connections.AnyAsync(stoppingToken))
            {
                return;
            }

            await scope.ServiceProvider.GetRequiredService<ConnectionHandler>().SaveAsync(new ConnectionRequest(
                PsaKind.ConnectWise, simulator, configuration["Integrations:Simulator:CompanyId"] ?? "topleft",
                configuration["Integrations:Simulator:PublicKey"] ?? "SimPublicKey", configuration["Integrations:Simulator:PrivateKey"] ?? "SimPrivateKey",
                "5f8e2a8c-0d1e-4c5b-9f3a-6b7c8d9e0f12", KeepClosedTickets: false, ActAsMemberAllowed: true), stoppingToken);
            var run = await scope.ServiceProvider.GetRequiredService<SyncEngine>().RunAsync(SyncType.Full, "start-up", null, stoppingToken);
            LogConnected(logger, slug, run.Items);
        }
        catch (Exception ex) when (ex is PsaApiException or HttpRequestException or InvalidOperationException or DbUpdateException)
        {
            LogFailed(logger, ex, slug);
        }
    }

    [LoggerMessage(LogLevel.Information, "Connected the demo tenant '{Slug}' to the PSA simulator; first sync wrote {Items} records")]
    private static partial void LogConnected(ILogger logger, string slug, int items);

    [LoggerMessage(LogLevel.Warning, "Connecting the demo tenant '{Slug}' to the PSA simulator failed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string slug);
}
