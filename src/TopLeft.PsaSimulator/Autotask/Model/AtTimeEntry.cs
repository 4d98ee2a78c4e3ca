namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtTimeEntry : AtEntity
{
    public int? TicketID { get; set; }

    public int? TaskID { get; set; }

    public int ResourceID { get; set; }

    public int? RoleID { get; set; }

    public DateTime? DateWorked { get; set; }

    public DateTime? StartDateTime { get; set; }

    public DateTime? EndDateTime { get; set; }

    public decimal? HoursWorked { get; set; }

    public decimal? HoursToBill { get; set; }

    public string? SummaryNotes { get; set; }

    public string? InternalNotes { get; set; }

    public int? BillingCodeID { get; set; }

    public int TimeEntryType { get; set; } = 2;

    public bool IsNonBillable { get; set; }

    public DateTime? CreateDateTime { get; set; }

    public int? CreatorUserResourceID { get; set; }

    public DateTime? LastModifiedDateTime { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDateTime = now;
            CreatorUserResourceID ??= actorResourceId;
        }

        LastModifiedDateTime = now;
    }
}
