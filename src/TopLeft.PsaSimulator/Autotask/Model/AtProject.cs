namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtProject : AtEntity
{
    public string ProjectName { get; set; } = "";

    public string? ProjectNumber { get; set; }

    public string? Description { get; set; }

    public int CompanyID { get; set; }

    public int Status { get; set; } = 1;

    public int ProjectType { get; set; } = 5;

    public DateTime? StartDateTime { get; set; }

    public DateTime? EndDateTime { get; set; }

    public int? ProjectLeadResourceID { get; set; }

    public decimal? EstimatedHours { get; set; }

    public decimal? ActualHours { get; set; }

    public int? CompletedPercentage { get; set; }

    public DateTime? CompletedDateTime { get; set; }

    public DateTime? CreateDateTime { get; set; }

    public DateTime? LastActivityDateTime { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDateTime = now;
        }

        LastActivityDateTime = now;
    }
}
