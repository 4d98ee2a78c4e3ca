using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Audit;

/// <summary>One security event of a tenant, kept for its admins.</summary>
internal sealed class AuditEntry : ITenantOwned
{
    public long Id { get; private set; }

    public Guid TenantId { get; set; }

    public DateTimeOffset At { get; init; }

    public required string Event { get; init; }

    public Guid? UserId { get; init; }

    public string? UserName { get; init; }

    public string? ActorUserName { get; init; }

    public string? IpAddress { get; init; }

    public string? Detail { get; init; }
}
