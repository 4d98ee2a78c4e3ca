namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtTask : AtEntity
{
    public int ProjectID { get; set; }

    public int? PhaseID { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public int Status { get; set; } = 1;

    public int? TaskType { get; set; } = 1;

    public int? PriorityLabel { get; set; }

    public int? AssignedResourceID { get; set; }

    public int? AssignedResourceRoleID { get; set; }

    public decimal? EstimatedHours { get; set; }

    public decimal? RemainingHours { get; set; }

    public DateTime? StartDateTime { get; set; }

    public DateTime? EndDateTime { get; set; }

    public DateTime? CompletedDateTime { get; set; }

    public int? BillingCodeID { get; set; }

    public DateTime? CreateDateTime { get; set; }

    public int? CreatorResourceID { get; set; }

    public DateTime? LastActivityDateTime { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDateTime = now;
            CreatorResourceID ??= actorResourceId;
        }

        LastActivityDateTime = now;
    }
}
