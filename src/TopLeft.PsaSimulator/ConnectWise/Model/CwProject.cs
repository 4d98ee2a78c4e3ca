namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwProject : CwEntity
{
    public string Name { get; set; } = "";

    public CwRef? Board { get; set; }

    public CwRef? Status { get; set; }

    public CwRef? Company { get; set; }

    public CwRef? Contact { get; set; }

    public CwRef? Manager { get; set; }

    public DateTime EstimatedStart { get; set; }

    public DateTime EstimatedEnd { get; set; }

    public DateTime? ActualStart { get; set; }

    public DateTime? ActualEnd { get; set; }

    public decimal? BudgetHours { get; set; }

    public decimal? ActualHours { get; set; }

    public decimal? ScheduledHours { get; set; }

    public decimal? PercentComplete { get; set; }

    public bool ClosedFlag { get; set; }

    public string BillingMethod { get; set; } = "FixedFee";

    public string? Description { get; set; }
}
