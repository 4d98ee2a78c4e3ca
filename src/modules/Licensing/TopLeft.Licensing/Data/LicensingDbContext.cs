using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Data;

internal sealed class LicensingDbContext(DbContextOptions<LicensingDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "licensing";

    public override string Schema => SchemaName;
}
