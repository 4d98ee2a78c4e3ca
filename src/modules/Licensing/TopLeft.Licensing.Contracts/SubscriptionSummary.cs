namespace TopLeft.Licensing.Contracts;

/// <summary>A tenant's subscription as other modules see it.</summary>
/// <param name="IsTrial">True during the trial: licenses are unlimited, but members must still be selected.</param>
/// <param name="MemberLicenses">Member licenses bought (ignored as a limit during the trial).</param>
/// <param name="PortalCompanyLicenses">Client-portal company licenses bought (ignored as a limit during the trial).</param>
/// <param name="LicensedMembers">Members currently holding a license.</param>
public sealed record SubscriptionSummary(bool IsTrial, int MemberLicenses, int PortalCompanyLicenses, int LicensedMembers)
{
    /// <summary>How many more members may be licensed; null when unlimited (trial).</summary>
    public int? MemberLicensesLeft => IsTrial ? null : Math.Max(0, MemberLicenses - LicensedMembers);
}
