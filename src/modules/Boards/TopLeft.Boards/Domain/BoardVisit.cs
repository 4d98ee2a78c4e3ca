using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Domain;

/// <summary>When a user last opened any board (the Users page shows it).</summary>
internal sealed class BoardVisit : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset LastViewedAt { get; set; }
}
