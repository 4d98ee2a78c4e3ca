namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtResource : AtEntity
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public string UserName { get; set; } = "";

    public string? Title { get; set; }

    public bool IsActive { get; set; } = true;

    public string ResourceType { get; set; } = "Employee";

    public int? LicenseType { get; set; }

    public int? DefaultServiceDeskRoleID { get; set; }

    public int? LocationID { get; set; }

    public DateTime? LastModifiedDateTime { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created) => LastModifiedDateTime = now;
}
