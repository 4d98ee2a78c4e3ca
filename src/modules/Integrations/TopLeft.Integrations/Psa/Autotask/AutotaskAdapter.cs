using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Domain;

namespace TopLeft.Integrations.Psa.Autotask;

/// <summary>Autotask behind <see cref="IPsaAdapter"/>: picklists as boards/statuses, nextPageUrl crawls, PATCH writes, secondary resources.</summary>
internal sealed class AutotaskAdapter(AutotaskClient api, Func<int> requests, AtStatusLabels labels) : IPsaAdapter
{
    /// <summary>The system "Complete" status (tickets, tasks, projects).</summary>
    public const int Complete = 5;

    // Autotask priorities carry no colour; these follow the picklist's order (most urgent first).
    private static readonly string[] PriorityColors = ["red", "orange", "yellow", "green", "blue", "gray"];
    private static readonly string[] TicketHookFields = ["status", "priority", "queueID", "title", "assignedResourceID", "companyID", "contactID", "lastActivityDate"];
    private static readonly string[] NoteHookFields = ["description", "title", "noteType", "publish", "lastActivityDate"];

    // Only what the local copy holds: a change elsewhere on the record would be a fetch for nothing.
    private static readonly string[] CompanyHookFields = ["companyName", "companyNumber", "parentCompanyID", "isActive"];
    private static readonly string[] ContactHookFields = ["firstName", "lastName", "emailAddress", "companyID", "isActive"];

    private IReadOnlyDictionary<int, string>? statusLabels;
    private IReadOnlyDictionary<int, string>? taskStatusLabels;

    public PsaKind Kind => PsaKind.Autotask;

    public int Requests => requests();

    public async Task<ReferenceData> ReadReferenceAsync(CancellationToken ct)
    {
        var resources = await AllAsync<AtResource>("Resources", [All()], ct);
        var companies = await AllAsync<AtCompany>("Companies", [All()], ct);
        var contacts = await AllAsync<AtContact>("Contacts", [All()], ct);
        var fields = (await api.GetFieldsAsync("Tickets", ct)).Fields;
        var queues = Picklist(fields, "queueID");
        var statuses = Picklist(fields, "status");
        statusLabels = statuses.ToDictionary(s => Int(s.Value), s => s.Label);
        var priorities = Picklist(fields, "priority").OrderBy(p => p.SortOrder).ToList();

        // Tasks have a status picklist of their own (e.g. 4 "In Progress"); ticket statuses are refused on a task.
        var taskStatuses = Picklist((await api.GetFieldsAsync("Tasks", ct)).Fields, "status");
        var projectStatuses = Picklist((await api.GetFieldsAsync("Projects", ct)).Fields, "status");
        taskStatusLabels = taskStatuses.ToDictionary(s => Int(s.Value), s => s.Label);
        labels.Set(statusLabels, taskStatusLabels);
        return new ReferenceData(
            resources.Select(Map).ToList(),
            companies.Select(Map).ToList(),
            contacts.Select(Map).ToList(),
            queues.Select(q => new BoardData(Int(q.Value), q.Label, q.IsActive)).ToList(),
            statuses.Select(s => new StatusData(0, Int(s.Value), s.Label, s.SortOrder, Int(s.Value) == Complete, s.IsActive))
                .Concat(taskStatuses.Select(s => new StatusData(BoardStatus.TaskStatuses, Int(s.Value), s.Label, s.SortOrder, Int(s.Value) == Complete, s.IsActive)))
                .Concat(projectStatuses.Select(s => new StatusData(BoardStatus.ProjectStatuses, Int(s.Value), s.Label, s.SortOrder, Int(s.Value) == Complete, s.IsActive)))
                .ToList(),
            priorities.Select((p, i) => new PriorityData(Int(p.Value), p.Label, PriorityColors[Math.Min(i, PriorityColors.Length - 1)], p.SortOrder)).ToList());
    }

    public async IAsyncEnumerable<IReadOnlyList<WorkItemData>> ReadWorkItemsAsync(DateTimeOffset? changedSince, bool includeClosed, [EnumeratorCancellation] CancellationToken ct)
    {
        await EnsureStatusesAsync(ct);
        await foreach (var page in PagesAsync<AtTicket>("Tickets", Filter("lastActivityDate", changedSince, includeClosed), ct))
        {
            yield return await MapTicketsAsync(page, ct);
        }

        await foreach (var page in PagesAsync<AtTask>("Tasks", Filter("lastActivityDateTime", changedSince, includeClosed), ct))
        {
            yield return await MapTasksAsync(page, ct);
        }

        var projects = await AllAsync<AtProject>("Projects", Filter("lastActivityDateTime", changedSince, includeClosed), ct);
        if (projects.Count > 0)
        {
            yield return projects.Select(Map).ToList();
            foreach (var chunk in projects.Chunk(100))
            {
                var phases = await AllAsync<AtPhase>("Phases", [new AtFilter("in", "projectID", chunk.Select(p => p.Id).ToArray())], ct);
                yield return phases.Select(ph => Map(ph, projects.First(p => p.Id == ph.ProjectID))).ToList();
            }
        }
    }

    public async Task<WorkItemData?> FetchWorkItemAsync(WorkItemRef item, CancellationToken ct)
    {
        await EnsureStatusesAsync(ct);
        switch (item.Kind)
        {
            case WorkItemKind.Task:
                return await api.GetAsync<AtTask>("Tasks", item.PsaId, ct) is { } task ? (await MapTasksAsync([task], ct))[0] : null;
            case WorkItemKind.Project:
                return await api.GetAsync<AtProject>("Projects", item.PsaId, ct) is { } project ? Map(project) : null;
            case WorkItemKind.Phase:
                if (await api.GetAsync<AtPhase>("Phases", item.PsaId, ct) is not { } phase)
                {
                    return null;
                }

                return await api.GetAsync<AtProject>("Projects", phase.ProjectID, ct) is { } parent ? Map(phase, parent) : null;
            default:
                return await api.GetAsync<AtTicket>("Tickets", item.PsaId, ct) is { } ticket ? (await MapTicketsAsync([ticket], ct))[0] : null;
        }
    }

    public async Task<IReadOnlyList<WorkItemData>> FetchWorkItemsAsync(WorkItemKind kind, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        await EnsureStatusesAsync(ct);
        var items = new List<WorkItemData>();

        // One query per 200 ids: well under a page of 500, so each chunk is one request (plus one for secondary resources).
        foreach (var chunk in ids.Distinct().Chunk(200))
        {
            AtFilter[] filter = [new AtFilter("in", "id", chunk)];
            switch (kind)
            {
                case WorkItemKind.Ticket or WorkItemKind.ProjectTicket:
                    items.AddRange(await MapTicketsAsync(await AllAsync<AtTicket>("Tickets", filter, ct), ct));
                    break;
                case WorkItemKind.Task:
                    items.AddRange(await MapTasksAsync(await AllAsync<AtTask>("Tasks", filter, ct), ct));
                    break;
                case WorkItemKind.Project:
                    items.AddRange((await AllAsync<AtProject>("Projects", filter, ct)).Select(Map));
                    break;
                default:
                    foreach (var id in chunk)
                    {
                        if (await FetchWorkItemAsync(new WorkItemRef(kind, id), ct) is { } item)
                        {
                            items.Add(item);
                        }
                    }

                    break;
            }
        }

        return items;
    }

    public async Task<MemberData?> FetchMemberAsync(int psaId, CancellationToken ct) =>
        await api.GetAsync<AtResource>("Resources", psaId, ct) is { } resource ? Map(resource) : null;

    public async Task<CompanyData?> FetchCompanyAsync(int psaId, CancellationToken ct) =>
        await api.GetAsync<AtCompany>("Companies", psaId, ct) is { } company ? Map(company) : null;

    public async Task<ContactData?> FetchContactAsync(int psaId, CancellationToken ct) =>
        await api.GetAsync<AtContact>("Contacts", psaId, ct) is { } contact ? Map(contact) : null;

    private static MemberData Map(AtResource r) =>
        new(r.Id, r.UserName, r.FirstName ?? "", r.LastName ?? "", r.Email, r.IsActive, r.LastModifiedDateTime, r.DefaultServiceDeskRoleID);

    private static CompanyData Map(AtCompany c) => new(c.Id, c.CompanyNumber ?? "", c.CompanyName, c.ParentCompanyID, c.IsActive, c.LastActivityDate);

    private static ContactData Map(AtContact c) => new(c.Id, c.CompanyID, c.FirstName ?? "", c.LastName ?? "", c.EmailAddress, c.IsActive != 0, c.LastActivityDate);

    public async IAsyncEnumerable<IReadOnlyList<NoteData>> ReadNotesAsync(IReadOnlyCollection<WorkItemRef> items, DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var tickets = items.Where(i => i.Kind == WorkItemKind.Ticket).Select(i => i.PsaId).ToList();
        var tasks = items.Where(i => i.Kind == WorkItemKind.Task).Select(i => i.PsaId).ToList();
        if (changedSince is { } since)
        {
            await foreach (var page in PagesAsync<AtTicketNote>("TicketNotes", [new AtFilter("gte", "lastActivityDate", Stamp(since))], ct))
            {
                yield return page.Select(Map).ToList();
            }

            await foreach (var page in PagesAsync<AtTaskNote>("TaskNotes", [new AtFilter("gte", "lastActivityDate", Stamp(since))], ct))
            {
                yield return page.Select(Map).ToList();
            }

            yield break;
        }

        foreach (var chunk in tickets.Chunk(200))
        {
            await foreach (var page in PagesAsync<AtTicketNote>("TicketNotes", [new AtFilter("in", "ticketID", chunk)], ct))
            {
                yield return page.Select(Map).ToList();
            }
        }

        foreach (var chunk in tasks.Chunk(200))
        {
            await foreach (var page in PagesAsync<AtTaskNote>("TaskNotes", [new AtFilter("in", "taskID", chunk)], ct))
            {
                yield return page.Select(Map).ToList();
            }
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<TimeEntryData>> ReadTimeEntriesAsync(DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        AtFilter filter = changedSince is { } since ? new AtFilter("gte", "lastModifiedDateTime", Stamp(since)) : All();
        await foreach (var page in PagesAsync<AtTimeEntry>("TimeEntries", [filter], ct))
        {
            yield return page.Where(t => t.TicketID is not null || t.TaskID is not null).Select(Map).ToList();
        }
    }

    public async Task<WorkItemData> SetStatusAsync(WorkItemRef item, int statusPsaId, CancellationToken ct)
    {
        await UpdateAsync(item, new AtBody { ["status"] = statusPsaId }, ct);
        return (await FetchWorkItemAsync(item, ct))!;
    }

    public async Task<WorkItemData> SetPriorityAsync(WorkItemRef item, int priorityPsaId, CancellationToken ct)
    {
        await UpdateAsync(item, new AtBody { [item.Kind == WorkItemKind.Task ? "priorityLabel" : "priority"] = priorityPsaId }, ct);
        return (await FetchWorkItemAsync(item, ct))!;
    }

    public async Task<WorkItemData> SetClientRespondedAsync(WorkItemRef item, CancellationToken ct) =>
        (await FetchWorkItemAsync(item, ct))!;

    public async Task<WorkItemData> SetAssigneesAsync(WorkItemRef item, IReadOnlyList<int> memberPsaIds, CancellationToken ct)
    {
        // Autotask refuses a resource without its role ("Data violation"), so both go in one call.
        var primary = memberPsaIds.FirstOrDefault();
        await UpdateAsync(item, new AtBody
        {
            ["assignedResourceID"] = primary == 0 ? null : primary,
            ["assignedResourceRoleID"] = primary == 0 ? null : await RoleAsync(primary, ct),
        }, ct);

        if (item.Kind == WorkItemKind.Ticket)
        {
            var secondary = await AllAsync<AtSecondaryResource>("TicketSecondaryResources", [new AtFilter("eq", "ticketID", item.PsaId)], ct);
            var wanted = memberPsaIds.Skip(1).ToHashSet();
            foreach (var row in secondary.Where(s => !wanted.Contains(s.ResourceID)))
            {
                await api.DeleteAsync($"Tickets/{item.PsaId}/SecondaryResources/{row.Id}", ct);
            }

            foreach (var resource in wanted.Where(w => secondary.All(s => s.ResourceID != w)))
            {
                await api.CreateAsync($"Tickets/{item.PsaId}/SecondaryResources",
                    new AtBody { ["ticketID"] = item.PsaId, ["resourceID"] = resource, ["roleID"] = await RoleAsync(resource, ct) }, ct);
            }
        }

        return (await FetchWorkItemAsync(item, ct))!;
    }

    // Autotask notes have no contact author through the API; a contact's note is written by the API user.
    // A task's notes are TaskNotes under the task: a ticket id with the same number is another customer's ticket.
    public async Task<NoteData> AddNoteAsync(WorkItemRef item, string text, bool isInternal, int? memberPsaId, int? contactPsaId, CancellationToken ct)
    {
        var title = text.Length > 50 ? text[..50] : text;
        var isTask = item.Kind == WorkItemKind.Task;
        var id = await api.CreateAsync(isTask ? $"Tasks/{item.PsaId}/Notes" : $"Tickets/{item.PsaId}/Notes", new AtBody
        {
            [isTask ? "taskID" : "ticketID"] = item.PsaId, ["title"] = title, ["description"] = text, ["noteType"] = isInternal ? 2 : 1, ["publish"] = isInternal ? 2 : 1,
        }, ct);
        var note = isTask
            ? await api.GetAsync<AtTaskNote>("TaskNotes", id, ct) is { } taskNote ? Map(taskNote) : null
            : await api.GetAsync<AtTicketNote>("TicketNotes", id, ct) is { } ticketNote ? Map(ticketNote) : null;
        return note ?? new NoteData(id, item, text, isInternal, memberPsaId, null, DateTimeOffset.UtcNow, null);
    }

    public async Task<NoteData?> FindNoteAsync(WorkItemRef item, string text, DateTimeOffset since, CancellationToken ct)
    {
        bool Recent(DateTimeOffset? created) => (created ?? DateTimeOffset.MaxValue) >= since.AddMinutes(-2);
        return item.Kind == WorkItemKind.Task
            ? (await AllAsync<AtTaskNote>("TaskNotes", [new AtFilter("eq", "taskID", item.PsaId)], ct))
                .Where(n => n.Description == text && Recent(n.CreateDateTime)).Select(Map).FirstOrDefault()
            : (await AllAsync<AtTicketNote>("TicketNotes", [new AtFilter("eq", "ticketID", item.PsaId)], ct))
                .Where(n => n.Description == text && Recent(n.CreateDateTime)).Select(Map).FirstOrDefault();
    }

    public async Task<TimeEntryData> AddTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, decimal hours, string notes, CancellationToken ct)
    {
        var end = start.AddHours((double)hours);
        var id = await api.CreateAsync("TimeEntries", new AtBody
        {
            [item.Kind == WorkItemKind.Task ? "taskID" : "ticketID"] = item.PsaId, ["resourceID"] = memberPsaId, ["roleID"] = await RoleAsync(memberPsaId, ct),
            ["dateWorked"] = start.UtcDateTime.Date, ["startDateTime"] = start.UtcDateTime, ["endDateTime"] = end.UtcDateTime, ["hoursWorked"] = hours,
            ["summaryNotes"] = notes,
        }, ct);
        return await api.GetAsync<AtTimeEntry>("TimeEntries", id, ct) is { } entry ? Map(entry)
            : new TimeEntryData(id, item, memberPsaId, start, end, hours, notes, null);
    }

    public async Task<TimeEntryData?> FindTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, CancellationToken ct)
    {
        var entries = await AllAsync<AtTimeEntry>("TimeEntries",
            [new AtFilter("eq", item.Kind == WorkItemKind.Task ? "taskID" : "ticketID", item.PsaId), new AtFilter("eq", "resourceID", memberPsaId)], ct);
        return entries.Where(e => e.StartDateTime is { } s && Math.Abs((s - start).TotalSeconds) < 1).Select(Map).FirstOrDefault();
    }

    public async Task<string> RegisterRealtimeAsync(string url, string secret, string? previous, CancellationToken ct)
    {
        foreach (var old in (previous ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = old.Split(':');
            await api.DeleteAsync($"{parts[0]}/{parts[1]}", ct);
        }

        var fields = (await api.GetFieldsAsync("Tickets", ct)).Fields.Select(f => f.Name).ToList();
        var noteFields = (await api.GetFieldsAsync("TicketNotes", ct)).Fields.Select(f => f.Name).ToList();
        var companyFields = (await api.GetFieldsAsync("Companies", ct)).Fields.Select(f => f.Name).ToList();
        var contactFields = (await api.GetFieldsAsync("Contacts", ct)).Fields.Select(f => f.Name).ToList();
        var ticketHook = await CreateHookAsync("TicketWebhooks", $"{url}/{secret}", fields, TicketHookFields, ct);
        var noteHook = await CreateHookAsync("TicketNoteWebhooks", $"{url}/{secret}", noteFields, NoteHookFields, ct);
        var companyHook = await CreateHookAsync("CompanyWebhooks", $"{url}/{secret}", companyFields, CompanyHookFields, ct);
        var contactHook = await CreateHookAsync("ContactWebhooks", $"{url}/{secret}", contactFields, ContactHookFields, ct);
        return $"TicketWebhooks:{ticketHook},TicketNoteWebhooks:{noteHook},CompanyWebhooks:{companyHook},ContactWebhooks:{contactHook}";

        async Task<int> CreateHookAsync(string entity, string target, List<string> names, string[] subscribe, CancellationToken token)
        {
            var id = await api.CreateAsync(entity, new AtBody
            {
                ["name"] = "TopLeft", ["webhookUrl"] = target, ["deactivationUrl"] = target + "/deactivated", ["secretKey"] = secret,
                ["isActive"] = true, ["isSubscribedToCreateEvents"] = true, ["isSubscribedToUpdateEvents"] = true,
                ["isSubscribedToDeleteEvents"] = true, ["sendThresholdExceededNotification"] = false,
            }, token);

            // Autotask's webhook fieldID is the field's position in entityInformation/fields (id first), 1-based.
            foreach (var name in subscribe)
            {
                var index = names.FindIndex(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    await api.CreateAsync($"{entity}/{id}/Fields", new AtBody
                    {
                        ["webhookID"] = id, ["fieldID"] = index + 1, ["isSubscribedField"] = true, ["isDisplayAlwaysField"] = false,
                    }, token);
                }
            }

            return id;
        }
    }

    public async Task<IReadOnlyList<PermissionCheck>> TestAsync(CancellationToken ct)
    {
        var checks = new List<PermissionCheck>();
        foreach (var (entity, permission) in new[]
        {
            ("Tickets", "Read tickets"), ("TicketNotes", "Read ticket notes"), ("Resources", "Read resources (members)"),
            ("Companies", "Read companies"), ("Contacts", "Read contacts"), ("Projects", "Read projects"), ("Tasks", "Read tasks"),
            ("Phases", "Read phases"), ("TimeEntries", "Read time entries"), ("TicketWebhooks", "Manage ticket webhooks"),
        })
        {
            try
            {
                await api.CountAsync(entity, new AtQuery([All()]), ct);
                checks.Add(new PermissionCheck(permission, true, null));
            }
            catch (PsaApiException ex)
            {
                checks.Add(new PermissionCheck(permission, false, ex.Status switch
                {
                    HttpStatusCode.Unauthorized => "The credentials were not accepted (check integration code, user name and secret).",
                    HttpStatusCode.Forbidden => "The API user's security level does not allow this.",
                    _ => ex.Message,
                }));
            }
            catch (HttpRequestException ex)
            {
                checks.Add(new PermissionCheck(permission, false, "Autotask could not be reached: " + ex.Message));
            }
        }

        return checks;
    }

    public async Task<RequestBudget?> ReadBudgetAsync(CancellationToken ct)
    {
        var threshold = await api.GetThresholdInformationAsync(ct);
        return new RequestBudget(threshold.CurrentTimeframeRequestCount, threshold.ExternalRequestThreshold, threshold.RequestThresholdTimeframe);
    }

    private static AtFilter All() => new("gt", "id", 0);

    private static List<AtFilter> Filter(string stampField, DateTimeOffset? changedSince, bool includeClosed) =>
        changedSince is { } since ? [new AtFilter("gte", stampField, Stamp(since))]
        : includeClosed ? [All()]
        : [new AtFilter("noteq", "status", Complete)];

    private static string Stamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static List<AtPicklistValue> Picklist(IReadOnlyList<AtField> fields, string name) =>
        fields.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.PicklistValues?.OrderBy(v => v.SortOrder).ToList() ?? [];

    private async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(string entity, IReadOnlyList<AtFilter> filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var query = new AtQuery(filter);
        var page = await api.QueryAsync<T>(entity, query, ct);
        while (true)
        {
            if (page.Items.Count > 0)
            {
                yield return page.Items;
            }

            if (page.PageDetails?.NextPageUrl is not { Length: > 0 } next)
            {
                yield break;
            }

            page = await api.NextPageAsync<T>(next, query, ct);
        }
    }

    private async Task<List<T>> AllAsync<T>(string entity, IReadOnlyList<AtFilter> filter, CancellationToken ct)
    {
        var all = new List<T>();
        await foreach (var page in PagesAsync<T>(entity, filter, ct))
        {
            all.AddRange(page);
        }

        return all;
    }

    private async Task EnsureStatusesAsync(CancellationToken ct)
    {
        if (statusLabels is not null && taskStatusLabels is not null)
        {
            return;
        }

        if (labels.TryGet(out var tickets, out var tasks))
        {
            (statusLabels, taskStatusLabels) = (tickets, tasks);
            return;
        }

        statusLabels = Picklist((await api.GetFieldsAsync("Tickets", ct)).Fields, "status").ToDictionary(s => Int(s.Value), s => s.Label);
        taskStatusLabels = Picklist((await api.GetFieldsAsync("Tasks", ct)).Fields, "status").ToDictionary(s => Int(s.Value), s => s.Label);
        labels.Set(statusLabels, taskStatusLabels);
    }

    private async Task UpdateAsync(WorkItemRef item, AtBody body, CancellationToken ct)
    {
        body["id"] = item.PsaId;
        if (item.Kind == WorkItemKind.Task)
        {
            var task = await api.GetAsync<AtTask>("Tasks", item.PsaId, ct)
                ?? throw new PsaApiException(HttpStatusCode.NotFound, $"Task {item.PsaId} no longer exists.", isRefusal: true);
            await api.UpdateAsync($"Projects/{task.ProjectID}/Tasks", body, ct);
            return;
        }

        await api.UpdateAsync(item.Kind == WorkItemKind.Project ? "Projects" : "Tickets", body, ct);
    }

    private async Task<int> RoleAsync(int resourceId, CancellationToken ct)
    {
        var resource = await api.GetAsync<AtResource>("Resources", resourceId, ct);
        if (resource?.DefaultServiceDeskRoleID is { } role)
        {
            return role;
        }

        var roles = await AllAsync<ResourceRole>("ResourceServiceDeskRoles", [new AtFilter("eq", "resourceID", resourceId)], ct);
        return roles.OrderByDescending(r => r.IsDefault).Select(r => r.RoleID).FirstOrDefault();
    }

    private async Task<IReadOnlyList<WorkItemData>> MapTicketsAsync(IReadOnlyList<AtTicket> tickets, CancellationToken ct)
    {
        var secondary = new List<AtSecondaryResource>();
        foreach (var chunk in tickets.Select(t => t.Id).Chunk(200))
        {
            secondary.AddRange(await AllAsync<AtSecondaryResource>("TicketSecondaryResources", [new AtFilter("in", "ticketID", chunk)], ct));
        }

        var byTicket = secondary.GroupBy(s => s.TicketID).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Id).Select(s => s.ResourceID).ToList());
        return tickets.Select(t =>
        {
            var assignees = new List<int>();
            if (t.AssignedResourceID is { } primary)
            {
                assignees.Add(primary);
            }

            assignees.AddRange(byTicket.GetValueOrDefault(t.Id, []).Where(r => !assignees.Contains(r)));
            return new WorkItemData(new WorkItemRef(WorkItemKind.Ticket, t.Id), t.TicketNumber ?? t.Id.ToString(CultureInfo.InvariantCulture), t.Title ?? "",
                t.QueueID, t.Status, statusLabels!.GetValueOrDefault(t.Status), t.Priority, t.CompanyID, t.ContactID, t.ProjectID, null, assignees,
                t.EstimatedHours, null, t.Status == Complete, false, t.LastActivityDate);
        }).ToList();
    }

    // An Autotask task has no company of its own: it is its project's (the client portal scopes cards by company).
    private async Task<IReadOnlyList<WorkItemData>> MapTasksAsync(IReadOnlyList<AtTask> tasks, CancellationToken ct)
    {
        var companies = new Dictionary<int, int>();
        foreach (var chunk in tasks.Select(t => t.ProjectID).Distinct().Chunk(200))
        {
            foreach (var project in await AllAsync<AtProject>("Projects", [new AtFilter("in", "id", chunk)], ct))
            {
                companies[project.Id] = project.CompanyID;
            }
        }

        return tasks.Select(t => Map(t, companies.TryGetValue(t.ProjectID, out var company) ? company : null, taskStatusLabels!.GetValueOrDefault(t.Status))).ToList();
    }

    private static WorkItemData Map(AtTask t, int? companyPsaId, string? statusName) => new(
        new WorkItemRef(WorkItemKind.Task, t.Id), t.Id.ToString(CultureInfo.InvariantCulture), t.Title, null, t.Status, statusName, t.PriorityLabel, companyPsaId, null,
        t.ProjectID, t.PhaseID, t.AssignedResourceID is { } a ? [a] : [], t.EstimatedHours,
        t.EstimatedHours is { } e && t.RemainingHours is { } r ? e - r : null, t.Status == Complete, false, t.LastActivityDateTime);

    private static WorkItemData Map(AtProject p) => new(
        new WorkItemRef(WorkItemKind.Project, p.Id), p.ProjectNumber ?? p.Id.ToString(CultureInfo.InvariantCulture), p.ProjectName, null, p.Status, null,
        null, p.CompanyID, null, null, null, p.ProjectLeadResourceID is { } l ? [l] : [], p.EstimatedHours, p.ActualHours, p.Status == Complete, false,
        p.LastActivityDateTime);

    private static WorkItemData Map(AtPhase ph, AtProject project) => new(
        new WorkItemRef(WorkItemKind.Phase, ph.Id), ph.Id.ToString(CultureInfo.InvariantCulture), ph.Title, null, null, null, null, project.CompanyID,
        null, ph.ProjectID, null, [], ph.EstimatedHours, null, project.Status == Complete, false, ph.LastActivityDateTime);

    private static NoteData Map(AtTicketNote n) => new(
        n.Id, new WorkItemRef(WorkItemKind.Ticket, n.TicketID), n.Description ?? n.Title ?? "", n.Publish != 1 || n.NoteType == 2,
        n.CreatorResourceID, n.CreatedByContactID, n.CreateDateTime ?? DateTimeOffset.UnixEpoch, n.LastActivityDate);

    private static NoteData Map(AtTaskNote n) => new(
        n.Id, new WorkItemRef(WorkItemKind.Task, n.TaskID), n.Description ?? n.Title ?? "", n.Publish != 1 || n.NoteType == 2,
        n.CreatorResourceID, n.CreatedByContactID, n.CreateDateTime ?? DateTimeOffset.UnixEpoch, n.LastActivityDate);

    private static TimeEntryData Map(AtTimeEntry t) => new(
        t.Id, t.TaskID is { } task ? new WorkItemRef(WorkItemKind.Task, task) : new WorkItemRef(WorkItemKind.Ticket, t.TicketID ?? 0), t.ResourceID,
        t.StartDateTime ?? t.DateWorked ?? DateTimeOffset.UnixEpoch, t.EndDateTime, t.HoursWorked ?? 0, t.SummaryNotes, t.LastModifiedDateTime);

    private sealed record ResourceRole(int Id, int ResourceID, int RoleID, bool IsDefault);
}
