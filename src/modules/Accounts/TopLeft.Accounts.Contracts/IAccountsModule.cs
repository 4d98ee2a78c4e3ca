namespace TopLeft.Accounts.Contracts;

/// <summary>What other modules and the Host may ask the Accounts module.</summary>
public interface IAccountsModule
{
    /// <summary>Finds a tenant by its URL slug; null when no such tenant exists.</summary>
    Task<TenantSummary?> FindTenantAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>
    /// Invites PSA members of the current tenant through the invitation flow (an e-mail with a single-use link, valid
    /// 7 days, sent through the outbox, followed by the onboarding series). A member without a user yet gets one from
    /// the synced PSA member data. Members who already have an account (a password or an accepted invitation), are
    /// disabled or inactive, are unknown, or have no e-mail address are skipped; a pending invitation is replaced.
    /// </summary>
    /// <param name="psaMemberIds">PSA member ids; duplicates are invited once.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>One result per distinct member id, in the order given.</returns>
    Task<IReadOnlyList<MemberInvitationResult>> InviteMembersAsync(IReadOnlyList<int> psaMemberIds, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's active administrators, by name: whom an unlicensed user should ask.</summary>
    Task<IReadOnlyList<AdminContact>> GetAdminNamesAsync(CancellationToken cancellationToken = default);
}
