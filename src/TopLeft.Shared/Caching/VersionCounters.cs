namespace TopLeft.Shared.Caching;

/// <summary>
/// Version counters in the shared cache store, for caches kept per Host instance: a reader keeps what it built under the
/// version it read first, a writer bumps the version after its change committed, so every instance notices. When the store
/// cannot be reached, a read gives null (callers read the source instead) and a bump is skipped (callers bound their
/// entries' age for that case).
/// </summary>
public static class VersionCounters
{
    public static async Task<long?> TryReadVersionAsync(this ICacheStore store, string key, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.GetCounterAsync(key, cancellationToken);
        }
        catch (CacheUnavailableException)
        {
            return null;
        }
    }

    public static async Task TryBumpVersionAsync(this ICacheStore store, string key)
    {
        try
        {
            await store.IncrementAsync(key);
        }
        catch (CacheUnavailableException)
        {
            // Readers on other instances fall back on their entries' maximum age.
        }
    }
}
