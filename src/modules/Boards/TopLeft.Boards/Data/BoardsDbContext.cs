using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Domain;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Data;

internal sealed class BoardsDbContext(DbContextOptions<BoardsDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "boards";

    public override string Schema => SchemaName;

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<CardRank> Ranks => Set<CardRank>();

    public DbSet<CardEvent> CardEvents => Set<CardEvent>();

    public DbSet<CardStatusSince> StatusSince => Set<CardStatusSince>();

    public DbSet<BoardVisit> Visits => Set<BoardVisit>();

    /// <summary>
    /// Serializes changes to one card across requests and Host instances until the transaction ends, so two
    /// simultaneous drags of the same card are decided one after the other: the second sees the first's result.
    /// </summary>
    public Task LockCardAsync(int kind, int psaId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({CurrentTenantId.ToString()}), {(kind * 100_000_000) + psaId})", cancellationToken);
}
