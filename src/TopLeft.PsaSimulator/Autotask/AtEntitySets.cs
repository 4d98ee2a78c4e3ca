using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>The entities served under <c>/ATServicesRest/V1.0/</c> and the child URLs that lead to them.</summary>
internal static class AtEntitySets
{
    public static readonly IReadOnlyList<AtEntitySet> All = Build();

    private static readonly Dictionary<string, AtEntitySet> ByName = All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>(parent, child segment) → child entity; child segments are the short names Autotask uses.</summary>
    private static readonly Dictionary<(string, string), string> Children = new(new PairComparer())
    {
        [("Tickets", "Notes")] = "TicketNotes",
        [("Tickets", "SecondaryResources")] = "TicketSecondaryResources",
        [("Tickets", "TicketSecondaryResources")] = "TicketSecondaryResources",
        [("Projects", "Tasks")] = "Tasks",
        [("Projects", "Phases")] = "Phases",
        [("Tasks", "Notes")] = "TaskNotes",
        [("Companies", "Contacts")] = "Contacts",
        [("TicketWebhooks", "Fields")] = "TicketWebhookFields",
        [("TicketWebhooks", "ExcludedResources")] = "TicketWebhookExcludedResources",
        [("TicketWebhooks", "UdfFields")] = "TicketWebhookUdfFields",
        [("TicketNoteWebhooks", "Fields")] = "TicketNoteWebhookFields",
        [("TicketNoteWebhooks", "ExcludedResources")] = "TicketNoteWebhookExcludedResources",
        [("CompanyWebhooks", "Fields")] = "CompanyWebhookFields",
        [("CompanyWebhooks", "ExcludedResources")] = "CompanyWebhookExcludedResources",
        [("CompanyWebhooks", "UdfFields")] = "CompanyWebhookUdfFields",
        [("ContactWebhooks", "Fields")] = "ContactWebhookFields",
        [("ContactWebhooks", "ExcludedResources")] = "ContactWebhookExcludedResources",
        [("ContactWebhooks", "UdfFields")] = "ContactWebhookUdfFields",
    };

    public static AtEntitySet? Find(string name) => ByName.GetValueOrDefault(name);

    public static AtEntitySet? Child(string parent, string child) =>
        Children.TryGetValue((parent, child), out var name) ? Find(name) : null;

    public static JsonObject ToJson(AtEntity entity) =>
        JsonSerializer.SerializeToNode(entity, entity.GetType(), AtJson.Options)!.AsObject();

    private static List<AtEntitySet> Build()
    {
        var sets = new List<AtEntitySet>
        {
            Set<AtTicket>("Tickets", "Ticket", t => t.Tickets, create: true, update: true, delete: false, webhooks: true, udf: true,
                validate: (t, c, e, x) => AtRules.Ticket(t, c, e, x)),
            Set<AtTicketNote>("TicketNotes", "TicketNote", t => t.TicketNotes, create: true, update: true, delete: false, webhooks: true,
                parent: "ticketID", validate: (t, c, e, x) => AtRules.TicketNote(t, c, e, x), afterWrite: BumpTicket),
            Set<AtTicketSecondaryResource>("TicketSecondaryResources", "TicketSecondaryResource", t => t.TicketSecondaryResources,
                create: true, update: false, delete: true, parent: "ticketID", validate: (t, _, e, x) => AtRules.SecondaryResource(t, e, x),
                afterWrite: BumpTicket),
            Set<AtTask>("Tasks", "Task", t => t.Tasks, create: true, update: true, delete: false, parent: "projectID",
                validate: (t, c, e, x) => AtRules.Task(t, c, e, x)),
            Set<AtTaskNote>("TaskNotes", "TaskNote", t => t.TaskNotes, create: true, update: true, delete: false, parent: "taskID",
                validate: (t, c, e, x) => AtRules.TaskNote(t, c, e, x)),
            Set<AtProject>("Projects", "Project", t => t.Projects, create: true, update: true, delete: false,
                validate: (t, _, e, _) => t.Companies.Find(e.CompanyID) is null ? AtError.DataViolation("Data violation: companyID does not exist.") : null),
            Set<AtPhase>("Phases", "Phase", t => t.Phases, create: true, update: true, delete: false, parent: "projectID",
                validate: (t, c, e, x) => AtRules.Phase(t, c, e, x)),
            Set<AtCompany>("Companies", "Company", t => t.Companies, create: true, update: true, delete: false, webhooks: true,
                validate: (t, c, e, x) => AtRules.Company(t, c, e, x)),
            Set<AtContact>("Contacts", "Contact", t => t.Contacts, create: true, update: true, delete: false, webhooks: true,
                parent: "companyID", validate: (t, c, e, x) => AtRules.Contact(t, c, e, x)),
            Set<AtResource>("Resources", "Resource", t => t.Resources, create: false, update: true, delete: false),
            Set<AtRole>("Roles", "Role", t => t.Roles, create: false, update: false, delete: false),
            Set<AtResourceServiceDeskRole>("ResourceServiceDeskRoles", "ResourceServiceDeskRole", t => t.ResourceServiceDeskRoles,
                create: false, update: false, delete: false),
            Set<AtTimeEntry>("TimeEntries", "TimeEntry", t => t.TimeEntries, create: true, update: true, delete: true,
                validate: (t, c, e, x) => AtRules.TimeEntry(t, c, e, x)),
            Set<AtDeletedTicketLog>("DeletedTicketLogs", "DeletedTicketLog", t => t.DeletedTicketLogs, create: false, update: false, delete: false),
            Set<AtWebhookEventErrorLog>("WebhookEventErrorLogs", "WebhookEventErrorLog", t => t.WebhookEventErrorLogs,
                create: false, update: false, delete: true),
        };

        foreach (var kind in new[] { "Ticket", "TicketNote", "Company", "Contact" })
        {
            sets.Add(Set<AtWebhook>($"{kind}Webhooks", $"{kind}Webhook", t => t.Webhooks[kind].Hooks, create: true, update: true, delete: true,
                validate: (_, _, e, x) => AtRules.Webhook(e, x)));
            sets.Add(Set<AtWebhookField>($"{kind}WebhookFields", $"{kind}WebhookField", t => t.Webhooks[kind].Fields, create: true,
                update: true, delete: true, parent: "webhookID", validate: (t, _, e, _) => WebhookField(t, kind, e, udf: false),
                afterWrite: (t, _, _, after, _) => MarkReady(t, kind, after)));
            sets.Add(Set<AtWebhookField>($"{kind}WebhookUdfFields", $"{kind}WebhookUdfField", t => t.Webhooks[kind].UdfFields, create: true,
                update: true, delete: true, parent: "webhookID", validate: (t, _, e, _) => WebhookField(t, kind, e, udf: true)));
            sets.Add(Set<AtWebhookExcludedResource>($"{kind}WebhookExcludedResources", $"{kind}WebhookExcludedResource",
                t => t.Webhooks[kind].ExcludedResources, create: true, update: false, delete: true, parent: "webhookID",
                validate: (t, _, e, _) => t.Webhooks[kind].Hooks.Find(e.WebhookID) is null
                    ? AtError.DataViolation($"Data violation: webhookID {e.WebhookID} does not exist.")
                    : t.Resources.Find(e.ResourceID) is null ? AtError.DataViolation($"Data violation: resourceID {e.ResourceID} does not exist.") : null));
        }

        return sets;
    }

    private static AtEntitySet Set<T>(
        string name, string entityType, Func<AtTenant, EntityTable<T>> table, bool create, bool update, bool delete,
        bool webhooks = false, bool udf = false, string? parent = null,
        Func<AtTenant, AtContext, T, T?, AtError?>? validate = null,
        Action<AtTenant, AtContext, AtEntity?, AtEntity?, List<AtChange>>? afterWrite = null)
        where T : AtEntity => new()
    {
        Name = name, EntityType = entityType, ClrType = typeof(T), Table = table,
        Insert = (t, e) => table(t).Add((T)e), Replace = (t, e) => table(t).Replace((T)e), Remove = (t, e) => table(t).Remove(e.Id),
        CanCreate = create, CanUpdate = update, CanDelete = delete, HasWebhooks = webhooks, HasUserDefinedFields = udf, ParentField = parent,
        Validate = validate is null ? null : (t, c, e, x) => validate(t, c, (T)e, (T?)x),
        AfterWrite = afterWrite,
    };

    private static AtError? WebhookField(AtTenant tenant, string kind, AtWebhookField field, bool udf)
    {
        if (tenant.Webhooks[kind].Hooks.Find(field.WebhookID) is null)
        {
            return AtError.DataViolation($"Data violation: webhookID {field.WebhookID} does not exist.");
        }

        var fieldCount = AtMetadata.WebhookFieldNames(kind).Count;
        return udf || field.FieldID is >= 1 && field.FieldID <= fieldCount
            ? null
            : AtError.DataViolation($"Data violation: fieldID {field.FieldID} is not a valid {kind} webhook field.");
    }

    /// <summary>A webhook becomes ready once it has its first subscribed field.</summary>
    private static void MarkReady(AtTenant tenant, string kind, AtEntity? after)
    {
        if (after is AtWebhookField { IsSubscribedField: true } field && tenant.Webhooks[kind].Hooks.Find(field.WebhookID) is { } hook)
        {
            hook.IsReady = true;
        }
    }

    /// <summary>A note or assignee change is activity on its ticket.</summary>
    private static void BumpTicket(AtTenant tenant, AtContext context, AtEntity? before, AtEntity? after, List<AtChange> changes)
    {
        var ticketId = (after ?? before) switch
        {
            AtTicketNote note => note.TicketID,
            AtTicketSecondaryResource row => row.TicketID,
            _ => 0,
        };
        if (tenant.Tickets.Find(ticketId) is not { } ticket)
        {
            return;
        }

        var old = ToJson(ticket);
        ticket.LastActivityDate = context.Now;
        ticket.LastActivityResourceID = context.ActorResourceId;
        changes.Add(new AtChange("Ticket", "Update", ticket.Id, old, ToJson(ticket), context.ActorResourceId));
    }

    private sealed class PairComparer : IEqualityComparer<(string, string)>
    {
        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
    }
}
