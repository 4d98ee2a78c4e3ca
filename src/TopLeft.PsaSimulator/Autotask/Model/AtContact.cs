namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtContact : AtEntity
{
    public int CompanyID { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? EmailAddress { get; set; }

    public string? Phone { get; set; }

    public string? Title { get; set; }

    /// <summary>An integer flag in Autotask, unlike most booleans.</summary>
    public int IsActive { get; set; } = 1;

    public DateTime? CreateDate { get; set; }

    public DateTime? LastActivityDate { get; set; }

    public DateTime? LastModifiedDate { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDate = now;
        }

        LastActivityDate = now;
        LastModifiedDate = now;
    }
}
