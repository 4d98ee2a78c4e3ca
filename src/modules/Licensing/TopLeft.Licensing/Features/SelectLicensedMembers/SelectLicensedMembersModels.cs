namespace TopLeft.Licensing.Features.SelectLicensedMembers;

/// <summary>A PSA member as the Licensing page lists it.</summary>
internal sealed record MemberRow(int PsaId, string Name, string UserName, string? Email);

/// <summary>The Licensing page: who may be licensed, who is, and the counter "N of M licenses used" (M null: unlimited).</summary>
internal sealed record LicensedMembersResponse(IReadOnlyList<MemberRow> Available, IReadOnlyList<MemberRow> Selected, int Used, int? Limit, bool IsTrial);

/// <summary>The complete new selection, and whether to invite the newly selected members.</summary>
internal sealed record SaveSelectionRequest(IReadOnlyList<int> SelectedPsaIds, bool SendInvitations);

/// <summary>
/// The saved selection. <c>Added</c> are the newly selected members (the ones "Send e-mail invitations" is for);
/// <c>Invitations</c> says per newly selected member whether an invitation went out, empty when none was asked for.
/// </summary>
internal sealed record SaveSelectionResponse(
    int Used, int? Limit, long Version, IReadOnlyList<int> Added, IReadOnlyList<int> Removed, IReadOnlyList<InvitationRow> Invitations);

/// <summary>Licensed members to invite, normally the <c>Added</c> of the last save.</summary>
internal sealed record SendInvitationsRequest(IReadOnlyList<int> PsaIds);

/// <summary>Whether one member was invited; <c>Outcome</c> is <c>invited</c>, or why not (<c>alreadyHasAccount</c>, <c>noEmail</c>,
/// <c>disabled</c>, <c>unknownMember</c>, <c>userNameTaken</c>, <c>notLicensed</c>), <c>Reason</c> the same in a sentence.</summary>
internal sealed record InvitationRow(int PsaId, string Name, string? Email, bool Invited, string Outcome, string Reason);
