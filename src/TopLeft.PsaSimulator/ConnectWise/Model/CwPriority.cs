namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwPriority : CwEntity
{
    public string Name { get; set; } = "";

    public string? Color { get; set; }

    public int SortOrder { get; set; }

    public bool DefaultFlag { get; set; }
}
