namespace TopLeft.Licensing.Features.ManageSubscription;

/// <summary>The subscription as the Manage subscription page shows it.</summary>
internal sealed record SubscriptionResponse(bool IsTrial, int MemberLicenses, int PortalCompanyLicenses, int LicensedMembers, int? MemberLicensesLeft, string BillingProvider);

/// <summary>The new counts; <c>EndTrial</c> turns a trial into a paid subscription with these counts.</summary>
internal sealed record ChangeSubscriptionRequest(int MemberLicenses, int PortalCompanyLicenses, bool EndTrial = false);

/// <summary>The review step: current and new totals and whether the change can be applied.</summary>
internal sealed record SubscriptionReview(
    SubscriptionResponse Current, bool IsTrial, int MemberLicenses, int PortalCompanyLicenses, int MemberLicensesDelta, int PortalCompanyLicensesDelta,
    bool CanApply, string? Problem);

/// <summary>One entry of the subscription and license history.</summary>
internal sealed record LicensingChangeRow(
    DateTimeOffset At, string Kind, string? ByName, string Summary, int? FromMemberLicenses, int? ToMemberLicenses,
    int? FromPortalCompanyLicenses, int? ToPortalCompanyLicenses, bool? WasTrial, bool? IsTrial, string? BillingReference);
