namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwCommunicationItem
{
    public int Id { get; set; }

    public CwRef? Type { get; set; }

    public string? Value { get; set; }

    public bool DefaultFlag { get; set; }

    public string? CommunicationType { get; set; }
}
