namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwTimeEntry : CwEntity
{
    public CwRef? Company { get; set; }

    public int? ChargeToId { get; set; }

    public string ChargeToType { get; set; } = "ServiceTicket";

    public CwTicketRef? Ticket { get; set; }

    public CwRef? Project { get; set; }

    public CwRef? Phase { get; set; }

    public CwRef? Member { get; set; }

    public DateTime TimeStart { get; set; }

    public DateTime? TimeEnd { get; set; }

    public decimal? ActualHours { get; set; }

    public decimal? HoursDeduct { get; set; }

    public string BillableOption { get; set; } = "Billable";

    public string? Notes { get; set; }

    public string? InternalNotes { get; set; }

    public CwRef? WorkType { get; set; }

    public CwRef? WorkRole { get; set; }

    public bool AddToDetailDescriptionFlag { get; set; }

    public bool AddToInternalAnalysisFlag { get; set; }

    public bool AddToResolutionFlag { get; set; }

    public string Status { get; set; } = "Open";

    public DateTime? DateEntered { get; set; }

    public string? EnteredBy { get; set; }
}
