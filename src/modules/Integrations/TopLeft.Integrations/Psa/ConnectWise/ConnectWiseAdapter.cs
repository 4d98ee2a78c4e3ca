using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Domain;

namespace TopLeft.Integrations.Psa.ConnectWise;

/// <summary>ConnectWise behind <see cref="IPsaAdapter"/>: forward-only crawls, JSON Patch writes, schedule entries as assignments.</summary>
internal sealed class ConnectWiseAdapter(ConnectWiseClient api, Func<int> requests) : IPsaAdapter
{
    private const int PageSize = 1000;
    private const int IdsPerRequest = 100;
    private static readonly string[] CallbackTypes = ["ticket", "project", "company", "contact"];
    private Dictionary<string, int>? memberIds;

    public PsaKind Kind => PsaKind.ConnectWise;

    public int Requests => requests();

    public async Task<ReferenceData> ReadReferenceAsync(CancellationToken ct)
    {
        var members = await AllAsync((q, c) => api.GetMembersAsync(q, c), m => m.Id, new CwQuery(), ct);
        memberIds = members.ToDictionary(m => m.Identifier, m => m.Id, StringComparer.OrdinalIgnoreCase);
        var companies = await AllAsync((q, c) => api.GetCompaniesAsync(q, c), m => m.Id, new CwQuery(), ct);
        var contacts = await AllAsync((q, c) => api.GetContactsAsync(q, c), m => m.Id, new CwQuery(), ct);
        var boards = await AllAsync((q, c) => api.GetBoardsAsync(q, c), m => m.Id, new CwQuery(), ct);
        var statuses = new List<StatusData>();
        foreach (var board in boards)
        {
            var list = await AllAsync((q, c) => api.GetBoardStatusesAsync(board.Id, q, c), s => s.Id, new CwQuery(), ct);
            statuses.AddRange(list.Select(s => new StatusData(board.Id, s.Id, s.Name, s.SortOrder, s.ClosedStatus, !s.Inactive)));
        }

        var projectStatuses = await AllAsync((q, c) => api.GetProjectStatusesAsync(q, c), s => s.Id, new CwQuery(), ct);
        statuses.AddRange(projectStatuses.Select((s, i) => new StatusData(BoardStatus.ProjectStatuses, s.Id, s.Name, i, s.ClosedFlag, !s.InactiveFlag)));
        var priorities = await AllAsync((q, c) => api.GetPrioritiesAsync(q, c), p => p.Id, new CwQuery(), ct);
        return new ReferenceData(
            members.Select(Map).ToList(),
            companies.Select(Map).ToList(),
            contacts.Select(Map).ToList(),
            boards.Select(b => new BoardData(b.Id, b.Name, !b.InactiveFlag)).ToList(),
            statuses,
            priorities.Select(p => new PriorityData(p.Id, p.Name, p.Color?.ToLowerInvariant(), p.SortOrder ?? 0)).ToList());
    }

    public async IAsyncEnumerable<IReadOnlyList<WorkItemData>> ReadWorkItemsAsync(DateTimeOffset? changedSince, bool includeClosed, [EnumeratorCancellation] CancellationToken ct)
    {
        await EnsureMembersAsync(ct);
        var conditions = Conditions(changedSince, includeClosed);
        int? pageId = null;
        while (true)
        {
            var page = await api.GetTicketsAsync(new CwQuery(conditions, PageSize: PageSize, PageId: pageId), ct);
            if (page.Count > 0)
            {
                yield return page.Select(Map).ToList();
                pageId = page[^1].Id;
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }

        var projects = await AllAsync((q, c) => api.GetProjectsAsync(q, c), p => p.Id, new CwQuery(conditions), ct);
        if (projects.Count > 0)
        {
            yield return projects.Select(Map).ToList();
        }

        // Phases carry no useful stamp filter across projects, so they come with every read of their project.
        foreach (var project in projects)
        {
            var phases = await AllAsync((q, c) => api.GetPhasesAsync(project.Id, q, c), p => p.Id, new CwQuery(), ct);
            if (phases.Count > 0)
            {
                yield return phases.Select(p => Map(p, project)).ToList();
            }
        }
    }

    public async Task<WorkItemData?> FetchWorkItemAsync(WorkItemRef item, CancellationToken ct)
    {
        await EnsureMembersAsync(ct);
        switch (item.Kind)
        {
            case WorkItemKind.Ticket or WorkItemKind.ProjectTicket:
                return await api.GetTicketAsync(item.PsaId, ct) is { } ticket ? Map(ticket) : null;
            case WorkItemKind.Project:
                var projects = await api.GetProjectsAsync(new CwQuery($"id={item.PsaId}", Page: 1), ct);
                return projects.Count == 0 ? null : Map(projects[0]);
            default:
                var all = await AllAsync((q, c) => api.GetProjectsAsync(q, c), p => p.Id, new CwQuery(), ct);
                foreach (var project in all)
                {
                    var phases = await api.GetPhasesAsync(project.Id, new CwQuery($"id={item.PsaId}", Page: 1), ct);
                    if (phases.Count > 0)
                    {
                        return Map(phases[0], project);
                    }
                }

                return null;
        }
    }

    public async Task<IReadOnlyList<WorkItemData>> FetchWorkItemsAsync(WorkItemKind kind, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        if (kind is not (WorkItemKind.Ticket or WorkItemKind.ProjectTicket or WorkItemKind.Project))
        {
            var one = new List<WorkItemData>();
            foreach (var id in ids)
            {
                if (await FetchWorkItemAsync(new WorkItemRef(kind, id), ct) is { } item)
                {
                    one.Add(item);
                }
            }

            return one;
        }

        await EnsureMembersAsync(ct);
        var items = new List<WorkItemData>();

        // The ids travel in the query string: 100 seven-digit ids stay near 1 KB escaped, well inside URL limits.
        foreach (var chunk in ids.Distinct().Chunk(IdsPerRequest))
        {
            var conditions = $"id in ({string.Join(',', chunk.Select(i => i.ToString(CultureInfo.InvariantCulture)))})";
            if (kind == WorkItemKind.Project)
            {
                items.AddRange((await AllAsync((q, c) => api.GetProjectsAsync(q, c), p => p.Id, new CwQuery(conditions), ct)).Select(Map));
            }
            else
            {
                items.AddRange((await AllAsync((q, c) => api.GetTicketsAsync(q, c), t => t.Id, new CwQuery(conditions), ct)).Select(Map));
            }
        }

        return items;
    }

    public async Task<MemberData?> FetchMemberAsync(int psaId, CancellationToken ct) =>
        (await api.GetMembersAsync(new CwQuery($"id={psaId}", Page: 1), ct)).Select(Map).FirstOrDefault();

    public async Task<CompanyData?> FetchCompanyAsync(int psaId, CancellationToken ct) =>
        (await api.GetCompaniesAsync(new CwQuery($"id={psaId}", Page: 1), ct)).Select(Map).FirstOrDefault();

    public async Task<ContactData?> FetchContactAsync(int psaId, CancellationToken ct) =>
        (await api.GetContactsAsync(new CwQuery($"id={psaId}", Page: 1), ct)).Select(Map).FirstOrDefault();

    private static MemberData Map(CwMember m) =>
        new(m.Id, m.Identifier, m.FirstName ?? "", m.LastName ?? "", m.PrimaryEmail ?? m.OfficeEmail, !m.InactiveFlag, m.Info?.LastUpdated, null);

    private static CompanyData Map(CwCompany c) => new(c.Id, c.Identifier ?? "", c.Name, c.ParentCompany?.Id, !c.DeletedFlag, c.Info?.LastUpdated);

    private static ContactData Map(CwContact c) => new(c.Id, c.Company?.Id, c.FirstName ?? "", c.LastName ?? "", Email(c), !c.InactiveFlag, c.Info?.LastUpdated);

    public async IAsyncEnumerable<IReadOnlyList<NoteData>> ReadNotesAsync(IReadOnlyCollection<WorkItemRef> items, DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        // ConnectWise has no cross-ticket notes endpoint: notes are read per ticket.
        foreach (var item in items.Where(i => i.Kind is WorkItemKind.Ticket or WorkItemKind.ProjectTicket))
        {
            IReadOnlyList<CwNote> notes;
            try
            {
                notes = await AllAsync((q, c) => api.GetTicketNotesAsync(item.PsaId, q, c), n => n.Id, new CwQuery(), ct);
            }
            catch (PsaApiException ex) when (ex.Status == HttpStatusCode.NotFound)
            {
                continue;
            }

            yield return notes.Select(n => Map(n, item)).ToList();
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<TimeEntryData>> ReadTimeEntriesAsync(DateTimeOffset? changedSince, [EnumeratorCancellation] CancellationToken ct)
    {
        var conditions = "(chargeToType=\"ServiceTicket\" or chargeToType=\"ProjectTicket\")"
            + (changedSince is { } since ? $" and lastUpdated>[{Stamp(since)}]" : "");
        int? pageId = null;
        while (true)
        {
            var page = await api.GetTimeEntriesAsync(new CwQuery(conditions, PageSize: PageSize, PageId: pageId), ct);
            if (page.Count > 0)
            {
                yield return page.Where(t => t.ChargeToId is not null).Select(Map).ToList();
                pageId = page[^1].Id;
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }
    }

    public async Task<WorkItemData> SetStatusAsync(WorkItemRef item, int statusPsaId, CancellationToken ct)
    {
        CwPatchOperation[] patch = [new CwPatchOperation("replace", "status", new { id = statusPsaId })];
        if (item.Kind == WorkItemKind.Project)
        {
            // A project's id is no ticket's: patching the ticket endpoint would move whatever ticket has the same number.
            return Map(await api.PatchProjectAsync(item.PsaId, patch, ct));
        }

        await EnsureMembersAsync(ct);
        return Map(await api.PatchTicketAsync(item.PsaId, patch, ct));
    }

    public async Task<WorkItemData> SetPriorityAsync(WorkItemRef item, int priorityPsaId, CancellationToken ct)
    {
        await EnsureMembersAsync(ct);
        return Map(await api.PatchTicketAsync(item.PsaId, [new CwPatchOperation("replace", "priority", new { id = priorityPsaId })], ct));
    }

    public async Task<WorkItemData> SetClientRespondedAsync(WorkItemRef item, CancellationToken ct)
    {
        await EnsureMembersAsync(ct);
        return Map(await api.PatchTicketAsync(item.PsaId, [new CwPatchOperation("replace", "customerUpdatedFlag", true)], ct));
    }

    public async Task<WorkItemData> SetAssigneesAsync(WorkItemRef item, IReadOnlyList<int> memberPsaIds, CancellationToken ct)
    {
        await EnsureMembersAsync(ct);

        // Assigning a member to a ticket is an open schedule entry of type "S"; the ticket's resources follow.
        var entries = await api.GetScheduleEntriesAsync(
            new CwQuery($"objectId={item.PsaId} and type/identifier=\"S\" and doneFlag=false", Page: 1), ct);
        foreach (var entry in entries.Where(e => e.Member is null || !memberPsaIds.Contains(e.Member.Id)))
        {
            await api.DeleteScheduleEntryAsync(entry.Id, ct);
        }

        foreach (var member in memberPsaIds.Where(m => entries.All(e => e.Member?.Id != m)))
        {
            await api.CreateScheduleEntryAsync(new CwNewScheduleEntry(item.PsaId, new CwRef(0, "S"), new CwRef(member)), ct);
        }

        return Map((await api.GetTicketAsync(item.PsaId, ct))!);
    }

    public async Task<NoteData> AddNoteAsync(WorkItemRef item, string text, bool isInternal, int? memberPsaId, int? contactPsaId, CancellationToken ct)
    {
        var note = await api.CreateTicketNoteAsync(item.PsaId, new CwNewNote(
            text, !isInternal, isInternal, false, false, contactPsaId is null && memberPsaId is { } m ? new CwRef(m) : null, contactPsaId is { } c ? new CwRef(c) : null), ct);
        return Map(note, item);
    }

    public async Task<NoteData?> FindNoteAsync(WorkItemRef item, string text, DateTimeOffset since, CancellationToken ct)
    {
        var notes = await AllAsync((q, c) => api.GetTicketNotesAsync(item.PsaId, q, c), n => n.Id, new CwQuery(), ct);
        return notes.Where(n => n.Text == text && (n.DateCreated ?? n.Info?.DateEntered ?? DateTimeOffset.MaxValue) >= since.AddMinutes(-2))
            .Select(n => Map(n, item)).FirstOrDefault();
    }

    public async Task<TimeEntryData> AddTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, decimal hours, string notes, CancellationToken ct)
    {
        var entry = await api.CreateTimeEntryAsync(new CwNewTimeEntry(
            item.PsaId, item.Kind == WorkItemKind.ProjectTicket ? "ProjectTicket" : "ServiceTicket", new CwRef(memberPsaId),
            start, start.AddHours((double)hours), hours, notes), ct);
        return Map(entry);
    }

    public async Task<TimeEntryData?> FindTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, CancellationToken ct)
    {
        var entries = await api.GetTimeEntriesAsync(new CwQuery($"chargeToId={item.PsaId} and member/id={memberPsaId}", Page: 1), ct);
        return entries.Where(e => Math.Abs((e.TimeStart - start).TotalSeconds) < 1).Select(Map).FirstOrDefault();
    }

    public async Task<string> RegisterRealtimeAsync(string url, string secret, string? previous, CancellationToken ct)
    {
        var existing = await api.GetCallbacksAsync(new CwQuery(Page: 1), ct);
        foreach (var callback in existing.Where(c => c.Url.StartsWith(url, StringComparison.OrdinalIgnoreCase)
            || (previous ?? "").Split(',').Contains(c.Id.ToString(CultureInfo.InvariantCulture))))
        {
            await api.DeleteCallbackAsync(callback.Id, ct);
        }

        var ids = new List<int>();
        foreach (var type in CallbackTypes)
        {
            // ConnectWise appends the record id to the URL, so it ends with "recordId=".
            var created = await api.CreateCallbackAsync(new CwNewCallback(
                $"TopLeft {type} feed", $"{url}/{secret}?type={type}&recordId=", 1, type, "owner", false), ct);
            ids.Add(created.Id);
        }

        return string.Join(',', ids);
    }

    public async Task<IReadOnlyList<PermissionCheck>> TestAsync(CancellationToken ct)
    {
        var one = new CwQuery(PageSize: 1, Page: 1);
        return
        [
            await ProbeAsync("Read service tickets", () => api.GetTicketsAsync(one, ct)),
            await ProbeAsync("Read service boards and statuses", () => api.GetBoardsAsync(one, ct)),
            await ProbeAsync("Read priorities", () => api.GetPrioritiesAsync(one, ct)),
            await ProbeAsync("Read members", () => api.GetMembersAsync(one, ct)),
            await ProbeAsync("Read companies", () => api.GetCompaniesAsync(one, ct)),
            await ProbeAsync("Read contacts", () => api.GetContactsAsync(one, ct)),
            await ProbeAsync("Read projects", () => api.GetProjectsAsync(one, ct)),
            await ProbeAsync("Read project statuses", () => api.GetProjectStatusesAsync(one, ct)),
            await ProbeAsync("Read time entries", () => api.GetTimeEntriesAsync(one, ct)),
            await ProbeAsync("Read schedule entries (assignments)", () => api.GetScheduleEntriesAsync(one, ct)),
            await ProbeAsync("Manage callbacks", () => api.GetCallbacksAsync(one, ct)),
        ];
    }

    public Task<RequestBudget?> ReadBudgetAsync(CancellationToken ct) => Task.FromResult<RequestBudget?>(null);

    public Task<CwToken> MintTokenAsync(string memberIdentifier, CancellationToken ct) => api.CreateMemberTokenAsync(memberIdentifier, ct);

    private static async Task<PermissionCheck> ProbeAsync<T>(string permission, Func<Task<T>> probe)
    {
        try
        {
            await probe();
            return new PermissionCheck(permission, true, null);
        }
        catch (PsaApiException ex)
        {
            return new PermissionCheck(permission, false, ex.Status switch
            {
                HttpStatusCode.Unauthorized => "The credentials were not accepted (check company id, keys and clientId).",
                HttpStatusCode.Forbidden => "The API member's security role does not allow this.",
                _ => ex.Message,
            });
        }
        catch (HttpRequestException ex)
        {
            return new PermissionCheck(permission, false, "The site could not be reached: " + ex.Message);
        }
    }

    private static string Conditions(DateTimeOffset? changedSince, bool includeClosed)
    {
        var parts = new List<string>();
        if (changedSince is { } since)
        {
            parts.Add($"lastUpdated>[{Stamp(since)}]");
        }
        else if (!includeClosed)
        {
            parts.Add("closedFlag=false");
        }

        return string.Join(" and ", parts);
    }

    private static string Stamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<T>> AllAsync<T>(Func<CwQuery, CancellationToken, Task<IReadOnlyList<T>>> page, Func<T, int> id, CwQuery query, CancellationToken ct)
    {
        var all = new List<T>();
        int? pageId = null;
        while (true)
        {
            var items = await page(query with { PageSize = PageSize, PageId = pageId, Page = null }, ct);
            all.AddRange(items);
            if (items.Count < PageSize)
            {
                return all;
            }

            pageId = id(items[^1]);
        }
    }

    private async Task EnsureMembersAsync(CancellationToken ct)
    {
        if (memberIds is null)
        {
            var members = await AllAsync((q, c) => api.GetMembersAsync(q, c), m => m.Id, new CwQuery(Fields: "id,identifier"), ct);
            memberIds = members.ToDictionary(m => m.Identifier, m => m.Id, StringComparer.OrdinalIgnoreCase);
        }
    }

    private static string? Email(CwContact contact) =>
        contact.CommunicationItems?.Where(i => string.Equals(i.CommunicationType, "Email", StringComparison.OrdinalIgnoreCase)
                || string.Equals(i.Type?.Name, "Email", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => i.DefaultFlag).Select(i => i.Value).FirstOrDefault();

    private WorkItemData Map(CwTicket t)
    {
        var assignees = (t.Resources ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => memberIds!.TryGetValue(r, out var id) ? id : (int?)null).OfType<int>().Distinct().ToList();
        var project = t.Project is not null || t.RecordType is "ProjectTicket" or "ProjectIssue";
        return new WorkItemData(
            new WorkItemRef(project ? WorkItemKind.ProjectTicket : WorkItemKind.Ticket, t.Id),
            t.Id.ToString(CultureInfo.InvariantCulture), t.Summary ?? "", t.Board?.Id, t.Status?.Id, t.Status?.Name, t.Priority?.Id,
            t.Company?.Id, t.Contact?.Id, t.Project?.Id, t.Phase?.Id, assignees, t.BudgetHours, t.ActualHours, t.ClosedFlag,
            t.CustomerUpdatedFlag, t.Info?.LastUpdated);
    }

    private static WorkItemData Map(CwProject p) => new(
        new WorkItemRef(WorkItemKind.Project, p.Id), p.Id.ToString(CultureInfo.InvariantCulture), p.Name, p.Board?.Id, p.Status?.Id,
        p.Status?.Name, null, p.Company?.Id, p.Contact?.Id, null, null, p.Manager is { } m ? [m.Id] : [], p.BudgetHours, p.ActualHours,
        p.ClosedFlag, false, p.Info?.LastUpdated);

    private static WorkItemData Map(CwPhase p, CwProject project) => new(
        new WorkItemRef(WorkItemKind.Phase, p.Id), p.Id.ToString(CultureInfo.InvariantCulture), p.Description ?? "", p.Board?.Id ?? project.Board?.Id,
        p.Status?.Id, p.Status?.Name, null, project.Company?.Id, null, p.ProjectId, null, [], p.BudgetHours, p.ActualHours, project.ClosedFlag,
        false, p.Info?.LastUpdated);

    private static NoteData Map(CwNote n, WorkItemRef item) => new(
        n.Id, item, n.Text ?? "", n.InternalAnalysisFlag || n.InternalFlag, n.Member?.Id, n.Contact?.Id,
        n.DateCreated ?? n.Info?.DateEntered ?? n.Info?.LastUpdated ?? DateTimeOffset.UnixEpoch, n.Info?.LastUpdated);

    private static TimeEntryData Map(CwTimeEntry t) => new(
        t.Id, new WorkItemRef(t.ChargeToType == "ProjectTicket" ? WorkItemKind.ProjectTicket : WorkItemKind.Ticket, t.ChargeToId ?? 0),
        t.Member?.Id ?? 0, t.TimeStart, t.TimeEnd, t.ActualHours ?? 0, t.Notes, t.Info?.LastUpdated);
}
