namespace TopLeft.Accounts.Contracts;

/// <summary>What <see cref="IAccountsModule.InviteMembersAsync"/> did for one PSA member.</summary>
/// <param name="PsaMemberId">The member's PSA id.</param>
/// <param name="DisplayName">The member's name, when known.</param>
/// <param name="Email">Where the invitation went (or would have gone), when known.</param>
/// <param name="Outcome">Invited, or why not.</param>
/// <param name="Reason">The outcome in one sentence, for an admin.</param>
public sealed record MemberInvitationResult(int PsaMemberId, string? DisplayName, string? Email, MemberInvitationOutcome Outcome, string Reason)
{
    /// <summary>True when an invitation e-mail was queued.</summary>
    public bool Invited => Outcome == MemberInvitationOutcome.Invited;
}
