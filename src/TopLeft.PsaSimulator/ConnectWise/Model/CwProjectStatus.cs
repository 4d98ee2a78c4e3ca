namespace TopLeft.PsaSimulator.ConnectWise.Model;

/// <summary>A project status (<c>/project/statuses</c>): one list for every project board.</summary>
internal sealed class CwProjectStatus : CwEntity
{
    public string Name { get; set; } = "";

    public bool DefaultFlag { get; set; }

    public bool InactiveFlag { get; set; }

    public bool ClosedFlag { get; set; }
}
