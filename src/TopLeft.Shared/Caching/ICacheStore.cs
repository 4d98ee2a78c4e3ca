namespace TopLeft.Shared.Caching;

/// <summary>
/// The small cache every module uses: Redis when <c>ConnectionStrings:redis</c> is set, in process otherwise.
/// Any operation may throw <see cref="CacheUnavailableException"/>; callers then compute from PostgreSQL,
/// so a cache outage costs time, never correctness.
/// </summary>
public interface ICacheStore
{
    /// <summary>"redis" or "in-process".</summary>
    string Kind { get; }

    /// <summary>Reads a value, or null when absent.</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes a value with a time to live.</summary>
    Task SetAsync(string key, byte[] value, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>Removes a value.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Atomically increments a counter (created at 0) and returns the new value; used for version keys.</summary>
    Task<long> IncrementAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Reads a counter, 0 when absent.</summary>
    Task<long> GetCounterAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Round-trips to the store; throws <see cref="CacheUnavailableException"/> when it cannot.</summary>
    Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default);
}
