using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Domain;

/// <summary>
/// The module's write-back outbox row: stored with the local change, carried to the PSA by the
/// write-back worker, retried with backoff until the PSA answers yes or no.
/// </summary>
internal sealed class WriteBack : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public WriteBackKind Kind { get; set; }

    public WorkItemKind WorkItemKind { get; set; }

    public int WorkItemPsaId { get; set; }

    /// <summary>The change, as JSON of <see cref="WriteBackPayload"/>.</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>What to restore when the PSA refuses, as JSON of <see cref="WriteBackPayload"/>.</summary>
    public string? Previous { get; set; }

    public int? ActingMemberPsaId { get; set; }

    public WriteBackState State { get; set; } = WriteBackState.Pending;

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? Error { get; set; }

    public int? CreatedPsaId { get; set; }
}

/// <summary>The fields a write-back may carry; only those of its kind are set.</summary>
internal sealed record WriteBackPayload(
    int? StatusPsaId = null,
    string? StatusName = null,
    int? PriorityPsaId = null,
    IReadOnlyList<int>? AssigneePsaIds = null,
    string? Text = null,
    bool IsInternal = false,
    int? MemberPsaId = null,
    DateTimeOffset? Start = null,
    decimal? Hours = null,
    int? ContactPsaId = null);
