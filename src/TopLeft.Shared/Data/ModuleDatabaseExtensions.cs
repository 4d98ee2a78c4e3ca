using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Shared.Messaging;

namespace TopLeft.Shared.Data;

/// <summary>Registers module DbContexts on the one <c>topleft</c> database and migrates them.</summary>
public static class ModuleDatabaseExtensions
{
    /// <summary>Aspire's resource name for the database, used as the connection string name.</summary>
    public const string ConnectionName = "topleft";

    /// <summary>
    /// Adds a module's DbContext on <c>ConnectionStrings:topleft</c>, with its migrations history in its own
    /// schema so each module migrates independently.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(
        this IServiceCollection services, IConfiguration configuration, string schema)
        where TContext : DbContext, IModuleDbContext
    {
        var connectionString = configuration.GetConnectionString(ConnectionName) ?? "";
        services.AddDbContext<TContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .AddInterceptors(new OutboxCommitInterceptor(provider.GetRequiredService<IOutboxSignal>())));
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema));
        return services;
    }

    /// <summary>Applies every module's pending migrations, in registration order.</summary>
    internal static async Task MigrateModuleDatabasesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            await context.Database.MigrateAsync(cancellationToken);
        }
    }
}
