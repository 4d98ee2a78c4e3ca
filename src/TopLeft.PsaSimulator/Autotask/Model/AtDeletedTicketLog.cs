namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtDeletedTicketLog : AtEntity
{
    public int TicketID { get; set; }

    public string? TicketNumber { get; set; }

    public string? TicketTitle { get; set; }

    public int? DeletedByResourceID { get; set; }

    public DateTime DeletedDateTime { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
    }
}
