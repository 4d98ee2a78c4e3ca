using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace TopLeft.Shared.Messaging;

/// <summary>An integration event stored with the change that caused it; dispatched and retried until handled.</summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Row id.</summary>
    public Guid Id { get; init; }

    /// <summary>Tenant the event belongs to (handlers run in that tenant's scope); empty for system events.</summary>
    public Guid TenantId { get; init; }

    /// <summary>CLR type name with assembly, used to deserialize.</summary>
    public required string Type { get; init; }

    /// <summary>The event as JSON.</summary>
    public required string Payload { get; init; }

    /// <summary>When the event was stored.</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>When every handler succeeded; null while pending.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Failed delivery attempts so far.</summary>
    public int Attempts { get; set; }

    /// <summary>Earliest time of the next attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Last failure, for operators.</summary>
    public string? LastError { get; set; }

    internal static OutboxMessage From(IIntegrationEvent @event, Guid tenantId)
    {
        var type = @event.GetType();
        var now = DateTimeOffset.UtcNow;
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(@event, type, Json),
            OccurredAt = now,
            // Due at once, whatever the dispatcher's clock says.
            NextAttemptAt = DateTimeOffset.UnixEpoch,
        };
    }

    internal static void Configure(ModelBuilder modelBuilder)
    {
        var outbox = modelBuilder.Entity<OutboxMessage>();
        outbox.ToTable("outbox_messages");
        outbox.HasKey(m => m.Id);
        outbox.Property(m => m.Type).HasMaxLength(400);
        outbox.Property(m => m.Payload).HasColumnType("jsonb");
        outbox.Property(m => m.LastError).HasMaxLength(4000);
        outbox.HasIndex(m => m.NextAttemptAt).HasFilter("\"ProcessedAt\" IS NULL");

        // For the dispatcher's purge of delivered events by age.
        outbox.HasIndex(m => m.ProcessedAt).HasFilter("\"ProcessedAt\" IS NOT NULL");
    }
}
