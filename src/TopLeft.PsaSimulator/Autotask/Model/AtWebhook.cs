namespace TopLeft.PsaSimulator.Autotask.Model;

/// <summary>One registration of TicketWebhooks, TicketNoteWebhooks, CompanyWebhooks or ContactWebhooks.</summary>
internal sealed class AtWebhook : AtEntity
{
    public string Name { get; set; } = "";

    public string WebhookUrl { get; set; } = "";

    public string DeactivationUrl { get; set; } = "";

    public string? SecretKey { get; set; }

    public bool IsActive { get; set; } = true;

    public bool IsReady { get; set; }

    public bool IsSubscribedToCreateEvents { get; set; }

    public bool IsSubscribedToUpdateEvents { get; set; }

    public bool IsSubscribedToDeleteEvents { get; set; }

    public string? NotificationEmailAddress { get; set; }

    public bool SendThresholdExceededNotification { get; set; }

    public Guid WebhookGUID { get; set; }

    public int? OwnerResourceID { get; set; }

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
        if (created)
        {
            OwnerResourceID ??= actorResourceId;
            if (WebhookGUID == Guid.Empty)
            {
                WebhookGUID = Guid.NewGuid();
            }
        }
    }
}
