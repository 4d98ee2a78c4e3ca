using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Data;

internal sealed class PortalDbContext(DbContextOptions<PortalDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "portal";

    public override string Schema => SchemaName;
}
