namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtPhase : AtEntity
{
    public int ProjectID { get; set; }

    public int? ParentPhaseID { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? DueDate { get; set; }

    public decimal? EstimatedHours { get; set; }

    public bool IsScheduled { get; set; } = true;

    public string? PhaseNumber { get; set; }

    public DateTime? CreateDate { get; set; }

    public int? CreatorResourceID { get; set; }

    public DateTime? LastActivityDateTime { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDate = now;
            CreatorResourceID ??= actorResourceId;
        }

        LastActivityDateTime = now;
    }
}
