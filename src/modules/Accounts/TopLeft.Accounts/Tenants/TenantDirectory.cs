using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Data;

namespace TopLeft.Accounts.Tenants;

/// <summary>
/// Slug → tenant lookups for every request. Found tenants are kept in memory (a slug never moves to
/// another tenant); misses are not cached, so a tenant that just signed up resolves at once.
/// </summary>
internal sealed class TenantDirectory(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, TenantSummary> _known = new(StringComparer.Ordinal);

    public async Task<TenantSummary?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(slug, out var known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var found = await db.Tenants.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new TenantSummary(t.Id, t.Slug, t.Name, t.IsTrial))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            _known[slug] = found;
        }

        return found;
    }
}
