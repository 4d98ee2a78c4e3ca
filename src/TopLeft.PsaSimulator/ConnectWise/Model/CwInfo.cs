namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwInfo
{
    public DateTime LastUpdated { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? DateEntered { get; set; }

    public string? EnteredBy { get; set; }
}
