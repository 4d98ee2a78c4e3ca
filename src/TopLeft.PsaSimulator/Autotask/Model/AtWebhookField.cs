namespace TopLeft.PsaSimulator.Autotask.Model;

/// <summary>A subscribed field (or, with <see cref="UdfFieldID"/>, a subscribed user-defined field).</summary>
internal sealed class AtWebhookField : AtEntity
{
    public int WebhookID { get; set; }

    public int? FieldID { get; set; }

    public int? UdfFieldID { get; set; }

    public bool IsSubscribedField { get; set; }

    public bool IsDisplayAlwaysField { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
    }
}
