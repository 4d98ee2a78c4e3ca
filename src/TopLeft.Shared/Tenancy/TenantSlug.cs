using System.Text.RegularExpressions;

namespace TopLeft.Shared.Tenancy;

/// <summary>Rules for a tenant's URL slug: one DNS label, lowercase letters, digits and inner hyphens.</summary>
public static partial class TenantSlug
{
    /// <summary>Slugs that would collide with our own host names.</summary>
    public static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(["www", "api", "app", "admin", "mail", "status", "help", "login", "static"]);

    /// <summary>True for 3-40 characters of a-z, 0-9 and inner hyphens, not reserved.</summary>
    public static bool IsValid(string slug) => Pattern().IsMatch(slug) && !Reserved.Contains(slug);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$")]
    private static partial Regex Pattern();
}
