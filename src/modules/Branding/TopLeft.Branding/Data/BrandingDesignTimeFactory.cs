using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Branding.Data;

// Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.
internal sealed class BrandingDesignTimeFactory : IDesignTimeDbContextFactory<BrandingDbContext>
{
    public BrandingDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<BrandingDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", BrandingDbContext.SchemaName))
            .Options,
        new TenantContext());
}
