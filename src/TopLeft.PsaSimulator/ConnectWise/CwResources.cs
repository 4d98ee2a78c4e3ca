using TopLeft.PsaSimulator.ConnectWise.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>The collections this simulator serves under <c>/{codebase}/apis/3.0/</c>.</summary>
internal static class CwResources
{
    public static readonly IReadOnlyList<CwResource> All = Build();

    private static readonly Dictionary<string, CwResource> ByTemplate =
        All.ToDictionary(r => r.Template, StringComparer.OrdinalIgnoreCase);

    public static CwResource? Find(string template) => ByTemplate.GetValueOrDefault(template);

    private static List<CwResource> Build() =>
    [
        Tickets("service/tickets", projectOnly: false),
        Tickets("project/tickets", projectOnly: true),
        Notes("service/tickets/{}/notes"),
        Notes("project/tickets/{}/notes"),
        new()
        {
            Template = "service/tickets/{}/timeentries", Name = "timeEntry", EntityType = typeof(CwTimeEntry),
            Source = (t, p) => t.Tickets.Find(p[0]) is null ? null : t.TimeEntries.All.Where(e => e.ChargeToId == p[0]),
            Find = (t, p, id) => t.TimeEntries.Find(id) is { } e && e.ChargeToId == p[0] ? e : null,
        },
        new()
        {
            Template = "service/tickets/{}/scheduleentries", Name = "scheduleEntry", EntityType = typeof(CwScheduleEntry),
            Source = (t, p) => t.Tickets.Find(p[0]) is null ? null : t.ScheduleByTicket.GetValueOrDefault(p[0]) ?? [],
            Find = (t, p, id) => t.ScheduleEntries.Find(id) is { } e && e.ObjectId == p[0] ? e : null,
        },
        ReadOnly("service/boards", "board", typeof(CwBoard), t => t.Boards),
        new()
        {
            Template = "service/boards/{}/statuses", Name = "boardStatus", EntityType = typeof(CwBoardStatus),
            Source = (t, p) => t.Boards.Find(p[0]) is null ? null : t.Statuses.All.Where(s => s.Board?.Id == p[0]),
            Find = (t, p, id) => t.Statuses.Find(id) is { } s && s.Board?.Id == p[0] ? s : null,
        },
        ReadOnly("service/priorities", "priority", typeof(CwPriority), t => t.Priorities),
        ReadOnly("system/members", "member", typeof(CwMember), t => t.Members),
        TimeEntries(),
        ScheduleEntries(),
        ProjectsResource(),
        ReadOnly("project/statuses", "projectStatus", typeof(CwProjectStatus), t => t.ProjectStatuses),
        new()
        {
            Template = "project/projects/{}/phases", Name = "phase", EntityType = typeof(CwPhase),
            Source = (t, p) => t.Projects.Find(p[0]) is null ? null : t.Phases.All.Where(ph => ph.ProjectId == p[0]),
            Find = (t, p, id) => t.Phases.Find(id) is { } ph && ph.ProjectId == p[0] ? ph : null,
            Prepare = (t, c, p, e, x) =>
            {
                var phase = (CwPhase)e;
                phase.ProjectId = p[0];
                phase.ActualHours = ((CwPhase?)x)?.ActualHours ?? 0;
                return string.IsNullOrWhiteSpace(phase.Description) ? CwError.Invalid("phase", "description", "description may not be empty", "NullValue") : null;
            },
            Insert = (t, e) => t.Phases.Add((CwPhase)e),
            Replace = (t, e) => t.Phases.Replace((CwPhase)e),
            Remove = (t, e) => t.Phases.Remove(e.Id),
            CallbackType = "project",
            Levels = e => new Dictionary<string, int> { ["project"] = ((CwPhase)e).ProjectId },
        },
        Editable("company/companies", "company", typeof(CwCompany), t => t.Companies, "company",
            e => new Dictionary<string, int> { ["company"] = e.Id }),
        Editable("company/contacts", "contact", typeof(CwContact), t => t.Contacts, "contact",
            e => new Dictionary<string, int> { ["contact"] = e.Id, ["company"] = ((CwContact)e).Company?.Id ?? 0 }),
        new()
        {
            Template = "system/callbacks", Name = "callback", EntityType = typeof(CwCallback),
            Source = (t, _) => t.Callbacks.All,
            After = (t, _, id) => t.Callbacks.After(id),
            Find = (t, _, id) => t.Callbacks.Find(id),
            Prepare = (t, c, _, e, x) => CwChildRules.PrepareCallback(t, c, (CwCallback)e, (CwCallback?)x),
            Insert = (t, e) => t.Callbacks.Add((CwCallback)e),
            Replace = (t, e) => t.Callbacks.Replace((CwCallback)e),
            Remove = (t, e) => t.Callbacks.Remove(e.Id),
        },
    ];

    private static CwResource Tickets(string template, bool projectOnly) => new()
    {
        Template = template, Name = "ticket", EntityType = typeof(CwTicket),
        Source = (t, _) => projectOnly ? t.Tickets.All.Where(x => x.Project is not null) : t.Tickets.All,
        After = (t, _, id) => projectOnly ? t.Tickets.After(id).Where(x => x.Project is not null) : t.Tickets.After(id),
        Find = (t, _, id) => t.Tickets.Find(id) is { } x && (!projectOnly || x.Project is not null) ? x : null,
        Prepare = (t, c, _, e, x) => CwTicketRules.Prepare(t, c, (CwTicket)e, (CwTicket?)x, projectOnly),
        Insert = (t, e) => t.Tickets.Add((CwTicket)e),
        Replace = (t, e) => t.Tickets.Replace((CwTicket)e),
        Remove = (t, e) =>
        {
            t.NotesByTicket.Remove(e.Id);
            t.ScheduleByTicket.Remove(e.Id);
            return t.Tickets.Remove(e.Id);
        },
        CallbackType = "ticket",
        Levels = e => CwTicketRules.Levels((CwTicket)e),
    };

    private static CwResource Notes(string template) => new()
    {
        Template = template, Name = "ticketNote", EntityType = typeof(CwTicketNote),
        Source = (t, p) => t.Tickets.Find(p[0]) is null ? null : t.NotesByTicket.GetValueOrDefault(p[0]) ?? [],
        Find = (t, p, id) => t.Notes.Find(id) is { } n && n.TicketId == p[0] ? n : null,
        Prepare = (t, c, p, e, x) => CwChildRules.PrepareNote(t, c, p[0], (CwTicketNote)e, (CwTicketNote?)x),
        Insert = (t, e) => t.IndexNote(t.Notes.Add((CwTicketNote)e)),
        Replace = (t, e) =>
        {
            var note = (CwTicketNote)e;
            t.Notes.Replace(note);
            ReplaceIn(t.NotesByTicket, note.TicketId, note);
        },
        Remove = (t, e) =>
        {
            t.NotesByTicket.GetValueOrDefault(((CwTicketNote)e).TicketId)?.RemoveAll(n => n.Id == e.Id);
            return t.Notes.Remove(e.Id);
        },
        AfterWrite = (t, c, before, after, changes) =>
        {
            var note = (CwTicketNote)(after ?? before)!;
            CwChildRules.TouchTicket(t, c, note.TicketId, changes, ticket =>
            {
                if (after is CwTicketNote { CustomerUpdatedFlag: true })
                {
                    ticket.CustomerUpdatedFlag = true;
                }
            });
        },
    };

    private static CwResource TimeEntries() => new()
    {
        Template = "time/entries", Name = "timeEntry", EntityType = typeof(CwTimeEntry),
        Source = (t, _) => t.TimeEntries.All,
        After = (t, _, id) => t.TimeEntries.After(id),
        Find = (t, _, id) => t.TimeEntries.Find(id),
        Prepare = (t, c, _, e, x) => CwChildRules.PrepareTime(t, c, (CwTimeEntry)e, (CwTimeEntry?)x),
        Insert = (t, e) => t.TimeEntries.Add((CwTimeEntry)e),
        Replace = (t, e) => t.TimeEntries.Replace((CwTimeEntry)e),
        Remove = (t, e) => t.TimeEntries.Remove(e.Id),
        CallbackType = "time",
        Levels = e => new Dictionary<string, int> { ["time"] = e.Id, ["company"] = ((CwTimeEntry)e).Company?.Id ?? 0 },
        AfterWrite = (t, c, before, after, changes) =>
        {
            foreach (var ticketId in new[] { ((CwTimeEntry?)before)?.ChargeToId, ((CwTimeEntry?)after)?.ChargeToId }.OfType<int>().Distinct())
            {
                CwChildRules.TouchTicket(t, c, ticketId, changes, ticket => CwChildRules.RecomputeHours(t, ticket));
            }
        },
    };

    private static CwResource ScheduleEntries() => new()
    {
        Template = "schedule/entries", Name = "scheduleEntry", EntityType = typeof(CwScheduleEntry),
        Source = (t, _) => t.ScheduleEntries.All,
        After = (t, _, id) => t.ScheduleEntries.After(id),
        Find = (t, _, id) => t.ScheduleEntries.Find(id),
        Prepare = (t, c, _, e, x) => CwChildRules.PrepareSchedule(t, c, (CwScheduleEntry)e, (CwScheduleEntry?)x),
        Insert = (t, e) =>
        {
            var entry = t.ScheduleEntries.Add((CwScheduleEntry)e);
            if (entry.ObjectId is { } ticketId && entry.Type?.Identifier == "S")
            {
                AddTo(t.ScheduleByTicket, ticketId, entry);
            }
        },
        Replace = (t, e) =>
        {
            var entry = (CwScheduleEntry)e;
            foreach (var list in t.ScheduleByTicket.Values)
            {
                list.RemoveAll(x => x.Id == entry.Id);
            }

            t.ScheduleEntries.Replace(entry);
            if (entry.ObjectId is { } ticketId && entry.Type?.Identifier == "S")
            {
                AddTo(t.ScheduleByTicket, ticketId, entry);
            }
        },
        Remove = (t, e) =>
        {
            if (((CwScheduleEntry)e).ObjectId is { } ticketId)
            {
                t.ScheduleByTicket.GetValueOrDefault(ticketId)?.RemoveAll(x => x.Id == e.Id);
            }

            return t.ScheduleEntries.Remove(e.Id);
        },
        CallbackType = "schedule",
        Levels = e => new Dictionary<string, int> { ["schedule"] = e.Id, ["member"] = ((CwScheduleEntry)e).Member?.Id ?? 0 },
        AfterWrite = (t, c, before, after, changes) =>
        {
            foreach (var ticketId in new[] { ((CwScheduleEntry?)before)?.ObjectId, ((CwScheduleEntry?)after)?.ObjectId }.OfType<int>().Distinct())
            {
                CwChildRules.TouchTicket(t, c, ticketId, changes, ticket => CwChildRules.RefreshResources(t, ticket));
            }
        },
    };

    /// <summary>Projects; a status given by id takes that status's name and closed flag, an unknown one is refused.</summary>
    private static CwResource ProjectsResource() => Editable("project/projects", "project", typeof(CwProject), t => t.Projects, "project",
        e => new Dictionary<string, int> { ["project"] = e.Id },
        (t, _, _, e, _) =>
        {
            var project = (CwProject)e;
            if (project.Status is not { Id: > 0 } wanted)
            {
                return null;
            }

            if (t.ProjectStatuses.Find(wanted.Id) is not { } status)
            {
                return CwError.Invalid("project", "status", $"Project status {wanted.Id} does not exist");
            }

            project.Status = new CwRef { Id = status.Id, Name = status.Name };
            project.ClosedFlag = status.ClosedFlag;
            return null;
        });

    private static CwResource ReadOnly<T>(string template, string name, Type type, Func<CwTenant, EntityTable<T>> table)
        where T : CwEntity => new()
    {
        Template = template, Name = name, EntityType = type,
        Source = (t, _) => table(t).All,
        After = (t, _, id) => table(t).After(id),
        Find = (t, _, id) => table(t).Find(id),
    };

    private static CwResource Editable<T>(
        string template, string name, Type type, Func<CwTenant, EntityTable<T>> table, string callbackType,
        Func<CwEntity, IReadOnlyDictionary<string, int>> levels, Func<CwTenant, CwWriteContext, int[], CwEntity, CwEntity?, CwError?>? prepare = null)
        where T : CwEntity => new()
    {
        Template = template, Name = name, EntityType = type,
        Source = (t, _) => table(t).All,
        After = (t, _, id) => table(t).After(id),
        Find = (t, _, id) => table(t).Find(id),
        Prepare = prepare ?? ((_, _, _, _, _) => null),
        Insert = (t, e) => table(t).Add((T)e),
        Replace = (t, e) => table(t).Replace((T)e),
        Remove = (t, e) => table(t).Remove(e.Id),
        CallbackType = callbackType,
        Levels = levels,
    };

    private static void AddTo<T>(Dictionary<int, List<T>> index, int key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }

    private static void ReplaceIn<T>(Dictionary<int, List<T>> index, int key, T item)
        where T : Entity
    {
        if (index.GetValueOrDefault(key) is { } list && list.FindIndex(x => x.Id == item.Id) is >= 0 and var at)
        {
            list[at] = item;
        }
    }
}
