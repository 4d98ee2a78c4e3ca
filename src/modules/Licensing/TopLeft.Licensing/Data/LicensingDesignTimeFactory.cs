using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Data;

// Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.
internal sealed class LicensingDesignTimeFactory : IDesignTimeDbContextFactory<LicensingDbContext>
{
    public LicensingDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<LicensingDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", LicensingDbContext.SchemaName))
            .Options,
        new TenantContext());
}
