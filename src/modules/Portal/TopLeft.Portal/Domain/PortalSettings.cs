using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Domain;

/// <summary>Tenant-wide portal settings: the CloudRadial hand-off secret (stored encrypted with Data Protection).</summary>
internal sealed class PortalSettings : ITenantOwned
{
    public Guid TenantId { get; set; }

    public string? CloudRadialSecretProtected { get; set; }

    public DateTimeOffset? CloudRadialSecretCreatedAt { get; set; }
}

/// <summary>A CloudRadial hand-off already used (tokens are single-use until they expire).</summary>
internal sealed class UsedHandOff : ITenantOwned
{
    public Guid TenantId { get; set; }

    public string Nonce { get; init; } = "";

    public DateTimeOffset ExpiresAt { get; init; }
}
