using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Data;

/// <summary>Base of a module's DbContext: the <see cref="ModuleModel"/> rules plus tenant stamping on save.</summary>
public abstract class ModuleDbContext(DbContextOptions options, ITenantContext tenant, IOutboxSignal? signal = null)
    : DbContext(options), IModuleDbContext
{
    /// <inheritdoc />
    public abstract string Schema { get; }

    /// <inheritdoc />
    public Guid CurrentTenantId => tenant.TenantId;

    /// <inheritdoc />
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) => ModuleModel.Build(modelBuilder, this);

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ModuleModel.SaveAsync(this, tenant, signal, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken));

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ModuleModel.StampTenant(ChangeTracker, tenant);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
