using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Realtime;

namespace TopLeft.Integrations.Data.Configurations;

internal sealed class PsaConnectionConfiguration : IEntityTypeConfiguration<PsaConnection>
{
    public void Configure(EntityTypeBuilder<PsaConnection> b)
    {
        b.ToTable("connections");
        b.HasKey(c => c.TenantId);
        b.Property(c => c.TenantId).ValueGeneratedNever();
        b.Property(c => c.SiteUrl).HasMaxLength(500);
        b.Property(c => c.Account).HasMaxLength(200);
        b.Property(c => c.ApiUrl).HasMaxLength(500);
        b.Property(c => c.RealtimeRegistrations).HasMaxLength(500);
        b.Property(c => c.ProtectedCallbackSecret);
        b.Property(c => c.CallbackSecretHash);
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("members");
        b.HasKey(m => new { m.TenantId, m.PsaId });
        b.Property(m => m.UserName).HasMaxLength(200);
        b.Property(m => m.Email).HasMaxLength(320);
    }
}

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> b)
    {
        b.ToTable("companies");
        b.HasKey(m => new { m.TenantId, m.PsaId });
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("contacts");
        b.HasKey(m => new { m.TenantId, m.PsaId });
        b.HasIndex(m => new { m.TenantId, m.Email });
    }
}

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> b)
    {
        b.ToTable("boards");
        b.HasKey(m => new { m.TenantId, m.PsaId });
    }
}

internal sealed class BoardStatusConfiguration : IEntityTypeConfiguration<BoardStatus>
{
    public void Configure(EntityTypeBuilder<BoardStatus> b)
    {
        b.ToTable("statuses");
        b.HasKey(m => new { m.TenantId, m.BoardPsaId, m.PsaId });
    }
}

internal sealed class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> b)
    {
        b.ToTable("priorities");
        b.HasKey(m => new { m.TenantId, m.PsaId });
    }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItemRow>
{
    public void Configure(EntityTypeBuilder<WorkItemRow> b)
    {
        b.ToTable("work_items");
        b.HasKey(m => new { m.TenantId, m.Kind, m.PsaId });
        b.Ignore(m => m.Ref);
        b.HasIndex(m => new { m.TenantId, m.BoardPsaId });
        b.HasIndex(m => new { m.TenantId, m.CompanyPsaId });
    }
}

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> b)
    {
        b.ToTable("notes");
        b.HasKey(m => new { m.TenantId, m.WorkItemKind, m.PsaId });
        b.HasIndex(m => new { m.TenantId, m.WorkItemKind, m.WorkItemPsaId });
    }
}

internal sealed class TimeEntryConfiguration : IEntityTypeConfiguration<TimeEntryRow>
{
    public void Configure(EntityTypeBuilder<TimeEntryRow> b)
    {
        b.ToTable("time_entries");
        b.HasKey(m => new { m.TenantId, m.PsaId });
        b.HasIndex(m => new { m.TenantId, m.WorkItemKind, m.WorkItemPsaId });
    }
}

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> b)
    {
        b.ToTable("sync_runs");
        b.HasKey(m => m.Id);
        b.HasIndex(m => new { m.TenantId, m.StartedAt });
    }
}

internal sealed class WriteBackConfiguration : IEntityTypeConfiguration<WriteBack>
{
    public void Configure(EntityTypeBuilder<WriteBack> b)
    {
        b.ToTable("write_backs");
        b.HasKey(m => m.Id);
        b.Property(m => m.Payload).HasColumnType("jsonb");
        b.Property(m => m.Previous).HasColumnType("jsonb");
        b.HasIndex(m => m.NextAttemptAt).HasFilter("\"State\" = 1");
    }
}

internal sealed class InboundNotificationConfiguration : IEntityTypeConfiguration<InboundNotification>
{
    public void Configure(EntityTypeBuilder<InboundNotification> b)
    {
        b.ToTable("inbound_notifications");
        b.HasKey(m => m.Id);
        b.HasIndex(m => new { m.TenantId, m.DeliveryKey }).IsUnique();
        // One index of due rows per worker lane: during a burst the note reads wait behind the callbacks, and with a single
        // index each claim of callbacks read past thousands of waiting note-read rows (9 ms a claim). The claims spell the
        // same predicates out literally, so the planner can match them.
        b.HasIndex(m => m.NextAttemptAt, "IX_inbound_notifications_due_callbacks").HasFilter(NotificationWorker.DueCallbacks);
        b.HasIndex(m => m.NextAttemptAt, "IX_inbound_notifications_due_note_reads").HasFilter(NotificationWorker.DueNoteReads);

        // For the retention purge, which finds processed rows by age.
        b.HasIndex(m => m.ProcessedAt).HasFilter("\"ProcessedAt\" IS NOT NULL");
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> b)
    {
        b.ToTable("data_protection_keys");
        b.HasKey(m => m.Id);
    }
}

internal sealed class PsaRequestCountConfiguration : IEntityTypeConfiguration<PsaRequestCount>
{
    public void Configure(EntityTypeBuilder<PsaRequestCount> b)
    {
        b.ToTable("psa_request_counts");
        b.HasKey(c => new { c.TenantId, c.Minute });
    }
}

internal sealed class PsaEndpointLeaseConfiguration : IEntityTypeConfiguration<PsaEndpointLease>
{
    public void Configure(EntityTypeBuilder<PsaEndpointLease> b)
    {
        b.ToTable("psa_endpoint_leases");
        b.HasKey(l => new { l.TenantId, l.Endpoint, l.Slot });
        b.Property(l => l.Endpoint).HasMaxLength(100);
    }
}
