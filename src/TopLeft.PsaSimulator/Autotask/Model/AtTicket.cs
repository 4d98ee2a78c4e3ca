namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtTicket : AtEntity
{
    public string? TicketNumber { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public int Status { get; set; } = 1;

    public int? Priority { get; set; }

    public int? QueueID { get; set; }

    public int CompanyID { get; set; }

    public int? ContactID { get; set; }

    public int? AssignedResourceID { get; set; }

    public int? AssignedResourceRoleID { get; set; }

    public int? IssueType { get; set; }

    public int? SubIssueType { get; set; }

    public int? TicketType { get; set; } = 1;

    public int? TicketCategory { get; set; } = 3;

    public int? Source { get; set; }

    public DateTime? DueDateTime { get; set; }

    public decimal? EstimatedHours { get; set; }

    public int? ProjectID { get; set; }

    public int? ContractID { get; set; }

    public int? ConfigurationItemID { get; set; }

    public string? Resolution { get; set; }

    public DateTime? CreateDate { get; set; }

    public int? CreatorResourceID { get; set; }

    public int? ImpersonatorCreatorResourceID { get; set; }

    public DateTime? CompletedDate { get; set; }

    public int? CompletedByResourceID { get; set; }

    public DateTime? LastActivityDate { get; set; }

    public int? LastActivityResourceID { get; set; }

    public DateTime? LastTrackedModificationDateTime { get; set; }

    public List<AtUserDefinedField> UserDefinedFields { get; set; } = [];

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDate = now;
            CreatorResourceID ??= actorResourceId;
        }

        LastActivityDate = now;
        LastActivityResourceID = actorResourceId;
        LastTrackedModificationDateTime = now;
    }
}
