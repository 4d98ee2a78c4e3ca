namespace TopLeft.Accounts.Contracts;

/// <summary>
/// What the Portal module asks Accounts about client contacts: their users (who sign in with their e-mail address and
/// manage password, TOTP and passkeys as members do), invitations, and the CloudRadial sign-in. Acts for the tenant of
/// the caller's scope.
/// </summary>
public interface IContactAccounts
{
    /// <summary>
    /// Invites (or re-invites) a PSA contact through the invitation flow (single-use link valid 7 days, sent through the
    /// outbox). Creates the contact's user when missing, and re-enables one an admin's Remove disabled.
    /// </summary>
    /// <param name="contact">The contact as the PSA has it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<ContactInvitationResult> InviteContactAsync(ContactIdentity contact, CancellationToken cancellationToken = default);

    /// <summary>Ends the contact's sessions at once (signed out everywhere, live connections closed); the user is kept.</summary>
    /// <param name="contactPsaId">The contact's PSA id.</param>
    /// <param name="reason">Shown to the contact.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task EndContactSessionsAsync(int contactPsaId, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Signs the contact in on the current HTTP request without a password (the CloudRadial hand-off, already verified by
    /// the caller), creating the contact's user when missing. False when the user is disabled or the e-mail address
    /// belongs to another user.
    /// </summary>
    /// <param name="contact">The contact as the PSA has it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<bool> SignInContactAsync(ContactIdentity contact, CancellationToken cancellationToken = default);

    /// <summary>Adds an entry to the workspace's audit log (actor and IP from the current request).</summary>
    /// <param name="eventName">What happened, e.g. "portal.view-as.started".</param>
    /// <param name="detail">Details in words.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task RecordAuditAsync(string eventName, string detail, CancellationToken cancellationToken = default);
}

/// <summary>A PSA contact as Accounts needs it to make their user.</summary>
/// <param name="PsaId">The contact's PSA id.</param>
/// <param name="Email">E-mail address (the user name).</param>
/// <param name="DisplayName">Name to show.</param>
public sealed record ContactIdentity(int PsaId, string? Email, string DisplayName);

/// <summary>What <see cref="IContactAccounts.InviteContactAsync"/> did.</summary>
/// <param name="Invited">True when the invitation was stored for sending.</param>
/// <param name="UserId">The contact's user, when there is one.</param>
/// <param name="Problem">Why not, in words (no e-mail address, e-mail address taken).</param>
public sealed record ContactInvitationResult(bool Invited, Guid? UserId, string? Problem);
