using Quartz;
using TopLeft.Accounts;
using TopLeft.Accounts.Contracts.Events;
using TopLeft.Host.Live;
using TopLeft.Shared.Caching;
using TopLeft.Shared.Data;
using TopLeft.Shared.Live;
using TopLeft.Shared.Messaging;

namespace TopLeft.Host.Infrastructure;

/// <summary>What every module stands on: tenancy, outbox, cache, scheduler, live channel, OpenAPI.</summary>
internal static class InfrastructureExtensions
{
    public static WebApplicationBuilder AddInfrastructure(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var database = configuration.GetConnectionString(ModuleDatabaseExtensions.ConnectionName) ?? "";

        services.AddTenancyAndOutbox();
        services.AddCacheStore(configuration);
        services.AddOpenApi();

        services.AddSignalR();
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<LiveFanOut>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFanOut>());
        services.AddSingleton<ILiveChannel>(sp => sp.GetRequiredService<LiveFanOut>());
        services.AddScoped<IIntegrationEventHandler<UserSessionsEnded>, UserSessionsEndedHandler>();

        // One clustered scheduler over PostgreSQL, so several Host instances share jobs without running one twice.
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(database);
                store.UseClustering();
                store.ProvisionSchema();
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgres")
            .AddCheck<CacheHealthCheck>("cache")
            .AddQuartz();
        return builder;
    }

    public static WebApplication UseInfrastructure(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAccounts();
        app.MapOpenApi();
        return app;
    }
}
