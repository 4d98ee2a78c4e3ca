namespace TopLeft.PsaSimulator.Autotask.Model;

/// <summary>Autotask's extra assignees: the primary one is on the ticket, the others are rows here.</summary>
internal sealed class AtTicketSecondaryResource : AtEntity
{
    public int TicketID { get; set; }

    public int ResourceID { get; set; }

    public int RoleID { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
    }
}
