using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Tests.Data;

// A minimal module context, the way a real module declares one, to test the base class against PostgreSQL.
internal sealed class NotesDbContext(DbContextOptions<NotesDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public override string Schema => "notes";

    public DbSet<Note> Notes => Set<Note>();

    public static NotesDbContext For(string connectionString, ITenantContext tenant) =>
        new(new DbContextOptionsBuilder<NotesDbContext>().UseNpgsql(connectionString).Options, tenant);
}

internal sealed class Note : ITenantOwned
{
    public int Id { get; set; }

    public Guid TenantId { get; set; }

    public string Text { get; set; } = "";
}

internal sealed record NoteWritten(int NoteId, string Text) : IIntegrationEvent;

// Notes about the same note id are ordered; the dispatcher must keep their order.
internal sealed record NoteEdited(int NoteId, string Text) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"note:{NoteId}";
}
