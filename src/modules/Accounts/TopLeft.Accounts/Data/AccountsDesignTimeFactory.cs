using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Data;

// Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.
internal sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<AccountsDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", AccountsDbContext.SchemaName))
            // Identity reads its schema version (3: passkeys) from the app's options; give the tools the same.
            .UseApplicationServiceProvider(new ServiceCollection()
                .AddIdentityCore<AppUser>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3).Services
                .BuildServiceProvider())
            .Options,
        new TenantContext());
}
