using System.Net;
using Microsoft.EntityFrameworkCore;
using TopLeft.Boards.Contracts.Events;
using TopLeft.Integrations.Contracts;
using TopLeft.Portal.Data;
using TopLeft.Portal.Domain;
using TopLeft.Portal.Features.ManageContacts;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Portal.Features.NotifyAssignees;

/// <summary>
/// A contact moved a card or added a note: in ConnectWise the ticket's "client responded" flag is set (a write-back;
/// setting it twice is harmless, so it goes first), then every member assigned to the item gets an e-mail. The outbox
/// delivers at least once, so the e-mails are stored in this module's outbox in one transaction with the event's id
/// (<see cref="HandledEvent"/>): a redelivery finds the id and sends nothing again.
/// </summary>
internal sealed class CardChangedByContactHandler(PortalDbContext db, IIntegrationsModule psa, TimeProvider time) : IIntegrationEventHandler<CardChangedByContact>
{
    // A redelivery follows the first delivery within minutes (the dispatcher retries at once when marking it done
    // failed); a month of ids is ample.
    private static readonly TimeSpan KeepHandled = TimeSpan.FromDays(30);

    public async Task HandleAsync(CardChangedByContact @event, CancellationToken cancellationToken)
    {
        if (await db.HandledEvents.AnyAsync(e => e.EventId == @event.EventId, cancellationToken)
            || await psa.GetWorkItemAsync(@event.Item, cancellationToken) is not { } item)
        {
            return;
        }

        if ((await psa.GetConnectionAsync(cancellationToken))?.Kind == PsaKind.ConnectWise && !item.ClientResponded)
        {
            await psa.RequestClientRespondedAsync(item.Ref, cancellationToken);
        }

        var contact = (await psa.GetContactsAsync(item.CompanyPsaId, cancellationToken)).FirstOrDefault(c => c.PsaId == @event.ContactPsaId);
        var who = contact is null ? $"Contact {@event.ContactPsaId}" : ManageContactsEndpoints.DisplayName(contact);
        var what = @event.Action == "note" ? "added a note to" : "moved";
        var subject = $"{who} {what} {Label(item)}";
        var detail = @event.Action == "note" ? $"The note:\n\n{@event.Detail}" : $"It is now in: {@event.Detail}";
        var members = (await psa.GetMembersAsync(includeInactive: false, cancellationToken)).ToDictionary(m => m.PsaId);
        foreach (var member in item.AssigneePsaIds.Distinct().Select(members.GetValueOrDefault))
        {
            if (member?.Email is not { Length: > 0 } email)
            {
                continue;
            }

            var name = $"{member.FirstName} {member.LastName}".Trim();
            var text = $"Hello {name},\n\n{subject} through the client portal.\n\n{detail}\n";
            var html = $"<p>Hello {WebUtility.HtmlEncode(name)},</p><p>{WebUtility.HtmlEncode(subject)} through the client portal.</p>"
                + $"<p style=\"white-space:pre-wrap\">{WebUtility.HtmlEncode(detail)}</p>";
            db.Publish(new EmailRequested(email, name, subject, text, html));
        }

        var now = time.GetUtcNow();
        await db.HandledEvents.Where(e => e.HandledAt < now - KeepHandled).ExecuteDeleteAsync(cancellationToken);
        db.HandledEvents.Add(new HandledEvent { EventId = @event.EventId, HandledAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two deliveries at once (two Host instances): the other one's e-mails were committed, ours were not.
            db.ChangeTracker.Clear();
            if (!await db.HandledEvents.AnyAsync(e => e.EventId == @event.EventId, cancellationToken))
            {
                throw;
            }
        }
    }

    private static string Label(WorkItem item) => item.Ref.Kind switch
    {
        WorkItemKind.Task => $"task {item.Number} \"{item.Title}\"",
        _ => $"ticket #{item.Number} \"{item.Title}\"",
    };
}
