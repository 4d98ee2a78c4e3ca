namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwTicketRef
{
    public int Id { get; set; }

    public string? Summary { get; set; }
}
