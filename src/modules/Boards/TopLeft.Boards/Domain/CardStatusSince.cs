using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Domain;

/// <summary>Since when a card has been in its status (for "age in status"); the PSA does not keep it for us.</summary>
internal sealed class CardStatusSince : ITenantOwned
{
    public Guid TenantId { get; set; }

    public WorkItemKind Kind { get; set; }

    public int PsaId { get; set; }

    public int? StatusPsaId { get; set; }

    public DateTimeOffset Since { get; set; }
}
