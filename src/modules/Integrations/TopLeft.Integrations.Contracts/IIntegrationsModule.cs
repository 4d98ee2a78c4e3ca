namespace TopLeft.Integrations.Contracts;

/// <summary>
/// What other modules may ask the Integrations module: the current tenant's synced PSA data, in a
/// PSA-neutral shape, and write-back requests. Every call acts for the tenant of the caller's scope.
/// Write-backs are stored in the caller's tenant with the local change in one transaction and carried
/// to the PSA later (retried until it answers); a refusal reverts the local change and publishes
/// <see cref="Events.WriteBackFailed"/>.
/// </summary>
public interface IIntegrationsModule
{
    /// <summary>The tenant's connection, or null when no PSA is connected.</summary>
    Task<ConnectionSummary?> GetConnectionAsync(CancellationToken cancellationToken = default);

    /// <summary>Members (technicians); inactive ones only when asked.</summary>
    Task<IReadOnlyList<PsaMember>> GetMembersAsync(bool includeInactive = false, CancellationToken cancellationToken = default);

    /// <summary>PSA ids of the members whose personal API keys are stored (write-backs then run as them), in id order.</summary>
    Task<IReadOnlyList<int>> GetMemberPsaIdsWithApiKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Finds a member by e-mail address or PSA user name (case-insensitive); null when unknown.</summary>
    Task<PsaMember?> FindMemberAsync(string emailOrUserName, CancellationToken cancellationToken = default);

    /// <summary>Active companies, with their parent company.</summary>
    Task<IReadOnlyList<PsaCompany>> GetCompaniesAsync(CancellationToken cancellationToken = default);

    /// <summary>Contacts, of one company or of all.</summary>
    Task<IReadOnlyList<PsaContact>> GetContactsAsync(int? companyPsaId = null, CancellationToken cancellationToken = default);

    /// <summary>Finds an active contact by e-mail address; null when unknown.</summary>
    Task<PsaContact?> FindContactByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Boards / queues with their statuses in column order.</summary>
    Task<IReadOnlyList<PsaBoard>> GetBoardsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The statuses of a kind that has a status list of its own, in column order: Autotask tasks (a picklist of their own
    /// and no queue, so never the ticket statuses of <see cref="GetBoardsAsync"/>) and projects of both PSAs (one list for
    /// every project board). Empty for other kinds, for ConnectWise tasks (it has none), and before a reference sync.
    /// </summary>
    Task<IReadOnlyList<PsaStatus>> GetOwnStatusesAsync(WorkItemKind kind, CancellationToken cancellationToken = default);

    /// <summary>Priorities with their colours.</summary>
    Task<IReadOnlyList<PsaPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default);

    /// <summary>Work items matching the query.</summary>
    Task<IReadOnlyList<WorkItem>> GetWorkItemsAsync(WorkItemQuery query, CancellationToken cancellationToken = default);

    /// <summary>One work item, or null.</summary>
    Task<WorkItem?> GetWorkItemAsync(WorkItemRef item, CancellationToken cancellationToken = default);

    /// <summary>Notes of a work item, oldest first; internal notes only when asked (the portal never asks).</summary>
    Task<IReadOnlyList<WorkItemNote>> GetNotesAsync(WorkItemRef item, bool includeInternal, CancellationToken cancellationToken = default);

    /// <summary>Time entries of a work item.</summary>
    Task<IReadOnlyList<TimeEntry>> GetTimeEntriesAsync(WorkItemRef item, CancellationToken cancellationToken = default);

    /// <summary>Moves a work item to another status; applied locally at once.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="statusPsaId">Target status (of the item's board).</param>
    /// <param name="actingMemberPsaId">Member on whose behalf the PSA change is made, when the tenant allows it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The write-back id.</returns>
    Task<Guid> RequestStatusChangeAsync(WorkItemRef item, int statusPsaId, int? actingMemberPsaId = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a note; it appears locally once the PSA accepted it.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="text">Plain text.</param>
    /// <param name="isInternal">Internal note rather than one the customer sees.</param>
    /// <param name="actingMemberPsaId">Author, when the tenant allows acting as a member.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The write-back id.</returns>
    Task<Guid> RequestNoteAsync(WorkItemRef item, string text, bool isInternal, int? actingMemberPsaId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a note from a contact (the client portal): one the customer sees, written as from the contact where the PSA
    /// allows it (ConnectWise; which then also sets the ticket's "client responded" flag). It appears locally once the
    /// PSA accepted it.
    /// </summary>
    /// <param name="item">The work item.</param>
    /// <param name="text">Plain text.</param>
    /// <param name="contactPsaId">The contact who wrote it.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The write-back id.</returns>
    Task<Guid> RequestContactNoteAsync(WorkItemRef item, string text, int contactPsaId, CancellationToken cancellationToken = default);

    /// <summary>Adds a time entry for a member.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="memberPsaId">Who worked.</param>
    /// <param name="start">Start of the work.</param>
    /// <param name="hours">Hours worked.</param>
    /// <param name="notes">Notes (Autotask requires summary notes).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The write-back id.</returns>
    Task<Guid> RequestTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, decimal hours, string notes, CancellationToken cancellationToken = default);

    /// <summary>Changes a work item's priority; applied locally at once.</summary>
    /// <returns>The write-back id.</returns>
    Task<Guid> RequestPriorityChangeAsync(WorkItemRef item, int priorityPsaId, int? actingMemberPsaId = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces a work item's assignees (primary first); applied locally at once.</summary>
    /// <returns>The write-back id.</returns>
    Task<Guid> RequestAssignmentAsync(WorkItemRef item, IReadOnlyList<int> memberPsaIds, int? actingMemberPsaId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks that the client responded (a contact changed the item through the portal): in ConnectWise the ticket's
    /// "client responded" flag (customerUpdatedFlag) is set, applied locally at once; Autotask has no such flag and the
    /// write-back only re-reads the item.
    /// </summary>
    /// <returns>The write-back id.</returns>
    Task<Guid> RequestClientRespondedAsync(WorkItemRef item, CancellationToken cancellationToken = default);

    /// <summary>Where a write-back is; null when unknown.</summary>
    Task<WriteBackStatus?> GetWriteBackAsync(Guid writeBackId, CancellationToken cancellationToken = default);
}
