using System.Text.Json.Serialization;

namespace TopLeft.Integrations.Psa.ConnectWise;

// Only the fields TopLeft reads or writes; unknown fields are ignored, missing ones stay null.
internal sealed record CwRef(int Id, string? Identifier = null, string? Name = null);

internal sealed record CwInfo(DateTimeOffset? LastUpdated, string? UpdatedBy = null, DateTimeOffset? DateEntered = null);

internal sealed record CwTicket(
    int Id, string? Summary, string? RecordType, CwRef? Board, CwRef? Status, CwRef? Company, CwRef? Contact, CwRef? Owner,
    CwRef? Priority, CwRef? Project, CwRef? Phase, string? Resources, decimal? BudgetHours, decimal? ActualHours, bool ClosedFlag,
    bool CustomerUpdatedFlag, [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwBoard(int Id, string Name, bool InactiveFlag, bool ProjectFlag);

internal sealed record CwBoardStatus(int Id, string Name, CwRef? Board, int SortOrder, bool Inactive, bool ClosedStatus);

/// <summary><c>/project/statuses</c>: one list for every project board, in the order ConnectWise lists them.</summary>
internal sealed record CwProjectStatus(int Id, string Name, bool DefaultFlag, bool InactiveFlag, bool ClosedFlag);

internal sealed record CwPriority(int Id, string Name, string? Color, int? SortOrder);

internal sealed record CwMember(int Id, string Identifier, string? FirstName, string? LastName, string? PrimaryEmail, string? OfficeEmail, bool InactiveFlag, [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwCompany(int Id, string? Identifier, string Name, CwRef? ParentCompany, bool DeletedFlag, [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwCommunicationItem(CwRef? Type, string? Value, bool DefaultFlag, string? CommunicationType);

internal sealed record CwContact(int Id, string? FirstName, string? LastName, CwRef? Company, bool InactiveFlag, IReadOnlyList<CwCommunicationItem>? CommunicationItems, [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwNote(
    int Id, int TicketId, string? Text, bool DetailDescriptionFlag, bool InternalAnalysisFlag, bool ResolutionFlag, bool InternalFlag,
    CwRef? Member, CwRef? Contact, DateTimeOffset? DateCreated, [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwNewNote(string Text, bool DetailDescriptionFlag, bool InternalAnalysisFlag, bool ResolutionFlag, bool ProcessNotifications, CwRef? Member, CwRef? Contact = null);

internal sealed record CwTimeEntry(
    int Id, int? ChargeToId, string? ChargeToType, CwRef? Member, DateTimeOffset TimeStart, DateTimeOffset? TimeEnd, decimal? ActualHours,
    string? Notes, [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwNewTimeEntry(int ChargeToId, string ChargeToType, CwRef Member, DateTimeOffset TimeStart, DateTimeOffset TimeEnd, decimal ActualHours, string? Notes);

internal sealed record CwProject(
    int Id, string Name, CwRef? Board, CwRef? Status, CwRef? Company, CwRef? Contact, CwRef? Manager, decimal? BudgetHours,
    decimal? ActualHours, bool ClosedFlag, [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwPhase(
    int Id, int ProjectId, string? Description, CwRef? Status, CwRef? Board, decimal? BudgetHours, decimal? ActualHours,
    [property: JsonPropertyName("_info")] CwInfo? Info);

internal sealed record CwScheduleEntry(int Id, int? ObjectId, CwRef? Member, CwRef? Type, bool DoneFlag);

internal sealed record CwNewScheduleEntry(int ObjectId, CwRef Type, CwRef Member);

internal sealed record CwCallback(int Id, string? Description, string Url, int ObjectId, string Type, string Level, bool InactiveFlag);

internal sealed record CwNewCallback(string Description, string Url, int ObjectId, string Type, string Level, bool InactiveFlag);

internal sealed record CwToken(string PublicKey, string PrivateKey, DateTimeOffset? Expiration);

internal sealed record CwCompanyInfo(string? CompanyName, string? Codebase, string? CompanyID, bool IsCloud);

internal sealed record CwPatchOperation(string Op, string Path, object? Value);

internal sealed record CwCount(int Count);

/// <summary>Collection query parameters: <c>conditions</c>, <c>fields</c>, <c>orderBy</c>, paging.</summary>
internal sealed record CwQuery(string? Conditions = null, string? Fields = null, string? OrderBy = null, int PageSize = 1000, int? PageId = null, int? Page = null);
