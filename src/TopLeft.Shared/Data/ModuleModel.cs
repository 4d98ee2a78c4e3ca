using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Data;

/// <summary>
/// The rules every module model follows: its own schema, its outbox table, and a query filter on the current
/// tenant for every <see cref="ITenantOwned"/> entity, so tenant isolation holds by construction rather than
/// by each query remembering a <c>Where</c>.
/// </summary>
public static class ModuleModel
{
    /// <summary>Applies schema, the module's entity configurations, the outbox and tenant filters.</summary>
    public static void Build<TContext>(ModelBuilder modelBuilder, TContext context)
        where TContext : DbContext, IModuleDbContext
    {
        modelBuilder.HasDefaultSchema(context.Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(context.GetType().Assembly);
        OutboxMessage.Configure(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                // A member access on the context instance becomes a query parameter, read afresh per query.
                var row = Expression.Parameter(entity.ClrType, "e");
                var filter = Expression.Equal(
                    Expression.Property(row, nameof(ITenantOwned.TenantId)),
                    Expression.Property(Expression.Constant(context), nameof(IModuleDbContext.CurrentTenantId)));
                entity.SetQueryFilter(Expression.Lambda(filter, row));
            }
        }
    }

    /// <summary>
    /// Stamps new tenant-owned rows with the current tenant and refuses rows of another tenant; call before saving.
    /// </summary>
    public static void StampTenant(ChangeTracker changes, ITenantContext tenant)
    {
        foreach (var entry in changes.Entries<ITenantOwned>())
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

    /// <summary>
    /// Saves through <paramref name="save"/> (the context's base SaveChanges) after stamping tenants, then wakes the
    /// outbox dispatcher when events were stored outside an explicit transaction (inside one, the poll picks them up).
    /// </summary>
    public static async Task<int> SaveAsync(DbContext context, ITenantContext tenant, IOutboxSignal? signal, Func<Task<int>> save)
    {
        StampTenant(context.ChangeTracker, tenant);
        var hasEvents = context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        var written = await save();
        if (hasEvents && context.Database.CurrentTransaction is null)
        {
            signal?.Notify();
        }

        return written;
    }

    /// <summary>Queues an integration event; it is stored by the next <c>SaveChangesAsync</c>, atomically with the change.</summary>
    public static void Publish(this IModuleDbContext context, IIntegrationEvent @event) =>
        context.Outbox.Add(OutboxMessage.From(@event, context.CurrentTenantId));
}
