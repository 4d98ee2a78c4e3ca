using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Data;

// Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<AccountsDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", AccountsDbContext.SchemaName))
            .Options,
        new TenantContext());
}
