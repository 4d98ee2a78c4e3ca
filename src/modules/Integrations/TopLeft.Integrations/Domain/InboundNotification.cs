using TopLeft.Integrations.Contracts;

namespace TopLeft.Integrations.Domain;

/// <summary>
/// A callback or webhook, stored as it arrived and processed from this queue. The unique
/// <see cref="DeliveryKey"/> makes a duplicate delivery a no-op.
/// </summary>
internal sealed class InboundNotification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Not <see cref="TopLeft.Shared.Tenancy.ITenantOwned"/>: the worker reads every tenant's queue.</summary>
    public Guid TenantId { get; set; }

    public PsaKind Psa { get; set; }

    /// <summary>CW MessageId, or AT webhook guid + sequence number.</summary>
    public string DeliveryKey { get; set; } = "";

    /// <summary>"ticket", "schedule", "time", "company", "contact", "project", "Ticket", "TicketNote" …</summary>
    public string EntityType { get; set; } = "";

    public int EntityId { get; set; }

    public string Action { get; set; } = "";

    public long? Sequence { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? Error { get; set; }
}
