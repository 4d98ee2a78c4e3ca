namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwPhase : CwEntity
{
    public int ProjectId { get; set; }

    public string Description { get; set; } = "";

    public CwRef? Status { get; set; }

    public CwRef? ParentPhase { get; set; }

    public string? WbsCode { get; set; }

    public CwRef? Board { get; set; }

    public decimal? BudgetHours { get; set; }

    public decimal? ActualHours { get; set; }

    public DateTime? ScheduledStart { get; set; }

    public DateTime? ScheduledEnd { get; set; }

    public DateTime? DeadlineDate { get; set; }
}
