namespace TopLeft.PsaSimulator.ConnectWise.Model;

/// <summary>Assigning a member to a ticket is creating one of these with type "S".</summary>
internal sealed class CwScheduleEntry : CwEntity
{
    public int? ObjectId { get; set; }

    public string? Name { get; set; }

    public CwRef? Member { get; set; }

    public CwRef? Where { get; set; }

    public DateTime? DateStart { get; set; }

    public DateTime? DateEnd { get; set; }

    public CwRef? Type { get; set; }

    public CwRef? Status { get; set; }

    public decimal? Hours { get; set; }

    public bool DoneFlag { get; set; }

    public bool OwnerFlag { get; set; }

    public bool AcknowledgedFlag { get; set; }

    public bool AllowScheduleConflictsFlag { get; set; }
}
