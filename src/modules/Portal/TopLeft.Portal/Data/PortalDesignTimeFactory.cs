using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Data;

// Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.
internal sealed class PortalDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PortalDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", PortalDbContext.SchemaName))
            .Options,
        new TenantContext());
}
