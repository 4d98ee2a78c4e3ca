using Microsoft.EntityFrameworkCore;
using TopLeft.Portal.Domain;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Data;

internal sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "portal";

    public override string Schema => SchemaName;

    public DbSet<LicensedCompany> LicensedCompanies => Set<LicensedCompany>();

    public DbSet<PortalContact> Contacts => Set<PortalContact>();

    public DbSet<BoardPortalSettings> BoardOptions => Set<BoardPortalSettings>();

    public DbSet<ViewAsSession> ViewAsSessions => Set<ViewAsSession>();

    public DbSet<PortalSettings> Settings => Set<PortalSettings>();

    public DbSet<UsedHandOff> UsedHandOffs => Set<UsedHandOff>();

    public DbSet<HandledEvent> HandledEvents => Set<HandledEvent>();
}
