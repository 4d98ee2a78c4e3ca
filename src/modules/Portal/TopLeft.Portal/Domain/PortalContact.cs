using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Domain;

/// <summary>A PSA contact the MSP let into the portal (invited, or arrived through CloudRadial), or removed again.</summary>
internal sealed class PortalContact : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int ContactPsaId { get; init; }

    /// <summary>The contact's company when last seen; access is always checked against the PSA's current one.</summary>
    public int? CompanyPsaId { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>The Accounts user the contact signs in as.</summary>
    public Guid? UserId { get; set; }

    public ContactSource Source { get; set; }

    public DateTimeOffset? InvitedAt { get; set; }

    public int Invitations { get; set; }

    /// <summary>Set by Remove: no access, whatever the company's license; cleared by a new invitation.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public bool HasAccess => RemovedAt is null;
}

internal enum ContactSource
{
    Invitation = 1,
    CloudRadial = 2,
}
