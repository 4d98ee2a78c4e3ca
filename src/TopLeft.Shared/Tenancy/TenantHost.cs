namespace TopLeft.Shared.Tenancy;

/// <summary>Reads the tenant slug from a request host such as <c>acme.topleft.app</c> or <c>acme.localhost</c>.</summary>
public static class TenantHost
{
    /// <summary>
    /// The first DNS label when the host has one more label than <paramref name="baseDomain"/>; null for the
    /// bare base domain, an IP address, or a host outside the base domain.
    /// </summary>
    public static string? SlugFrom(string host, string baseDomain)
    {
        var name = host.Split(':')[0].TrimEnd('.').ToLowerInvariant();
        var suffix = "." + baseDomain.ToLowerInvariant();
        if (!name.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var slug = name[..^suffix.Length];
        return slug.Length > 0 && !slug.Contains('.') && TenantSlug.IsValid(slug) ? slug : null;
    }
}
