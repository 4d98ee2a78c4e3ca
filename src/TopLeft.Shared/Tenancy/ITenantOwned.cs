namespace TopLeft.Shared.Tenancy;

/// <summary>
/// Marks an entity that belongs to one tenant. <see cref="Data.ModuleDbContext"/> gives every such entity
/// a query filter on the current tenant and stamps the id on insert, so no query has to remember it.
/// </summary>
public interface ITenantOwned
{
    /// <summary>The owning tenant.</summary>
    Guid TenantId { get; set; }
}
