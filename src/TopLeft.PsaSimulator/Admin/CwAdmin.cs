using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.ConnectWise;
using TopLeft.PsaSimulator.ConnectWise.Model;

namespace TopLeft.PsaSimulator.Admin;

/// <summary>
/// Admin changes to the ConnectWise tenant, made as a seeded member ("another user") through the same
/// rules and callback path as API writes.
/// </summary>
internal static class CwAdmin
{
    private static readonly Dictionary<string, string> Deletable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tickets"] = "service/tickets", ["notes"] = "service/tickets/{}/notes", ["ticketNotes"] = "service/tickets/{}/notes",
        ["timeEntries"] = "time/entries", ["scheduleEntries"] = "schedule/entries", ["companies"] = "company/companies",
        ["contacts"] = "company/contacts", ["projects"] = "project/projects", ["phases"] = "project/projects/{}/phases",
        ["callbacks"] = "system/callbacks",
    };

    public static AdminResult Change(SimulatorState state, int id, TicketChange change) =>
        Run(state, (tenant, context, changes) => ChangeLocked(tenant, context, changes, id, change));

    public static AdminResult AddNote(SimulatorState state, int id, NoteRequest note) => Run(state, (tenant, context, changes) =>
    {
        if (tenant.Tickets.Find(id) is not { } ticket)
        {
            return AdminResult.NotFound($"Ticket {id}");
        }

        var contactId = ticket.Contact?.Id ?? tenant.Contacts.All.FirstOrDefault(c => c.Company?.Id == ticket.Company?.Id)?.Id;
        var body = new JsonObject
        {
            ["text"] = note.Text, ["detailDescriptionFlag"] = !note.Internal, ["internalAnalysisFlag"] = note.Internal,
            ["member"] = note.FromCustomer ? null : new JsonObject { ["id"] = context.MemberId },
            ["contact"] = note.FromCustomer && contactId is { } c ? new JsonObject { ["id"] = c } : null,
        };
        return Result(CwApi.Create(CwResources.Find("service/tickets/{}/notes")!, [id], body, context, tenant, changes));
    });

    public static AdminResult Delete(SimulatorState state, string entity, int id) => Run(state, (tenant, context, changes) =>
    {
        if (!Deletable.TryGetValue(entity, out var template) || CwResources.Find(template) is not { } resource)
        {
            return AdminResult.Bad($"Unknown ConnectWise entity '{entity}'. Use one of: {string.Join(", ", Deletable.Keys)}.");
        }

        var parent = template.Contains("{}", StringComparison.Ordinal)
            ? template.StartsWith("service", StringComparison.Ordinal) ? tenant.Notes.Find(id)?.TicketId : tenant.Phases.Find(id)?.ProjectId
            : null;
        var parentIds = parent is { } p ? new[] { p } : [];
        if (resource.Find(tenant, parentIds, id) is not { } existing)
        {
            return AdminResult.NotFound($"{entity} {id}");
        }

        return Result(CwApi.Delete(resource, existing, context, tenant, changes));
    });

    /// <summary>Replaces top-level fields of a company or contact (or anything <see cref="Delete"/> knows), as a PATCH would.</summary>
    public static AdminResult Update(SimulatorState state, string entity, int id, JsonObject fields) => Run(state, (tenant, context, changes) =>
    {
        if (!Deletable.TryGetValue(entity, out var template) || template.Contains("{}", StringComparison.Ordinal) || CwResources.Find(template) is not { } resource)
        {
            return AdminResult.Bad($"Unknown or nested ConnectWise entity '{entity}'.");
        }

        if (resource.Find(tenant, [], id) is not { } existing)
        {
            return AdminResult.NotFound($"{entity} {id}");
        }

        var patch = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject { ["op"] = "replace", ["path"] = f.Key, ["value"] = f.Value?.DeepClone() })]);
        return Result(CwApi.Patch(resource, [], existing, patch, context, tenant, changes));
    });

    public static AdminResult BulkChanges(SimulatorState state, int count, Random random) => Run(state, (tenant, context, changes) =>
    {
        var open = tenant.Tickets.All.Where(t => !t.ClosedFlag).Select(t => t.Id).ToList();
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
                var statuses = tenant.Statuses.All.Where(s => s.Board?.Id == ticket.Board?.Id && s.Id != ticket.Status?.Id && !s.Inactive).ToList();
                var target = statuses[random.Next(statuses.Count)];
                result = ChangeLocked(tenant, context, changes, ticket.Id, new TicketChange(Status: target.Id.ToString(CultureInfo.InvariantCulture)));
            }
            else if (roll < 8)
            {
                var text = Seeding.NameBank.NoteTexts[random.Next(Seeding.NameBank.NoteTexts.Length)];
                result = Result(CwApi.Create(CwResources.Find("service/tickets/{}/notes")!, [ticket.Id],
                    new JsonObject { ["text"] = text, ["detailDescriptionFlag"] = true, ["member"] = new JsonObject { ["id"] = context.MemberId } },
                    context, tenant, changes));
            }
            else if (roll < 9)
            {
                result = ChangeLocked(tenant, context, changes, ticket.Id, new TicketChange(Summary: Trim(ticket.Summary + " (updated)")));
            }
            else
            {
                var member = tenant.Members.All[random.Next(tenant.Members.Count)];
                result = ChangeLocked(tenant, context, changes, ticket.Id, new TicketChange(Assignees: [member.Identifier]));
            }

            applied += result.Ok ? 1 : 0;
        }

        return new AdminResult(200, new JsonObject { ["applied"] = applied, ["callbacksQueued"] = changes.Count });
    });

    private static AdminResult ChangeLocked(CwTenant tenant, CwWriteContext context, List<CwChange> changes, int id, TicketChange change)
    {
        if (tenant.Tickets.Find(id) is not { } ticket)
        {
            return AdminResult.NotFound($"Ticket {id}");
        }

        if (change.Status is not null || change.Summary is not null)
        {
            var node = JsonSerializer.SerializeToNode(ticket, CwJson.Options)!.AsObject();
            if (change.Status is { } status)
            {
                var target = tenant.Statuses.All.FirstOrDefault(s => s.Board?.Id == ticket.Board?.Id
                    && (s.Id.ToString(CultureInfo.InvariantCulture) == status || s.Name.Equals(status, StringComparison.OrdinalIgnoreCase)));
                if (target is null)
                {
                    return AdminResult.Bad($"Status '{status}' is not on board '{ticket.Board?.Name}'.");
                }

                node["status"] = new JsonObject { ["id"] = target.Id };
            }

            if (change.Summary is { } summary)
            {
                node["summary"] = summary;
            }

            var updated = node.Deserialize<CwTicket>(CwJson.Options)!;
            var reply = CwApi.Update(CwResources.Find("service/tickets")!, [], ticket, updated, context, tenant, changes);
            if (reply.Status != 200)
            {
                return Result(reply);
            }
        }

        if (change.Assignees is { } assignees)
        {
            var members = new List<CwMember>();
            foreach (var key in assignees)
            {
                var member = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId)
                    ? tenant.Members.Find(memberId)
                    : CwReferences.MemberByIdentifier(tenant, key);
                if (member is null)
                {
                    return AdminResult.Bad($"Member '{key}' not found.");
                }

                members.Add(member);
            }

            var schedule = CwResources.Find("schedule/entries")!;
            var current = (tenant.ScheduleByTicket.GetValueOrDefault(id) ?? []).Where(e => !e.DoneFlag).ToList();
            foreach (var entry in current.Where(e => members.All(m => m.Id != e.Member?.Id)))
            {
                CwApi.Delete(schedule, entry, context, tenant, changes);
            }

            foreach (var member in members.Where(m => current.All(e => e.Member?.Id != m.Id)))
            {
                CwApi.Create(schedule, [], new JsonObject
                {
                    ["objectId"] = id, ["type"] = new JsonObject { ["identifier"] = "S" }, ["member"] = new JsonObject { ["id"] = member.Id },
                }, context, tenant, changes);
            }
        }

        return new AdminResult(200, JsonSerializer.SerializeToNode(tenant.Tickets.Find(id), CwJson.Options));
    }

    private static AdminResult Run(SimulatorState state, Func<CwTenant, CwWriteContext, List<CwChange>, AdminResult> action)
    {
        var tenant = state.Cw;
        var changes = new List<CwChange>();
        AdminResult result;
        lock (tenant.Sync)
        {
            var actor = tenant.Members.All[0];
            result = action(tenant, new CwWriteContext(actor.Identifier, actor.Id, state.Clock.UtcNowSeconds), changes);
        }

        foreach (var change in changes)
        {
            state.CwCallbacks.Publish(change);
        }

        return result;
    }

    private static AdminResult Result(CwReply reply) =>
        new(reply.Status, reply.Body is null ? null : JsonNode.Parse(reply.Body));

    private static string Trim(string text) => text.Length > 100 ? text[..100] : text;
}
