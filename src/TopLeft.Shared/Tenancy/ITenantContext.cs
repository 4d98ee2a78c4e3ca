namespace TopLeft.Shared.Tenancy;

/// <summary>The tenant the current request or job acts for. Empty outside any tenant.</summary>
public interface ITenantContext
{
    /// <summary>The current tenant's id, or <see cref="Guid.Empty"/> when none is resolved.</summary>
    Guid TenantId { get; }

    /// <summary>The current tenant's URL slug, or null.</summary>
    string? Slug { get; }

    /// <summary>True when a tenant has been resolved.</summary>
    bool HasTenant => TenantId != Guid.Empty;
}
