using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Domain;

/// <summary>A PSA member selected to hold a license.</summary>
internal sealed class LicensedMember : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int PsaMemberId { get; init; }

    public DateTimeOffset LicensedAt { get; init; }
}
