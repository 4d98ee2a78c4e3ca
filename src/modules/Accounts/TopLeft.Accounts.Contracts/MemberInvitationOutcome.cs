namespace TopLeft.Accounts.Contracts;

/// <summary>Why a member was, or was not, invited.</summary>
public enum MemberInvitationOutcome
{
    /// <summary>An invitation e-mail was queued (replacing any pending one).</summary>
    Invited,

    /// <summary>The member already has an account: a password, or an accepted invitation.</summary>
    AlreadyHasAccount,

    /// <summary>The member has no e-mail address to send the invitation to.</summary>
    NoEmail,

    /// <summary>The member's user is disabled in TopLeft, or the member is inactive in the PSA.</summary>
    Disabled,

    /// <summary>No PSA member with this id has been synced.</summary>
    UnknownMember,

    /// <summary>The member's PSA username already belongs to another user of the workspace.</summary>
    UserNameTaken,
}
