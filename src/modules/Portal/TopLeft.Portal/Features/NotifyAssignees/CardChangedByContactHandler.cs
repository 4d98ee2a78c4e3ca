using System.Net;
using TopLeft.Boards.Contracts.Events;
using TopLeft.Integrations.Contracts;
using TopLeft.Portal.Data;
using TopLeft.Portal.Features.ManageContacts;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Portal.Features.NotifyAssignees;

/// <summary>
/// A contact moved a card or added a note: in ConnectWise the ticket's "client responded" flag is set (a write-back;
/// setting it twice is harmless, so it goes first), then every member assigned to the item gets an e-mail (through this
/// module's outbox, stored once with nothing after it that could fail and repeat it).
/// </summary>
internal sealed class CardChangedByContactHandler(PortalDbContext db, IIntegrationsModule psa) : IIntegrationEventHandler<CardChangedByContact>
{
    public async Task HandleAsync(CardChangedByContact @event, CancellationToken cancellationToken)
    {
        if (await psa.GetWorkItemAsync(@event.Item, cancellationToken) is not { } item)
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

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Label(WorkItem item) => item.Ref.Kind switch
    {
        WorkItemKind.Task => $"task {item.Number} \"{item.Title}\"",
        _ => $"ticket #{item.Number} \"{item.Title}\"",
    };
}
