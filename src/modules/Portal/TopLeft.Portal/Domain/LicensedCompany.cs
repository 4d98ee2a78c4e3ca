using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Domain;

/// <summary>
/// A client company holding a portal license. Removing the license deletes this row only: the company's contacts
/// keep their <see cref="PortalContact"/> records, so restoring the license lets them in again without a new invitation.
/// </summary>
internal sealed class LicensedCompany : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int CompanyPsaId { get; init; }

    public string Name { get; set; } = "";

    public DateTimeOffset LicensedAt { get; init; }

    public string LicensedBy { get; init; } = "";
}
