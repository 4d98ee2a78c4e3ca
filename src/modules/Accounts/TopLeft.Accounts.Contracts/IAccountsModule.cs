namespace TopLeft.Accounts.Contracts;

/// <summary>What other modules and the Host may ask the Accounts module.</summary>
public interface IAccountsModule
{
    /// <summary>Finds a tenant by its URL slug; null when no such tenant exists.</summary>
    Task<TenantSummary?> FindTenantAsync(string slug, CancellationToken cancellationToken = default);
}
