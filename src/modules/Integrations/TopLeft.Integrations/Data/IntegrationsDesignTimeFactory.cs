using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Data;

// Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.
internal sealed class IntegrationsDesignTimeFactory : IDesignTimeDbContextFactory<IntegrationsDbContext>
{
    public IntegrationsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<IntegrationsDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", IntegrationsDbContext.SchemaName))
            .Options,
        new TenantContext());
}
