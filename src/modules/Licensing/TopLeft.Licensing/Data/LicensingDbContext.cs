using Microsoft.EntityFrameworkCore;
using TopLeft.Licensing.Domain;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Data;

internal sealed class LicensingDbContext(DbContextOptions<LicensingDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "licensing";

    public override string Schema => SchemaName;

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<LicensedMember> LicensedMembers => Set<LicensedMember>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<LicensingChange> Changes => Set<LicensingChange>();

    public DbSet<LicensingVersion> Versions => Set<LicensingVersion>();

    /// <summary>
    /// Increments the tenant's version and returns it. Call first inside the change's transaction: the row lock it
    /// takes serializes concurrent changes of one tenant, so limit checks cannot race.
    /// </summary>
    public async Task<long> BumpVersionAsync(CancellationToken cancellationToken)
    {
        var values = await Database.SqlQuery<long>($"""
            INSERT INTO licensing.versions ("TenantId", "Version") VALUES ({CurrentTenantId}, 1)
            ON CONFLICT ("TenantId") DO UPDATE SET "Version" = versions."Version" + 1
            RETURNING "Version" AS "Value"
            """).ToListAsync(cancellationToken);
        return values.Single();
    }

    public Task<long> CurrentVersionAsync(CancellationToken cancellationToken) =>
        Versions.AsNoTracking().Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);
}
