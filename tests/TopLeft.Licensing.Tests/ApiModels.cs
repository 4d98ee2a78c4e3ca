namespace TopLeft.Licensing.Tests;

public sealed record MyLicense(bool Licensed, bool IsContact, int? PsaMemberId, IReadOnlyList<string> AdminNames, IReadOnlyList<AdminRow> Admins);

public sealed record AdminRow(string Name, string? Email);

public sealed record MyVisibility(long Version, IReadOnlyList<int> LicensedMemberPsaIds);

public sealed record MemberRow(int PsaId, string Name, string UserName, string? Email);

public sealed record LicensedMembers(IReadOnlyList<MemberRow> Available, IReadOnlyList<MemberRow> Selected, int Used, int? Limit, bool IsTrial);

public sealed record SavedSelection(int Used, int? Limit, long Version, IReadOnlyList<int> Added, IReadOnlyList<int> Removed, IReadOnlyList<InvitationRow> Invitations);

public sealed record InvitationRow(int PsaId, string Name, string? Email, bool Invited, string Outcome, string Reason);

public sealed record SubscriptionState(bool IsTrial, int MemberLicenses, int PortalCompanyLicenses, int LicensedMembers, int? MemberLicensesLeft, string BillingProvider);

public sealed record Review(SubscriptionState Current, bool IsTrial, int MemberLicenses, int PortalCompanyLicenses, int MemberLicensesDelta, int PortalCompanyLicensesDelta, bool CanApply, string? Problem);

public sealed record HistoryRow(DateTimeOffset At, string Kind, string? ByName, string Summary, int? FromMemberLicenses, int? ToMemberLicenses, bool? WasTrial, bool? IsTrial, string? BillingReference);

public sealed record Problem(string? Title, string? Detail, int? Status);
