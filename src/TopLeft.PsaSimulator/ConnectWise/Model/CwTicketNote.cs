namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwTicketNote : CwEntity
{
    public int TicketId { get; set; }

    public string Text { get; set; } = "";

    public bool DetailDescriptionFlag { get; set; }

    public bool InternalAnalysisFlag { get; set; }

    public bool ResolutionFlag { get; set; }

    public bool IssueFlag { get; set; }

    public bool InternalFlag { get; set; }

    public bool ExternalFlag { get; set; }

    public bool CustomerUpdatedFlag { get; set; }

    public bool? ProcessNotifications { get; set; }

    public CwRef? Member { get; set; }

    public CwRef? Contact { get; set; }

    public DateTime? DateCreated { get; set; }

    public string? CreatedBy { get; set; }
}
