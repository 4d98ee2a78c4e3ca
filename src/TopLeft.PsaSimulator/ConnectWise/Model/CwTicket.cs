namespace TopLeft.PsaSimulator.ConnectWise.Model;

/// <summary>Service and project tickets share one shape and one id space, as in ConnectWise.</summary>
internal sealed class CwTicket : CwEntity
{
    public string Summary { get; set; } = "";

    public string RecordType { get; set; } = "ServiceTicket";

    public CwRef? Board { get; set; }

    public CwRef? Status { get; set; }

    public CwRef? Project { get; set; }

    public CwRef? Phase { get; set; }

    public string? WbsCode { get; set; }

    public CwRef? Company { get; set; }

    public CwRef? Contact { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmailAddress { get; set; }

    public CwRef? Type { get; set; }

    public CwRef? Team { get; set; }

    public CwRef? Owner { get; set; }

    public CwRef? Priority { get; set; }

    public string? Severity { get; set; }

    public string? Impact { get; set; }

    /// <summary>Read-mostly: the identifiers of members with open schedule entries, comma-separated.</summary>
    public string? Resources { get; set; }

    public DateTime? RequiredDate { get; set; }

    public DateTime? EstimatedStartDate { get; set; }

    public decimal? BudgetHours { get; set; }

    public decimal? ActualHours { get; set; }

    public bool ClosedFlag { get; set; }

    public DateTime? ClosedDate { get; set; }

    public string? ClosedBy { get; set; }

    public int? ParentTicketId { get; set; }

    public bool HasChildTicket { get; set; }

    public bool? IsIssueFlag { get; set; }

    /// <summary>Set when the customer (a contact) replied last; cleared when a member answers.</summary>
    public bool CustomerUpdatedFlag { get; set; }

    public string? InitialDescription { get; set; }

    public string? Source { get; set; }
}
