namespace TopLeft.Licensing.Contracts;

/// <summary>
/// What other modules may ask the Licensing module. Every call acts for the tenant of the caller's scope and
/// reflects every license change committed before the call, on every Host instance (see ADR 0001).
/// </summary>
public interface ILicensingModule
{
    /// <summary>
    /// The "which work appears" rule for the current tenant: a snapshot of the licensed, active members.
    /// Boards and Portal filter work items with <see cref="VisibilityFilter.IsVisible"/>. Ask once per request;
    /// the snapshot is cached and costs one indexed read when nothing changed.
    /// </summary>
    Task<VisibilityFilter> GetVisibilityAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the PSA member holds a license and is active in the PSA.</summary>
    /// <param name="psaMemberId">The member's id in the PSA.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<bool> IsMemberLicensedAsync(int psaMemberId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's subscription: license counts, trial state and how many are in use.</summary>
    Task<SubscriptionSummary> GetSubscriptionAsync(CancellationToken cancellationToken = default);
}
