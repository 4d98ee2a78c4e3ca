namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwBoard : CwEntity
{
    public string Name { get; set; } = "";

    public CwRef? Location { get; set; }

    public CwRef? Department { get; set; }

    public bool InactiveFlag { get; set; }

    public bool ProjectFlag { get; set; }
}
