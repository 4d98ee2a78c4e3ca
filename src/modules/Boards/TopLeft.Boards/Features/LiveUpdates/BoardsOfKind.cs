using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Data;
using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Caching;

namespace TopLeft.Boards.Features.LiveUpdates;

/// <summary>
/// The ids of a tenant's boards of each kind, which every card event asks for (to tell the open ones) and only an admin's
/// create, edit or delete changes. Kept per Host instance under the tenant's board-list version, a counter in the shared
/// cache store bumped by <see cref="ChangedAsync"/>, so an edit on any instance reaches every instance's next event;
/// without the store every call reads the database, and no list is kept longer than <see cref="MaxAge"/>.
/// </summary>
internal sealed class BoardsOfKind(ICacheStore store, TimeProvider time)
{
    /// <summary>A safety net for an edit whose bump was lost (cache store briefly down).</summary>
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(Guid Tenant, WorkItemKind Kind), Entry> _entries = new();

    private static string VersionKey(Guid tenant) => $"boards:{tenant:N}:board-list-version";

    public async Task<IReadOnlyList<Guid>> GetAsync(BoardsDbContext db, WorkItemKind kind, CancellationToken ct)
    {
        var tenant = db.CurrentTenantId;
        // Read before the boards, so a list is never older than the version it is kept under.
        var version = await store.TryReadVersionAsync(VersionKey(tenant), ct);
        var now = time.GetUtcNow();
        if (version is { } current && _entries.TryGetValue((tenant, kind), out var kept) && kept.Version == current && now - kept.ReadAt < MaxAge)
        {
            return kept.Boards;
        }

        var boards = await db.Boards.AsNoTracking().IgnoreAutoIncludes().Where(b => b.Kind == kind).Select(b => b.Id).ToListAsync(ct);
        if (version is { } read)
        {
            _entries[(tenant, kind)] = new Entry(read, now, boards);
        }

        return boards;
    }

    /// <summary>A board of the tenant was created, edited or deleted (call after the change committed).</summary>
    public async Task ChangedAsync(Guid tenant)
    {
        foreach (var key in _entries.Keys.Where(k => k.Tenant == tenant))
        {
            _entries.TryRemove(key, out _);
        }

        await store.TryBumpVersionAsync(VersionKey(tenant));
    }

    private sealed record Entry(long Version, DateTimeOffset ReadAt, IReadOnlyList<Guid> Boards);
}
