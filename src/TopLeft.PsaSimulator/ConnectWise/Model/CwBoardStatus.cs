namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwBoardStatus : CwEntity
{
    public string Name { get; set; } = "";

    public CwRef? Board { get; set; }

    public int SortOrder { get; set; }

    public bool DisplayOnBoard { get; set; } = true;

    public bool Inactive { get; set; }

    public bool ClosedStatus { get; set; }

    public bool DefaultFlag { get; set; }

    public bool TimeEntryNotAllowed { get; set; }

    public string EscalationStatus { get; set; } = "NoEscalation";

    public bool CustomerPortalFlag { get; set; } = true;
}
