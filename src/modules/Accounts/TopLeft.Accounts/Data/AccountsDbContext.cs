using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Tenants;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "accounts";

    public override string Schema => SchemaName;

    public DbSet<Tenant> Tenants => Set<Tenant>();
}
