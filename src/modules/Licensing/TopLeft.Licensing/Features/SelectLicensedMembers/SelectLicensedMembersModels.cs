namespace TopLeft.Licensing.Features.SelectLicensedMembers;

/// <summary>A PSA member as the Licensing page lists it.</summary>
internal sealed record MemberRow(int PsaId, string Name, string UserName, string? Email);

/// <summary>The Licensing page: who may be licensed, who is, and the counter "N of M licenses used" (M null: unlimited).</summary>
internal sealed record LicensedMembersResponse(IReadOnlyList<MemberRow> Available, IReadOnlyList<MemberRow> Selected, int Used, int? Limit, bool IsTrial);

/// <summary>The complete new selection, and whether to invite the newly selected members.</summary>
internal sealed record SaveSelectionRequest(IReadOnlyList<int> SelectedPsaIds, bool SendInvitations);

/// <summary>
/// The saved selection. <c>ToInvite</c> lists the newly selected members when invitations were asked for;
/// <c>InvitationsSent</c> stays false until Accounts offers an invitation method to call (see <c>Note</c>).
/// </summary>
internal sealed record SaveSelectionResponse(
    int Used, int? Limit, long Version, IReadOnlyList<int> Added, IReadOnlyList<int> Removed, IReadOnlyList<MemberRow> ToInvite, bool InvitationsSent, string? Note);
