namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwContact : CwEntity
{
    public string FirstName { get; set; } = "";

    public string? LastName { get; set; }

    public CwRef? Company { get; set; }

    public string? Title { get; set; }

    public bool InactiveFlag { get; set; }

    public string? DefaultPhoneNbr { get; set; }

    public List<CwCommunicationItem>? CommunicationItems { get; set; }
}
