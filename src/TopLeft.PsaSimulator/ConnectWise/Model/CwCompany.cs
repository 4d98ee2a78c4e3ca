namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwCompany : CwEntity
{
    public string Identifier { get; set; } = "";

    public string Name { get; set; } = "";

    public CwRef? Status { get; set; }

    public List<CwRef>? Types { get; set; }

    public string? AddressLine1 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? Zip { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Website { get; set; }

    public CwRef? Territory { get; set; }

    public CwRef? ParentCompany { get; set; }

    public bool DeletedFlag { get; set; }
}
