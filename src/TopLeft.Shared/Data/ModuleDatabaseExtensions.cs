using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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
        var connectionString = WithAutoPrepare(configuration.GetConnectionString(ConnectionName) ?? "");
        // The options are built once, not per scope: building them was a measurable share of handling each outbox event.
        services.AddDbContext<TContext>(
            (provider, options) => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema))
                .AddInterceptors(new OutboxCommitInterceptor(provider.GetRequiredService<IOutboxSignal>())),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema));
        return services;
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a connection runs again and again (claims, outbox, upserts), so PostgreSQL
    /// skips parsing and planning them, and keeps them prepared across pool leases: the reset on close (DISCARD ALL)
    /// dropped every prepared statement each time a connection went back to the pool, so statements were parsed and
    /// planned afresh, and the reset itself was one more statement per lease. Nothing here leaves session state behind:
    /// settings are SET LOCAL, advisory locks are transaction-scoped, and the sync's one session lock is released in a
    /// finally (which clears the pool if even that fails). An explicit setting wins; a malformed string is left for the
    /// start-up check to explain.
    /// </summary>
    internal static string WithAutoPrepare(string connectionString)
    {
        try
        {
            // NpgsqlConnectionStringBuilder.ContainsKey answers "is this a known keyword", so ask a plain builder what was set.
            var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
            var set = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (connectionString.Length > 0 && !set.Contains("MaxAutoPrepare"))
            {
                builder.MaxAutoPrepare = 64;
            }

            if (connectionString.Length > 0 && !set.Contains("NoResetOnClose"))
            {
                builder.NoResetOnClose = true;
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return connectionString;
        }
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
