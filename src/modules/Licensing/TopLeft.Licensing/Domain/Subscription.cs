using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Domain;

/// <summary>
/// A tenant's license counts. During the trial licenses are unlimited, yet members must still be selected,
/// because the selection is the access control.
/// </summary>
internal sealed class Subscription : ITenantOwned
{
    public Guid TenantId { get; set; }

    public bool IsTrial { get; private set; }

    public int MemberLicenses { get; private set; }

    public int PortalCompanyLicenses { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Subscription Start(bool isTrial, DateTimeOffset now) => new() { IsTrial = isTrial, UpdatedAt = now };

    /// <summary>True when one more member may be licensed beyond <paramref name="selected"/>.</summary>
    public bool Allows(int selected) => IsTrial || selected <= MemberLicenses;

    /// <summary>Why the change cannot be made, or null when it can.</summary>
    public string? Refusal(int memberLicenses, int portalCompanyLicenses, bool trialAfter, int selectedMembers)
    {
        if (memberLicenses < 0 || portalCompanyLicenses < 0)
        {
            return "License counts cannot be negative.";
        }

        if (!trialAfter && memberLicenses < selectedMembers)
        {
            var unselect = selectedMembers - memberLicenses;
            return $"{selectedMembers} members are licensed but the new subscription has {memberLicenses} member licenses: " +
                $"unselect {unselect} member{(unselect == 1 ? "" : "s")} on the Licensing page first.";
        }

        return null;
    }

    public void Change(int memberLicenses, int portalCompanyLicenses, bool trialAfter, DateTimeOffset now)
    {
        MemberLicenses = memberLicenses;
        PortalCompanyLicenses = portalCompanyLicenses;
        IsTrial = trialAfter;
        UpdatedAt = now;
    }
}
