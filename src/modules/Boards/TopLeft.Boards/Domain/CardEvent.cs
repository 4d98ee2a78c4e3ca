using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Domain;

/// <summary>One entry of a card's history: a move or change, by a TopLeft user or by the PSA.</summary>
internal sealed class CardEvent : ITenantOwned
{
    public long Id { get; set; }

    public Guid TenantId { get; set; }

    public WorkItemKind Kind { get; set; }

    public int PsaId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The user's name, or "PSA".</summary>
    public string By { get; set; } = "";

    /// <summary>What happened, in words ("Moved from New to In Progress").</summary>
    public string What { get; set; } = "";
}
