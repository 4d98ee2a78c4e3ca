using Microsoft.Extensions.Diagnostics.HealthChecks;
using TopLeft.Shared.Caching;

namespace TopLeft.Host.Infrastructure;

/// <summary>
/// Reports which cache runs. Redis down is Degraded, not Unhealthy: answers are then computed from
/// PostgreSQL, slower but still right.
/// </summary>
internal sealed class CacheHealthCheck(ICacheStore cache, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (cache.Kind != "redis")
        {
            return HealthCheckResult.Healthy("in-process cache (no Redis configured; single instance only)");
        }

        var endpoint = configuration.GetConnectionString(CachingExtensions.ConnectionName);
        try
        {
            var latency = await cache.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Redis at {endpoint} ({latency.TotalMilliseconds:0.0} ms)");
        }
        catch (CacheUnavailableException ex)
        {
            return HealthCheckResult.Degraded($"Redis at {endpoint} is unreachable; computing from PostgreSQL. {ex.Message}");
        }
    }
}
