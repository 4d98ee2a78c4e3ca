namespace TopLeft.Integrations.Contracts;

/// <summary>A technician: a ConnectWise member or an Autotask resource.</summary>
/// <param name="PsaId">Id in the PSA.</param>
/// <param name="UserName">ConnectWise identifier or Autotask user name.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Email">E-mail address, when the PSA has one.</param>
/// <param name="IsActive">False once the PSA deactivated (or deleted) the member.</param>
public sealed record PsaMember(int PsaId, string UserName, string FirstName, string LastName, string? Email, bool IsActive);

/// <summary>A customer company.</summary>
/// <param name="PsaId">Id in the PSA.</param>
/// <param name="Identifier">Short code (ConnectWise identifier, Autotask company number), may be empty.</param>
/// <param name="Name">Company name.</param>
/// <param name="ParentPsaId">The parent company (Autotask parent companies), or null.</param>
/// <param name="IsActive">False when deleted or inactive in the PSA.</param>
public sealed record PsaCompany(int PsaId, string Identifier, string Name, int? ParentPsaId, bool IsActive);

/// <summary>A contact person at a customer company.</summary>
/// <param name="PsaId">Id in the PSA.</param>
/// <param name="CompanyPsaId">The contact's company, or null.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="Email">Default e-mail address, or null.</param>
/// <param name="IsActive">False when inactive or deleted.</param>
public sealed record PsaContact(int PsaId, int? CompanyPsaId, string FirstName, string LastName, string? Email, bool IsActive);

/// <summary>A ConnectWise service board or an Autotask queue, with its columns.</summary>
/// <param name="PsaId">Board id / queue picklist value.</param>
/// <param name="Name">Board or queue name.</param>
/// <param name="IsActive">False when inactive.</param>
/// <param name="Statuses">Statuses usable on the board, in column order (Autotask: the shared ticket statuses).</param>
public sealed record PsaBoard(int PsaId, string Name, bool IsActive, IReadOnlyList<PsaStatus> Statuses);

/// <summary>A ticket status (a board column).</summary>
/// <param name="PsaId">Status id / picklist value.</param>
/// <param name="Name">Label.</param>
/// <param name="SortOrder">Column order.</param>
/// <param name="IsClosed">True for closed/complete statuses.</param>
/// <param name="IsActive">False when the PSA deactivated it.</param>
public sealed record PsaStatus(int PsaId, string Name, int SortOrder, bool IsClosed, bool IsActive);

/// <summary>A priority with its colour.</summary>
/// <param name="PsaId">Id / picklist value.</param>
/// <param name="Name">Label.</param>
/// <param name="Color">Colour name or #rrggbb (ConnectWise colour names are lower-cased), or null.</param>
/// <param name="SortOrder">Sort order (lower is more urgent).</param>
public sealed record PsaPriority(int PsaId, string Name, string? Color, int SortOrder);

/// <summary>A ticket, task, project or phase as boards, licensing and the portal see it.</summary>
/// <param name="Ref">Kind and PSA id.</param>
/// <param name="Number">Display number (e.g. Autotask T20240501.0001, ConnectWise the id).</param>
/// <param name="Title">Summary / title.</param>
/// <param name="BoardPsaId">Board or queue, or null.</param>
/// <param name="StatusPsaId">Status id, or null.</param>
/// <param name="StatusName">Status label at the time of sync.</param>
/// <param name="PriorityPsaId">Priority, or null.</param>
/// <param name="CompanyPsaId">Customer company, or null.</param>
/// <param name="ContactPsaId">Contact, or null.</param>
/// <param name="ProjectPsaId">Owning project (project tickets, tasks, phases), or null.</param>
/// <param name="PhasePsaId">Owning phase, or null.</param>
/// <param name="AssigneePsaIds">Assigned members (several possible), primary first.</param>
/// <param name="BudgetHours">Budget / estimated hours, or null.</param>
/// <param name="ActualHours">Actual (worked) hours, or null.</param>
/// <param name="IsClosed">True when in a closed status.</param>
/// <param name="ClientResponded">True when the customer wrote last (ConnectWise customerUpdatedFlag).</param>
/// <param name="LastUpdated">The PSA's last-updated stamp.</param>
public sealed record WorkItem(
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
    DateTimeOffset LastUpdated);

/// <summary>A note on a work item.</summary>
/// <param name="PsaId">Note id in the PSA.</param>
/// <param name="WorkItem">The work item it belongs to.</param>
/// <param name="Text">Plain text.</param>
/// <param name="IsInternal">True for internal notes, false for notes the customer can see.</param>
/// <param name="MemberPsaId">Author when a member wrote it.</param>
/// <param name="ContactPsaId">Author when a contact wrote it.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record WorkItemNote(int PsaId, WorkItemRef WorkItem, string Text, bool IsInternal, int? MemberPsaId, int? ContactPsaId, DateTimeOffset CreatedAt);

/// <summary>Time worked on a work item.</summary>
/// <param name="PsaId">Time entry id.</param>
/// <param name="WorkItem">What the time is charged to.</param>
/// <param name="MemberPsaId">Who worked.</param>
/// <param name="Start">Start.</param>
/// <param name="End">End, or null.</param>
/// <param name="Hours">Hours worked.</param>
/// <param name="Notes">Notes, or null.</param>
public sealed record TimeEntry(int PsaId, WorkItemRef WorkItem, int MemberPsaId, DateTimeOffset Start, DateTimeOffset? End, decimal Hours, string? Notes);

/// <summary>Filter for <see cref="IIntegrationsModule.GetWorkItemsAsync"/>; null members do not filter.</summary>
/// <param name="BoardPsaIds">Only these boards / queues.</param>
/// <param name="AssigneePsaId">Only items assigned to this member.</param>
/// <param name="CompanyPsaId">Only this company's items.</param>
/// <param name="ContactPsaId">Only this contact's items.</param>
/// <param name="Kinds">Only these kinds.</param>
/// <param name="IncludeClosed">Include closed items (only synced when the tenant keeps closed tickets).</param>
/// <param name="ChangedSince">Only items the PSA changed after this time.</param>
/// <param name="StatusPsaIds">Only items in these statuses.</param>
/// <param name="UnassignedOrAssignedToAny">Only unassigned items and items assigned to at least one of these members
/// (the licensing rule, applied in the database so a board read fetches only what it shows).</param>
public sealed record WorkItemQuery(
    IReadOnlyList<int>? BoardPsaIds = null,
    int? AssigneePsaId = null,
    int? CompanyPsaId = null,
    int? ContactPsaId = null,
    IReadOnlyList<WorkItemKind>? Kinds = null,
    bool IncludeClosed = false,
    DateTimeOffset? ChangedSince = null,
    IReadOnlyList<int>? StatusPsaIds = null,
    IReadOnlyList<int>? UnassignedOrAssignedToAny = null);

/// <summary>The tenant's connection as other modules may see it (never credentials).</summary>
/// <param name="Kind">ConnectWise or Autotask.</param>
/// <param name="IsConnected">True once credentials are stored.</param>
/// <param name="LastFullSyncAt">When the last full sync finished, or null.</param>
/// <param name="ActAsMemberAllowed">Whether write-backs may be made as the acting member.</param>
/// <param name="SiteUrl">The PSA's web address users open (cards link to their item there), when known.</param>
public sealed record ConnectionSummary(PsaKind Kind, bool IsConnected, DateTimeOffset? LastFullSyncAt, bool ActAsMemberAllowed, string? SiteUrl = null);
