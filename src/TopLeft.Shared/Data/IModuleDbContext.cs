using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Messaging;

namespace TopLeft.Shared.Data;

/// <summary>
/// What every module DbContext offers the shared machinery. Most modules derive from
/// <see cref="ModuleDbContext"/>; one that must derive from another base (Identity's) implements this and
/// calls <see cref="ModuleModel"/> itself.
/// </summary>
public interface IModuleDbContext
{
    /// <summary>The PostgreSQL schema this module owns.</summary>
    string Schema { get; }

    /// <summary>The tenant every query is filtered by.</summary>
    Guid CurrentTenantId { get; }

    /// <summary>Integration events waiting to be dispatched.</summary>
    DbSet<OutboxMessage> Outbox { get; }
}
