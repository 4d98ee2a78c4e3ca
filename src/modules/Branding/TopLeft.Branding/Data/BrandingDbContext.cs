using Microsoft.EntityFrameworkCore;
using TopLeft.Branding.Domain;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Branding.Data;

internal sealed class BrandingDbContext(DbContextOptions<BrandingDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "branding";

    public override string Schema => SchemaName;

    public DbSet<Logo> Logos => Set<Logo>();
}
