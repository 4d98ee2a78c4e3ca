namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtCompany : AtEntity
{
    public string CompanyName { get; set; } = "";

    public string? CompanyNumber { get; set; }

    public int CompanyType { get; set; } = 1;

    public int? ParentCompanyID { get; set; }

    public int? OwnerResourceID { get; set; }

    public string? Phone { get; set; }

    public string? Address1 { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? PostalCode { get; set; }

    public string? WebAddress { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime? CreateDate { get; set; }

    public DateTime? LastActivityDate { get; set; }

    public DateTime? LastTrackedModifiedDateTime { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDate = now;
        }

        LastActivityDate = now;
        LastTrackedModifiedDateTime = now;
    }
}
