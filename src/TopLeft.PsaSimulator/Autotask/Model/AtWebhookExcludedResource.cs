namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtWebhookExcludedResource : AtEntity
{
    public int WebhookID { get; set; }

    public int ResourceID { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
    }
}
