namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtWebhookEventErrorLog : AtEntity
{
    public int? CompanyWebhookID { get; set; }

    public int? ContactWebhookID { get; set; }

    public int? TicketWebhookID { get; set; }

    public int? TicketNoteWebhookID { get; set; }

    public DateTime CreateDateTime { get; set; }

    public string? ErrorMessage { get; set; }

    public string? Payload { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
    }
}
