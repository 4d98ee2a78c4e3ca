namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwCallback : CwEntity
{
    public string? Description { get; set; }

    public string Url { get; set; } = "";

    public int ObjectId { get; set; }

    public string Type { get; set; } = "";

    public string Level { get; set; } = "";

    public int? MemberId { get; set; }

    public string? PayloadVersion { get; set; }

    public bool InactiveFlag { get; set; }

    public bool IsSoapCallbackFlag { get; set; }

    public bool IsSelfSuppressedFlag { get; set; }
}
