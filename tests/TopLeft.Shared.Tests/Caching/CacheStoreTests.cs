using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Shared.Caching;
using TopLeft.Testing;

namespace TopLeft.Shared.Tests.Caching;

// The same behaviour from both implementations: the Host picks one by configuration.
public class CacheStoreTests
{
    public static TheoryData<string> Kinds() => new(["redis", "in-process"]);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Values_round_trip_and_expire(string kind)
    {
        using var services = Build(kind == "redis" ? TestEnvironment.Redis : null);
        var cache = services.GetRequiredService<ICacheStore>();
        var key = "test:" + Guid.NewGuid();

        // Long enough that a busy machine reads it back before it expires (a read may time out there too, and is then
        // repeated); the wait below still sees it go.
        await cache.SetAsync(key, [1, 2, 3], TimeSpan.FromSeconds(5));
        (await Eventually.Get(() => GetOrTimeoutAsync(cache, key), v => v.Answered)).Value.ShouldBe([1, 2, 3]);

        cache.Kind.ShouldBe(kind);
        await Eventually.Get(() => GetOrTimeoutAsync(cache, key), v => v is { Answered: true, Value: null });
    }

    /// <summary>
    /// A read in this test. The store gives up on Redis after 1 s by design; with every test assembly on two cores
    /// one read did, which says nothing about the value or its expiry, so such a read just counts as "not yet".
    /// </summary>
    private static async Task<(bool Answered, byte[]? Value)> GetOrTimeoutAsync(ICacheStore cache, string key)
    {
        try
        {
            return (true, await cache.GetAsync(key));
        }
        catch (CacheUnavailableException)
        {
            return (false, null);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Counters_increment_atomically(string kind)
    {
        using var services = Build(kind == "redis" ? TestEnvironment.Redis : null);
        var cache = services.GetRequiredService<ICacheStore>();
        var key = "test:version:" + Guid.NewGuid();

        (await cache.GetCounterAsync(key)).ShouldBe(0);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => cache.IncrementAsync(key)));

        (await cache.GetCounterAsync(key)).ShouldBe(50);
    }

    [Fact]
    public async Task An_unreachable_redis_surfaces_as_cache_unavailable_quickly()
    {
        using var services = Build("127.0.0.1:1");
        var cache = services.GetRequiredService<ICacheStore>();

        await Should.ThrowAsync<CacheUnavailableException>(() => cache.GetAsync("any"));
        await Should.ThrowAsync<CacheUnavailableException>(() => cache.IncrementAsync("any"));
    }

    private static ServiceProvider Build(string? redis) =>
        new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddCacheStore(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:redis"] = redis })
                .Build())
            .BuildServiceProvider();
}
