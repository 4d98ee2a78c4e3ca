namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal sealed class CwMember : CwEntity
{
    public string Identifier { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Title { get; set; }

    public string? OfficeEmail { get; set; }

    public string? PrimaryEmail { get; set; }

    public bool InactiveFlag { get; set; }

    public string LicenseClass { get; set; } = "F";

    public CwRef? DefaultLocation { get; set; }

    public CwRef? DefaultDepartment { get; set; }
}
