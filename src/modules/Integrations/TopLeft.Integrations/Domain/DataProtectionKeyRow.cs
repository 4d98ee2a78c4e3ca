namespace TopLeft.Integrations.Domain;

/// <summary>One Data Protection key (XML), shared by every Host instance through the database.</summary>
internal sealed class DataProtectionKeyRow
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
