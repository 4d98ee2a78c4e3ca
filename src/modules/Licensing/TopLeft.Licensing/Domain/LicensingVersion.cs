using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Domain;

/// <summary>
/// The authoritative per-tenant version of everything the visibility cache holds; bumped in the same transaction
/// as every change (ADR 0001). Its row lock also serializes concurrent license changes of one tenant.
/// </summary>
internal sealed class LicensingVersion : ITenantOwned
{
    public Guid TenantId { get; set; }

    public long Version { get; set; }
}
