using TopLeft.Integrations.Contracts;

namespace TopLeft.Integrations.Psa;

/// <summary>
/// One PSA behind a PSA-neutral face: the sync engine, the notification processor and the write-back
/// worker talk to this, never to a vendor client directly.
/// </summary>
internal interface IPsaAdapter
{
    PsaKind Kind { get; }

    /// <summary>Requests sent through this adapter so far.</summary>
    int Requests { get; }

    Task<ReferenceData> ReadReferenceAsync(CancellationToken ct);

    /// <summary>Work items in pages; all visible ones, or those changed since <paramref name="changedSince"/> (closed included then).</summary>
    IAsyncEnumerable<IReadOnlyList<WorkItemData>> ReadWorkItemsAsync(DateTimeOffset? changedSince, bool includeClosed, CancellationToken ct);

    /// <summary>Fetches one work item; null when it no longer exists (or cannot be read).</summary>
    Task<WorkItemData?> FetchWorkItemAsync(WorkItemRef item, CancellationToken ct);

    /// <summary>
    /// Fetches work items of one kind by id with list requests (as many ids per request as the PSA's URL or filter
    /// allows); an id missing from the result is gone or no longer readable, as a null from <see cref="FetchWorkItemAsync"/> is.
    /// A ticket id may come back as a project ticket (ConnectWise decides the kind from the record).
    /// </summary>
    Task<IReadOnlyList<WorkItemData>> FetchWorkItemsAsync(WorkItemKind kind, IReadOnlyCollection<int> ids, CancellationToken ct);

    /// <summary>Fetches one member; null when it no longer exists (callbacks say only which record changed).</summary>
    Task<MemberData?> FetchMemberAsync(int psaId, CancellationToken ct);

    /// <summary>Fetches one company; null when it no longer exists.</summary>
    Task<CompanyData?> FetchCompanyAsync(int psaId, CancellationToken ct);

    /// <summary>Fetches one contact; null when it no longer exists.</summary>
    Task<ContactData?> FetchContactAsync(int psaId, CancellationToken ct);

    /// <summary>Notes of the given work items, or (when the PSA can query notes by date) of all changed since.</summary>
    IAsyncEnumerable<IReadOnlyList<NoteData>> ReadNotesAsync(IReadOnlyCollection<WorkItemRef> items, DateTimeOffset? changedSince, CancellationToken ct);

    IAsyncEnumerable<IReadOnlyList<TimeEntryData>> ReadTimeEntriesAsync(DateTimeOffset? changedSince, CancellationToken ct);

    Task<WorkItemData> SetStatusAsync(WorkItemRef item, int statusPsaId, CancellationToken ct);

    Task<WorkItemData> SetPriorityAsync(WorkItemRef item, int priorityPsaId, CancellationToken ct);

    Task<WorkItemData> SetAssigneesAsync(WorkItemRef item, IReadOnlyList<int> memberPsaIds, CancellationToken ct);

    /// <summary>Sets the "client responded" flag where the PSA has one (ConnectWise); returns the item as it is now.</summary>
    Task<WorkItemData> SetClientRespondedAsync(WorkItemRef item, CancellationToken ct);

    /// <summary>Adds a note by the member, or (<paramref name="contactPsaId"/>) one from the contact, which ConnectWise marks as the client responding.</summary>
    Task<NoteData> AddNoteAsync(WorkItemRef item, string text, bool isInternal, int? memberPsaId, int? contactPsaId, CancellationToken ct);

    /// <summary>A note with this text written since <paramref name="since"/>, so a retry after a lost answer does not post twice.</summary>
    Task<NoteData?> FindNoteAsync(WorkItemRef item, string text, DateTimeOffset since, CancellationToken ct);

    Task<TimeEntryData> AddTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, decimal hours, string notes, CancellationToken ct);

    Task<TimeEntryData?> FindTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, CancellationToken ct);

    /// <summary>Registers callbacks/webhooks pointing at <paramref name="url"/>; returns the registration ids to store.</summary>
    Task<string> RegisterRealtimeAsync(string url, string secret, string? previous, CancellationToken ct);

    /// <summary>Probes each permission TopLeft needs; one line per permission.</summary>
    Task<IReadOnlyList<PermissionCheck>> TestAsync(CancellationToken ct);

    /// <summary>Current usage of the PSA's request budget, when it reports one.</summary>
    Task<RequestBudget?> ReadBudgetAsync(CancellationToken ct);
}

internal sealed record PermissionCheck(string Permission, bool Granted, string? Detail);

internal sealed record RequestBudget(int Used, int Limit, int WindowMinutes);

internal sealed record MemberData(int PsaId, string UserName, string FirstName, string LastName, string? Email, bool IsActive, DateTimeOffset? UpdatedAt, int? DefaultRoleId);

internal sealed record CompanyData(int PsaId, string Identifier, string Name, int? ParentPsaId, bool IsActive, DateTimeOffset? UpdatedAt);

internal sealed record ContactData(int PsaId, int? CompanyPsaId, string FirstName, string LastName, string? Email, bool IsActive, DateTimeOffset? UpdatedAt);

internal sealed record BoardData(int PsaId, string Name, bool IsActive);

internal sealed record StatusData(int BoardPsaId, int PsaId, string Name, int SortOrder, bool IsClosed, bool IsActive);

internal sealed record PriorityData(int PsaId, string Name, string? Color, int SortOrder);

internal sealed record ReferenceData(
    IReadOnlyList<MemberData> Members,
    IReadOnlyList<CompanyData> Companies,
    IReadOnlyList<ContactData> Contacts,
    IReadOnlyList<BoardData> Boards,
    IReadOnlyList<StatusData> Statuses,
    IReadOnlyList<PriorityData> Priorities);

internal sealed record WorkItemData(
    WorkItemRef Ref,
    string Number,
    string Title,
    int? BoardPsaId,
    int? StatusPsaId,
    string? StatusName,
    int? PriorityPsaId,
    int? CompanyPsaId,
    int? ContactPsaId,
    int? ProjectPsaId,
    int? PhasePsaId,
    IReadOnlyList<int> AssigneePsaIds,
    decimal? BudgetHours,
    decimal? ActualHours,
    bool IsClosed,
    bool ClientResponded,
    DateTimeOffset? UpdatedAt);

internal sealed record NoteData(int PsaId, WorkItemRef WorkItem, string Text, bool IsInternal, int? MemberPsaId, int? ContactPsaId, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt);

internal sealed record TimeEntryData(int PsaId, WorkItemRef WorkItem, int MemberPsaId, DateTimeOffset Start, DateTimeOffset? End, decimal Hours, string? Notes, DateTimeOffset? UpdatedAt);
