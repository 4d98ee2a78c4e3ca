using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>One REST entity (<c>Tickets</c>, <c>TicketNotes</c> …): its table, what it allows and the rules on write.</summary>
internal sealed class AtEntitySet
{
    /// <summary>The URL name, e.g. "Tickets".</summary>
    public required string Name { get; init; }

    /// <summary>The entity type name used by entityInformation and webhooks, e.g. "Ticket".</summary>
    public required string EntityType { get; init; }

    public required Type ClrType { get; init; }

    public required Func<AtTenant, IEntityTable> Table { get; init; }

    public required Action<AtTenant, AtEntity> Insert { get; init; }

    public required Action<AtTenant, AtEntity> Replace { get; init; }

    public required Func<AtTenant, AtEntity, bool> Remove { get; init; }

    public bool CanCreate { get; init; }

    public bool CanUpdate { get; init; }

    public bool CanDelete { get; init; }

    public bool CanQuery { get; init; } = true;

    /// <summary>The field that ties a child to its parent URL (e.g. "ticketID" for Tickets/{id}/Notes).</summary>
    public string? ParentField { get; init; }

    /// <summary>Validates and completes a new state (existing is null on create); returns an error to refuse it.</summary>
    public Func<AtTenant, AtContext, AtEntity, AtEntity?, AtError?>? Validate { get; init; }

    /// <summary>Side effects on other records, adding the changes they cause.</summary>
    public Action<AtTenant, AtContext, AtEntity?, AtEntity?, List<AtChange>>? AfterWrite { get; init; }

    /// <summary>Whether this entity's changes can fire webhooks (Tickets, TicketNotes, Companies, Contacts).</summary>
    public bool HasWebhooks { get; init; }

    public bool HasUserDefinedFields { get; init; }
}
