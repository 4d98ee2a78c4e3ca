namespace TopLeft.Portal.Access;

/// <summary>
/// Whom the portal governs in this request: a signed-in contact, or an admin viewing as one (read-only). Computed once
/// per request from the PSA's current data and the portal's records.
/// </summary>
/// <param name="ContactPsaId">The contact whose view applies.</param>
/// <param name="CompanyPsaId">The contact's company in the PSA now.</param>
/// <param name="HasAccess">The contact may use the portal at all: active in the PSA, not removed, company licensed.</param>
/// <param name="Companies">The companies whose cards the contact may see (Autotask: the company and its children).</param>
/// <param name="ReadOnly">An admin's View As: nothing may be changed.</param>
internal sealed record PortalViewer(int ContactPsaId, int? CompanyPsaId, bool HasAccess, IReadOnlySet<int> Companies, bool ReadOnly)
{
    public static PortalViewer NoAccess(int contactPsaId, bool readOnly) => new(contactPsaId, null, false, new HashSet<int>(), readOnly);
}
