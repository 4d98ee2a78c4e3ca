using Microsoft.Extensions.DependencyInjection;
using TopLeft.Shared.Data;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Messaging;

/// <summary>Registers tenancy and the outbox dispatcher shared by all modules.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Adds the per-scope tenant context, the start-up migration of every module database (registered first,
    /// so it runs before any other hosted service touches a table) and the background outbox dispatcher.
    /// </summary>
    public static IServiceCollection AddTenancyAndOutbox(this IServiceCollection services)
    {
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<ModuleMigrator>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
