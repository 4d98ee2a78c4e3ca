using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Tenants;

namespace TopLeft.Accounts;

internal sealed class AccountsModuleApi(TenantDirectory tenants) : IAccountsModule
{
    public Task<TenantSummary?> FindTenantAsync(string slug, CancellationToken cancellationToken = default) =>
        tenants.FindAsync(slug, cancellationToken);
}
