using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Data;

/// <summary>
/// Base of every module's DbContext: one schema per module, an outbox table in that schema, and a query
/// filter on the current tenant for every <see cref="ITenantOwned"/> entity, so tenant isolation holds by
/// construction rather than by each query remembering a <c>Where</c>.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ITenantContext tenant, IOutboxSignal? signal = null)
    : DbContext(options)
{
    /// <summary>The PostgreSQL schema this module owns.</summary>
    public abstract string Schema { get; }

    /// <summary>The tenant every query is filtered by; read by EF as a parameter on each query.</summary>
    public Guid CurrentTenantId => tenant.TenantId;

    /// <summary>Integration events waiting to be dispatched (written in the same transaction as the change).</summary>
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>Queues an integration event; it is stored by the next <c>SaveChangesAsync</c>.</summary>
    public void Publish(IIntegrationEvent @event) => Outbox.Add(OutboxMessage.From(@event, tenant.TenantId));

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        OutboxMessage.Configure(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                entity.SetQueryFilter(TenantFilter(entity.ClrType));
            }
        }
    }

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        var hasEvents = ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (hasEvents && Database.CurrentTransaction is null)
        {
            signal?.Notify();
        }

        return written;
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            if (entry.Entity.TenantId == Guid.Empty)
            {
                entry.Entity.TenantId = tenant.HasTenant
                    ? tenant.TenantId
                    : throw new InvalidOperationException($"Cannot save a {entry.Metadata.ClrType.Name} without a tenant.");
            }
            else if (tenant.HasTenant && entry.Entity.TenantId != tenant.TenantId)
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another tenant cannot be saved here.");
            }
        }
    }

    private LambdaExpression TenantFilter(Type clrType)
    {
        var entity = Expression.Parameter(clrType, "e");
        var body = Expression.Equal(
            Expression.Property(entity, nameof(ITenantOwned.TenantId)),
            Expression.Property(Expression.Constant(this), nameof(CurrentTenantId)));
        return Expression.Lambda(body, entity);
    }
}
