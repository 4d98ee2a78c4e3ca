using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace TopLeft.Shared.Caching;

/// <summary>Chooses Redis or the in-process cache from configuration.</summary>
public static class CachingExtensions
{
    /// <summary>Aspire's resource name for Redis, used as the connection string name.</summary>
    public const string ConnectionName = "redis";

    /// <summary>
    /// Registers <see cref="ICacheStore"/>: Redis when <c>ConnectionStrings:redis</c> is set (and the
    /// multiplexer as <see cref="IConnectionMultiplexer"/>), in process otherwise.
    /// </summary>
    public static IServiceCollection AddCacheStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton<ICacheStore, InProcessCacheStore>();
            return services;
        }

        var options = ConfigurationOptions.Parse(connectionString);
        // Never block start-up on Redis, and fail fast at run time so callers fall back to PostgreSQL quickly.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 1000;
        options.AsyncTimeout = 1000;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddSingleton<ICacheStore, RedisCacheStore>();
        return services;
    }
}
