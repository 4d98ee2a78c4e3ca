using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TopLeft.Shared.Caching;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>
/// Keeps each board's full read (every card a licensed member may see), already serialised and gzipped, so that a
/// warm board read costs an access check and a counter read instead of thousands of rows, and two hundred people
/// looking at the same board share one copy in memory.
/// <para>
/// A snapshot belongs to a stamp: the tenant's board-data version (a counter in the shared cache store, bumped by
/// <see cref="ChangedAsync"/> after every committed change a board shows: card events, moves, ranks, card actions,
/// board edits, syncs) plus the licensing snapshot's version. Every Host instance reads the same counter, so a change
/// made on one instance retires the snapshots of all. The counter is read before the data, so a snapshot is never
/// older than its stamp. When the cache store cannot be reached, reads bypass the snapshots.
/// </para>
/// Contacts are never served from here: their cards depend on their own portal scope.
/// </summary>
internal sealed class BoardViewCache(ICacheStore store, IOptions<JsonOptions> json, TimeProvider time)
{
    /// <summary>A safety net for a change whose bump was lost (cache store briefly down): no snapshot lives longer.</summary>
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<(Guid Tenant, Guid Board, bool Admin), Entry> _entries = new();

    private static string VersionKey(Guid tenant) => $"boards:{tenant:N}:data-version";

    /// <summary>Something boards show changed for the tenant (call after the change committed).</summary>
    public async Task ChangedAsync(Guid tenant)
    {
        // Drop this instance's snapshots first, so that even when the shared counter cannot be bumped this instance
        // never serves the old board again.
        foreach (var key in _entries.Keys.Where(k => k.Tenant == tenant))
        {
            _entries.TryRemove(key, out _);
        }

        await store.TryBumpVersionAsync(VersionKey(tenant));
    }

    /// <summary>The tenant's board-data version now; null when the cache store cannot be reached.</summary>
    public Task<long?> VersionAsync(Guid tenant) => store.TryReadVersionAsync(VersionKey(tenant));

    /// <summary>
    /// The tenant's snapshot of a board for this stamp, computing it once however many readers ask at the same time;
    /// null when the cache store is unavailable (the caller reads the board itself).
    /// </summary>
    public async Task<BoardSnapshot?> GetAsync(Guid tenant, Guid board, bool admin, long licensingVersion, Func<Task<BoardRead>> read)
    {
        if (await VersionAsync(tenant) is not { } dataVersion)
        {
            return null;
        }

        var key = (tenant, board, admin);
        var stamp = (dataVersion, licensingVersion);
        var now = time.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(key, out var current) && current.Stamp == stamp && now - current.CreatedAt < MaxAge && !current.Snapshot.IsFaulted)
            {
                return await current.Snapshot;
            }

            var fresh = new Entry(stamp, now, new Lazy<Task<BoardSnapshot>>(() => BuildAsync(read, dataVersion)));
            var won = current is null ? _entries.TryAdd(key, fresh) : _entries.TryUpdate(key, fresh, current);
            if (won)
            {
                try
                {
                    return await fresh.Snapshot;
                }
                catch
                {
                    _entries.TryRemove(new KeyValuePair<(Guid, Guid, bool), Entry>(key, fresh));
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// Drops snapshots older than <paramref name="idle"/> (past <see cref="MaxAge"/> they are never served again, so only
    /// boards nobody opened since still hold them); called by the warm-up service's timer.
    /// </summary>
    public void Trim(TimeSpan idle)
    {
        var now = time.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.CreatedAt > idle)
            {
                _entries.TryRemove(new KeyValuePair<(Guid, Guid, bool), Entry>(key, entry));
            }
        }
    }

    private async Task<BoardSnapshot> BuildAsync(Func<Task<BoardRead>> read, long dataVersion)
    {
        var board = await read();
        board = board with { View = board.View with { Version = dataVersion } };
        return new BoardSnapshot(board, await GzipChunks.SerializeAsync(board.View, json.Value.SerializerOptions));
    }

    private sealed class Entry((long, long) stamp, DateTimeOffset createdAt, Lazy<Task<BoardSnapshot>> snapshot)
    {
        public (long Data, long Licensing) Stamp { get; } = stamp;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public Task<BoardSnapshot> Snapshot => snapshot.Value;
    }
}

/// <summary>A board's full read, and the same as gzipped JSON ready to send.</summary>
internal sealed record BoardSnapshot(BoardRead Read, GzipChunks Gzip);
