using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>The one Autotask database the simulator hosts. Every read and write takes <see cref="Sync"/>.</summary>
internal sealed class AtTenant
{
    public object Sync { get; } = new();

    /// <summary>The API user is a resource too, so clients can exclude their own writes from webhooks.</summary>
    public int ApiResourceId { get; set; }

    public EntityTable<AtResource> Resources { get; } = new(29682885);

    public EntityTable<AtRole> Roles { get; } = new(29683460);

    public EntityTable<AtResourceServiceDeskRole> ResourceServiceDeskRoles { get; } = new(1);

    public EntityTable<AtCompany> Companies { get; } = new(174);

    public EntityTable<AtContact> Contacts { get; } = new(29684001);

    public EntityTable<AtTicket> Tickets { get; } = new(7001);

    public EntityTable<AtTicketNote> TicketNotes { get; } = new(30001);

    public EntityTable<AtTicketSecondaryResource> TicketSecondaryResources { get; } = new(1);

    public EntityTable<AtProject> Projects { get; } = new(401);

    public EntityTable<AtPhase> Phases { get; } = new(2001);

    public EntityTable<AtTask> Tasks { get; } = new(5001);

    public EntityTable<AtTaskNote> TaskNotes { get; } = new(60001);

    public EntityTable<AtTimeEntry> TimeEntries { get; } = new(90001);

    public EntityTable<AtDeletedTicketLog> DeletedTicketLogs { get; } = new(1);

    public EntityTable<AtWebhookEventErrorLog> WebhookEventErrorLogs { get; } = new(1);

    /// <summary>One set per webhook entity (Ticket, TicketNote, Company, Contact), keyed by entity type name.</summary>
    public Dictionary<string, AtWebhookSet> Webhooks { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ticket"] = new(), ["TicketNote"] = new(), ["Company"] = new(), ["Contact"] = new(),
    };

    /// <summary>Ticket queues (the queueID picklist), one per board of the seeded world.</summary>
    public AtPicklistValue[] Queues { get; set; } = [];

    /// <summary>Per-day counters behind ticket numbers like T20240501.0001.</summary>
    public Dictionary<DateTime, int> TicketNumbers { get; } = [];

    /// <summary>Per-webhook event sequence numbers.</summary>
    public Dictionary<int, long> WebhookSequence { get; } = [];
}

internal sealed class AtWebhookSet
{
    public EntityTable<AtWebhook> Hooks { get; } = new(1);

    public EntityTable<AtWebhookField> Fields { get; } = new(1);

    public EntityTable<AtWebhookField> UdfFields { get; } = new(1);

    public EntityTable<AtWebhookExcludedResource> ExcludedResources { get; } = new(1);
}
