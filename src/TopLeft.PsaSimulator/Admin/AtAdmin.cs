using System.Globalization;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Autotask;
using TopLeft.PsaSimulator.Autotask.Model;

namespace TopLeft.PsaSimulator.Admin;

/// <summary>
/// Admin changes to the Autotask tenant, made as a seeded resource ("another user") through the same rules
/// and webhook path as API writes. Deleting a ticket (which the API refuses) also writes a DeletedTicketLogs row.
/// </summary>
internal static class AtAdmin
{
    public static AdminResult Change(SimulatorState state, int id, TicketChange change) =>
        Run(state, (tenant, context, changes) => ChangeLocked(tenant, context, changes, id, change));

    public static AdminResult AddNote(SimulatorState state, int id, NoteRequest note) => Run(state, (tenant, context, changes) =>
    {
        if (tenant.Tickets.Find(id) is not { } ticket)
        {
            return AdminResult.NotFound($"Ticket {id}");
        }

        var contactId = ticket.ContactID ?? tenant.Contacts.All.FirstOrDefault(c => c.CompanyID == ticket.CompanyID)?.Id;
        var body = new JsonObject
        {
            ["ticketID"] = id, ["title"] = note.FromCustomer ? "Customer reply" : "Update", ["description"] = note.Text,
            ["noteType"] = note.FromCustomer ? 4 : note.Internal ? 2 : 1, ["publish"] = note.Internal ? 2 : 1,
            ["createdByContactID"] = note.FromCustomer ? contactId : null,
        };
        var reply = AtApi.Create(AtEntitySets.Find("TicketNotes")!, ("ticketID", id), body, context, tenant, changes);
        return reply.Status == 200
            ? new AdminResult(201, AtEntitySets.ToJson(tenant.TicketNotes.Find(ItemId(reply))!))
            : Result(reply);
    });

    public static AdminResult Delete(SimulatorState state, string entity, int id) => Run(state, (tenant, context, changes) =>
    {
        if (AtEntitySets.Find(entity) is not { } set)
        {
            return AdminResult.Bad($"Unknown Autotask entity '{entity}'.");
        }

        if (set.Table(tenant).Find(id) is not AtEntity existing)
        {
            return AdminResult.NotFound($"{entity} {id}");
        }

        set.Remove(tenant, existing);
        if (existing is AtTicket ticket)
        {
            tenant.DeletedTicketLogs.Add(new AtDeletedTicketLog
            {
                TicketID = ticket.Id, TicketNumber = ticket.TicketNumber, TicketTitle = ticket.Title,
                DeletedByResourceID = context.ActorResourceId, DeletedDateTime = context.Now,
            });
        }

        AtApi.Changed(set, "Delete", existing, null, context, tenant, changes);
        return new AdminResult(204, null);
    });

    /// <summary>Changes fields of any updatable entity (Companies, Contacts, …), as a PATCH would.</summary>
    public static AdminResult Update(SimulatorState state, string entity, int id, JsonObject fields) => Run(state, (tenant, context, changes) =>
    {
        if (AtEntitySets.Find(entity) is not { } set)
        {
            return AdminResult.Bad($"Unknown Autotask entity '{entity}'.");
        }

        var body = (JsonObject)fields.DeepClone();
        body["id"] = id;
        return Result(AtApi.Update(set, null, body, context, tenant, changes, replace: false));
    });

    public static AdminResult BulkChanges(SimulatorState state, int count, Random random) => Run(state, (tenant, context, changes) =>
    {
        var open = tenant.Tickets.All.Where(t => t.Status != AtPicklists.StatusComplete).Select(t => t.Id).ToList();
        var applied = 0;
        for (var i = 0; i < count && open.Count > 0; i++)
        {
            var ticket = tenant.Tickets.Find(open[random.Next(open.Count)]);
            if (ticket is null)
            {
                continue;
            }

            var roll = random.Next(10);
            AdminResult result;
            if (roll < 6)
            {
                var statuses = AtPicklists.TicketStatus.Where(s => s.Id != ticket.Status).ToList();
                result = ChangeLocked(tenant, context, changes, ticket.Id,
                    new TicketChange(Status: statuses[random.Next(statuses.Count)].Id.ToString(CultureInfo.InvariantCulture)));
            }
            else if (roll < 8)
            {
                var reply = AtApi.Create(AtEntitySets.Find("TicketNotes")!, ("ticketID", ticket.Id), new JsonObject
                {
                    ["title"] = "Update", ["description"] = Seeding.NameBank.NoteTexts[random.Next(Seeding.NameBank.NoteTexts.Length)],
                    ["noteType"] = 1, ["publish"] = 1,
                }, context, tenant, changes);
                result = Result(reply);
            }
            else if (roll < 9)
            {
                result = ChangeLocked(tenant, context, changes, ticket.Id, new TicketChange(Summary: ticket.Title + " (updated)"));
            }
            else
            {
                var resources = tenant.Resources.All.Where(r => r.Id != tenant.ApiResourceId).ToList();
                result = ChangeLocked(tenant, context, changes, ticket.Id,
                    new TicketChange(Assignees: [resources[random.Next(resources.Count)].UserName]));
            }

            applied += result.Ok ? 1 : 0;
        }

        return new AdminResult(200, new JsonObject { ["applied"] = applied, ["webhookEvents"] = changes.Count });
    });

    private static AdminResult ChangeLocked(AtTenant tenant, AtContext context, List<AtChange> changes, int id, TicketChange change)
    {
        if (tenant.Tickets.Find(id) is not { } ticket)
        {
            return AdminResult.NotFound($"Ticket {id}");
        }

        var patch = new JsonObject { ["id"] = id };
        if (change.Status is { } status)
        {
            var value = AtPicklists.TicketStatus.FirstOrDefault(s =>
                s.Id.ToString(CultureInfo.InvariantCulture) == status || s.Label.Equals(status, StringComparison.OrdinalIgnoreCase));
            if (value is null)
            {
                return AdminResult.Bad($"Status '{status}' is not a ticket status.");
            }

            patch["status"] = value.Id;
        }

        if (change.Summary is { } summary)
        {
            patch["title"] = summary;
        }

        List<AtResource>? assignees = null;
        if (change.Assignees is { } keys)
        {
            assignees = [];
            foreach (var key in keys)
            {
                var resource = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var resourceId)
                    ? tenant.Resources.Find(resourceId)
                    : tenant.Resources.All.FirstOrDefault(r => r.UserName.Equals(key, StringComparison.OrdinalIgnoreCase));
                if (resource is null)
                {
                    return AdminResult.Bad($"Resource '{key}' not found.");
                }

                assignees.Add(resource);
            }

            patch["assignedResourceID"] = assignees.Count > 0 ? assignees[0].Id : null;
            patch["assignedResourceRoleID"] = assignees.Count > 0 ? assignees[0].DefaultServiceDeskRoleID ?? AtPicklists.TechnicianRole : null;
        }

        if (patch.Count > 1)
        {
            var reply = AtApi.Update(AtEntitySets.Find("Tickets")!, null, patch, context, tenant, changes, replace: false);
            if (reply.Status != 200)
            {
                return Result(reply);
            }
        }

        if (assignees is not null)
        {
            var secondary = AtEntitySets.Find("TicketSecondaryResources")!;
            var current = tenant.TicketSecondaryResources.All.Where(r => r.TicketID == id).ToList();
            foreach (var row in current.Where(r => assignees.Skip(1).All(a => a.Id != r.ResourceID)))
            {
                secondary.Remove(tenant, row);
                AtApi.Changed(secondary, "Delete", row, null, context, tenant, changes);
            }

            foreach (var resource in assignees.Skip(1).Where(a => current.All(r => r.ResourceID != a.Id)))
            {
                AtApi.Create(secondary, ("ticketID", id), new JsonObject
                {
                    ["resourceID"] = resource.Id, ["roleID"] = resource.DefaultServiceDeskRoleID ?? AtPicklists.TechnicianRole,
                }, context, tenant, changes);
            }
        }

        return new AdminResult(200, AtEntitySets.ToJson(tenant.Tickets.Find(id)!));
    }

    private static AdminResult Run(SimulatorState state, Func<AtTenant, AtContext, List<AtChange>, AdminResult> action)
    {
        var tenant = state.At;
        var changes = new List<AtChange>();
        AdminResult result;
        lock (tenant.Sync)
        {
            var actor = tenant.Resources.All.First(r => r.Id != tenant.ApiResourceId);
            result = action(tenant, new AtContext(actor.Id, null, state.Clock.UtcNow), changes);
        }

        foreach (var change in changes)
        {
            state.AtWebhooks.Publish(change);
        }

        return result;
    }

    private static int ItemId(AtReply reply) => JsonNode.Parse(reply.Body)!["itemId"]!.GetValue<int>();

    private static AdminResult Result(AtReply reply) => new(reply.Status, JsonNode.Parse(reply.Body));
}
