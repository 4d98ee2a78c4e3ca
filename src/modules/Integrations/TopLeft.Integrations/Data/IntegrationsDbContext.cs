using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Domain;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Data;

internal sealed class IntegrationsDbContext(DbContextOptions<IntegrationsDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "integrations";

    public override string Schema => SchemaName;

    public DbSet<PsaConnection> Connections => Set<PsaConnection>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<BoardStatus> Statuses => Set<BoardStatus>();

    public DbSet<Priority> Priorities => Set<Priority>();

    public DbSet<WorkItemRow> WorkItems => Set<WorkItemRow>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<TimeEntryRow> TimeEntries => Set<TimeEntryRow>();

    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();

    public DbSet<WriteBack> WriteBacks => Set<WriteBack>();

    public DbSet<InboundNotification> Notifications => Set<InboundNotification>();

    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    public DbSet<PsaRequestCount> RequestCounts => Set<PsaRequestCount>();

    public DbSet<PsaEndpointLease> EndpointLeases => Set<PsaEndpointLease>();
}
