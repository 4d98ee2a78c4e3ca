using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TopLeft.Licensing.Contracts;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Domain;
using TopLeft.Shared.Caching;
using TopLeft.Shared.Security;

namespace TopLeft.Licensing.Visibility;

/// <summary>
/// The per-tenant licensed set and per-user access, computed once per licensing version and cached under
/// tenant-scoped keys. The version is read from PostgreSQL on every call, so a change committed anywhere is seen by
/// the very next request on every Host instance, and a cache outage only costs the recomputation (ADR 0001).
/// </summary>
internal sealed partial class VisibilityCache(LicensingDbContext db, ICacheStore cache, ILogger<VisibilityCache> log)
{
    public const string KindClaim = UserClaims.Kind;

    /// <summary>A PSA member id claim, used as soon as Accounts issues it; until then the user is matched by name or e-mail.</summary>
    public const string PsaMemberClaim = UserClaims.PsaMember;

    private static readonly TimeSpan TimeToLive = TimeSpan.FromHours(1);

    public async Task<VisibilityFilter> GetFilterAsync(CancellationToken cancellationToken)
    {
        var version = await db.CurrentVersionAsync(cancellationToken);
        var key = $"licensing:licensed:{db.CurrentTenantId:N}:{version}";
        if (await TryGetAsync<int[]>(key, cancellationToken) is { } cached)
        {
            return new VisibilityFilter(version, cached);
        }

        var ids = await LicensedMemberIdsAsync(cancellationToken);
        await TrySetAsync(key, ids, cancellationToken);
        return new VisibilityFilter(version, ids);
    }

    public async Task<UserAccess> GetUserAccessAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
        {
            return new UserAccess(false, false, null);
        }

        if (user.FindFirstValue(KindClaim) == "contact")
        {
            return new UserAccess(false, true, null);
        }

        var version = await db.CurrentVersionAsync(cancellationToken);
        var key = $"licensing:visibility:{db.CurrentTenantId:N}:{userId}:{version}";
        if (await TryGetAsync<UserAccess>(key, cancellationToken) is { } cached)
        {
            return cached;
        }

        var memberId = await ResolveMemberAsync(user, cancellationToken);
        var licensed = memberId is { } id && await IsLicensedAsync(id, cancellationToken);
        var access = new UserAccess(licensed, false, memberId);
        await TrySetAsync(key, access, cancellationToken);
        return access;
    }

    /// <summary>Licensed members that the PSA has not deactivated, straight from PostgreSQL.</summary>
    public async Task<int[]> LicensedMemberIdsAsync(CancellationToken cancellationToken) =>
        await (from l in db.LicensedMembers
               where !db.Members.Any(m => m.PsaId == l.PsaMemberId && !m.IsActive)
               orderby l.PsaMemberId
               select l.PsaMemberId).ToArrayAsync(cancellationToken);

    public Task<bool> IsLicensedAsync(int psaMemberId, CancellationToken cancellationToken) =>
        db.LicensedMembers.AnyAsync(l => l.PsaMemberId == psaMemberId && !db.Members.Any(m => m.PsaId == psaMemberId && !m.IsActive), cancellationToken);

    private async Task<int?> ResolveMemberAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (int.TryParse(user.FindFirstValue(PsaMemberClaim), System.Globalization.CultureInfo.InvariantCulture, out var claimed))
        {
            return claimed;
        }

        var name = Member.Normalize(user.FindFirstValue(ClaimTypes.Name));
        var email = Member.Normalize(user.FindFirstValue(ClaimTypes.Email)) ?? name;
        if (name is null && email is null)
        {
            return null;
        }

        var matches = await db.Members.AsNoTracking()
            .Where(m => m.IsActive && (m.NormalizedUserName == name || m.NormalizedEmail == email || m.NormalizedEmail == name))
            .Select(m => new { m.PsaId, ByName = m.NormalizedUserName == name })
            .ToListAsync(cancellationToken);
        // A username match is exact; an e-mail address may be shared by several PSA records, then nobody is guessed.
        var byName = matches.Where(m => m.ByName).ToList();
        return byName.Count == 1 ? byName[0].PsaId : matches.Count == 1 ? matches[0].PsaId : null;
    }

    private async Task<T?> TryGetAsync<T>(string key, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await cache.GetAsync(key, cancellationToken) is { } bytes ? JsonSerializer.Deserialize<T>(bytes) : null;
        }
        catch (CacheUnavailableException ex)
        {
            LogCacheUnavailable(log, ex.Message);
            return null;
        }
    }

    private async Task TrySetAsync<T>(string key, T value, CancellationToken cancellationToken)
    {
        try
        {
            await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(value), TimeToLive, cancellationToken);
        }
        catch (CacheUnavailableException ex)
        {
            LogCacheUnavailable(log, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Licensing visibility computed from PostgreSQL: {Reason}")]
    private static partial void LogCacheUnavailable(ILogger logger, string reason);
}
