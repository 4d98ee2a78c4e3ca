namespace TopLeft.Shared.Tenancy;

/// <summary>
/// Scoped holder set once per request (from the URL) or per job run (from the job's data).
/// </summary>
public sealed class TenantContext : ITenantContext
{
    /// <inheritdoc />
    public Guid TenantId { get; private set; }

    /// <inheritdoc />
    public string? Slug { get; private set; }

    /// <summary>Sets the tenant for this scope; a scope never switches tenants.</summary>
    public void Set(Guid tenantId, string slug)
    {
        if (TenantId != Guid.Empty && TenantId != tenantId)
        {
            throw new InvalidOperationException("A scope cannot switch from one tenant to another.");
        }

        TenantId = tenantId;
        Slug = slug;
    }
}
