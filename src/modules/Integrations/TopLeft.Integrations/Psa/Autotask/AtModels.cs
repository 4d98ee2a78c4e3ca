using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopLeft.Integrations.Psa.Autotask;

internal sealed record AtZone(string Url, string? ZoneName, string? WebUrl);

/// <summary>A query filter item: <c>{"op","field","value"}</c> or a group <c>{"op":"and|or","items":[…]}</c>.</summary>
internal sealed record AtFilter(string Op, string? Field = null, object? Value = null, IReadOnlyList<AtFilter>? Items = null);

internal sealed record AtQuery(IReadOnlyList<AtFilter> Filter, int MaxRecords = 500, IReadOnlyList<string>? IncludeFields = null);

internal sealed record AtPageDetails(int Count, int RequestCount, string? PrevPageUrl, string? NextPageUrl);

internal sealed record AtQueryResult<T>(IReadOnlyList<T> Items, AtPageDetails? PageDetails);

internal sealed record AtItem<T>(T? Item);

internal sealed record AtItemId(int ItemId);

internal sealed record AtCount(int QueryCount);

internal sealed record AtPicklistValue(string Value, string Label, bool IsDefaultValue, int SortOrder, string? ParentValue, bool IsActive, bool IsSystem);

internal sealed record AtField(string Name, bool IsPickList, IReadOnlyList<AtPicklistValue>? PicklistValues);

internal sealed record AtFields(IReadOnlyList<AtField> Fields);

internal sealed record AtThreshold(int ExternalRequestThreshold, int RequestThresholdTimeframe, int CurrentTimeframeRequestCount);

internal sealed record AtTicket(
    int Id, string? TicketNumber, string? Title, int Status, int? Priority, int? QueueID, int? CompanyID, int? ContactID,
    int? AssignedResourceID, int? AssignedResourceRoleID, decimal? EstimatedHours, int? ProjectID, DateTimeOffset? LastActivityDate,
    DateTimeOffset? CompletedDate);

internal sealed record AtTicketNote(
    int Id, int TicketID, string? Title, string? Description, int NoteType, int Publish, DateTimeOffset? CreateDateTime,
    DateTimeOffset? LastActivityDate, int? CreatorResourceID, int? CreatedByContactID);

internal sealed record AtTaskNote(
    int Id, int TaskID, string? Title, string? Description, int NoteType, int Publish, DateTimeOffset? CreateDateTime,
    DateTimeOffset? LastActivityDate, int? CreatorResourceID, int? CreatedByContactID);

internal sealed record AtSecondaryResource(int Id, int TicketID, int ResourceID, int RoleID);

internal sealed record AtResource(int Id, string? FirstName, string? LastName, string? Email, string UserName, bool IsActive, int? DefaultServiceDeskRoleID, DateTimeOffset? LastModifiedDateTime);

internal sealed record AtCompany(int Id, string CompanyName, string? CompanyNumber, int? ParentCompanyID, bool IsActive, DateTimeOffset? LastActivityDate);

internal sealed record AtContact(int Id, int CompanyID, string? FirstName, string? LastName, string? EmailAddress, int IsActive, DateTimeOffset? LastActivityDate);

internal sealed record AtProject(
    int Id, string ProjectName, string? ProjectNumber, int CompanyID, int Status, int? ProjectLeadResourceID, decimal? EstimatedHours,
    decimal? ActualHours, DateTimeOffset? LastActivityDateTime);

internal sealed record AtPhase(int Id, int ProjectID, string Title, decimal? EstimatedHours, DateTimeOffset? LastActivityDateTime);

internal sealed record AtTask(
    int Id, int ProjectID, int? PhaseID, string Title, int Status, int? PriorityLabel, int? AssignedResourceID, decimal? EstimatedHours,
    decimal? RemainingHours, DateTimeOffset? LastActivityDateTime);

internal sealed record AtTimeEntry(
    int Id, int? TicketID, int? TaskID, int ResourceID, DateTimeOffset? StartDateTime, DateTimeOffset? EndDateTime, decimal? HoursWorked,
    string? SummaryNotes, DateTimeOffset? LastModifiedDateTime, DateTimeOffset? DateWorked);

internal sealed record AtDeletedTicketLog(int Id, int TicketID, DateTimeOffset? DeletedDateTime);

internal sealed record AtWebhook(int Id, string? Name, string? WebhookUrl, bool IsActive, bool IsReady);

/// <summary>Fields of a PATCH or POST body; Autotask changes only the fields sent.</summary>
internal sealed class AtBody : Dictionary<string, object?>
{
    [JsonIgnore]
    public string Json => JsonSerializer.Serialize(this, PsaJson.Options);
}
