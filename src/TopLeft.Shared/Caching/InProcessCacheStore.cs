using System.Collections.Concurrent;

namespace TopLeft.Shared.Caching;

/// <summary>The embedded default when no Redis is configured: correct for one Host instance only.</summary>
internal sealed class InProcessCacheStore(TimeProvider time) : ICacheStore
{
    private readonly ConcurrentDictionary<string, (byte[] Value, DateTimeOffset Expires)> _values = new();
    private readonly ConcurrentDictionary<string, long> _counters = new();

    public string Kind => "in-process";

    public Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        if (_values.TryGetValue(key, out var entry))
        {
            if (entry.Expires > time.GetUtcNow())
            {
                return Task.FromResult<byte[]?>(entry.Value);
            }

            _values.TryRemove(key, out _);
        }

        return Task.FromResult<byte[]?>(null);
    }

    public Task SetAsync(string key, byte[] value, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        _values[key] = (value, time.GetUtcNow() + timeToLive);
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        _values.TryRemove(key, out _);
        _counters.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<long> IncrementAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_counters.AddOrUpdate(key, 1, (_, v) => v + 1));

    public Task<long> GetCounterAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_counters.TryGetValue(key, out var v) ? v : 0);

    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(TimeSpan.Zero);
}
