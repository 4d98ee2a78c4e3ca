namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtTicketNote : AtEntity
{
    public int TicketID { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public int NoteType { get; set; } = 1;

    public int Publish { get; set; } = 1;

    public DateTime? CreateDateTime { get; set; }

    public DateTime? LastActivityDate { get; set; }

    public int? CreatorResourceID { get; set; }

    public int? CreatedByContactID { get; set; }

    public int? ImpersonatorCreatorResourceID { get; set; }

    public int? ImpersonatorUpdaterResourceID { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            CreateDateTime = now;
            if (CreatedByContactID is null)
            {
                CreatorResourceID ??= actorResourceId;
            }
        }

        LastActivityDate = now;
    }
}
