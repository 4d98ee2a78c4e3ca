using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a module's model without starting the Host; it never connects.
/// A module declares <c>internal sealed class XDesignTimeFactory() : ModuleDesignTimeFactory&lt;XDbContext&gt;(XDbContext.SchemaName);</c>.
/// </summary>
public abstract class ModuleDesignTimeFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext, IModuleDbContext
{
    /// <inheritdoc />
    public TContext CreateDbContext(string[] args) => (TContext)Activator.CreateInstance(
        typeof(TContext),
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema))
            .Options,
        new TenantContext(),
        null)!;
}
