using StackExchange.Redis;

namespace TopLeft.Shared.Caching;

/// <summary>Redis-backed cache; every Redis failure surfaces as <see cref="CacheUnavailableException"/>.</summary>
internal sealed class RedisCacheStore(IConnectionMultiplexer redis) : ICacheStore
{
    public string Kind => "redis";

    private IDatabase Db => redis.GetDatabase();

    public Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        Guard(async () => (byte[]?)await Db.StringGetAsync(key));

    public Task SetAsync(string key, byte[] value, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Guard(() => Db.StringSetAsync(key, value, timeToLive));

    public Task RemoveAsync(string key, CancellationToken cancellationToken = default) =>
        Guard(() => Db.KeyDeleteAsync(key));

    public Task<long> IncrementAsync(string key, CancellationToken cancellationToken = default) =>
        Guard(() => Db.StringIncrementAsync(key));

    public Task<long> GetCounterAsync(string key, CancellationToken cancellationToken = default) =>
        Guard(async () => (long?)await Db.StringGetAsync(key) ?? 0);

    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default) => Guard(() => Db.PingAsync());

    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            throw new CacheUnavailableException("Redis is unavailable: " + ex.Message, ex);
        }
    }
}
