using TopLeft.PsaSimulator.ConnectWise.Model;
using TopLeft.PsaSimulator.Seeding;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>Maps the neutral world into ConnectWise shapes: boards with statuses, schedule entries for assignees.</summary>
internal static class CwSeeder
{
    private static readonly (string Name, string Color)[] PriorityNames =
    [
        ("Priority 1 - Critical", "Red"), ("Priority 2 - High", "Orange"), ("Priority 3 - Normal", "Blue"), ("Priority 4 - Low", "Green"),
    ];

    private static readonly (string Name, bool Closed, string Escalation)[] StatusNames =
    [
        ("New", false, "NotResponded"), ("In Progress", false, "Responded"), ("Waiting on Client", false, "ResolutionPlan"),
        ("Scheduled", false, "Responded"), ("Completed", true, "Resolved"), ("Closed", true, "Resolved"),
    ];

    public static void Seed(CwTenant tenant, MspWorld world)
    {
        var anchor = world.Anchor;
        var seeded = anchor.AddDays(-400);
        var members = world.Members.Select(m => tenant.Members.Add(new CwMember
        {
            Identifier = m.UserName, FirstName = m.First, LastName = m.Last, Title = m.Title,
            OfficeEmail = m.Email, PrimaryEmail = m.Email,
            DefaultLocation = new CwRef { Id = 2, Name = "Main Office" },
            DefaultDepartment = new CwRef { Id = 10, Identifier = "Services", Name = "Services" },
            Info = Info(seeded, "admin"),
        })).ToArray();
        var priorities = PriorityNames.Select((p, i) => tenant.Priorities.Add(new CwPriority
        {
            Name = p.Name, Color = p.Color, SortOrder = i + 1, DefaultFlag = i == 2, Info = Info(seeded, "admin"),
        })).ToArray();

        var statusesByBoard = new List<CwBoardStatus[]>();
        var boards = world.BoardNames.Select((name, i) => tenant.Boards.Add(new CwBoard
        {
            Name = name, ProjectFlag = i == world.ProjectBoard && world.BoardNames.Count > 1,
            Location = new CwRef { Id = 2, Name = "Main Office" },
            Department = new CwRef { Id = 10, Identifier = "Services", Name = "Services" },
            Info = Info(seeded, "admin"),
        })).ToArray();
        foreach (var board in boards)
        {
            var statuses = StatusNames.Select((s, i) => tenant.Statuses.Add(new CwBoardStatus
            {
                Name = s.Name, Board = new CwRef { Id = board.Id, Name = board.Name }, SortOrder = i, ClosedStatus = s.Closed,
                DefaultFlag = i == 0, EscalationStatus = s.Escalation, TimeEntryNotAllowed = s.Name == "Closed",
                DisplayOnBoard = s.Name != "Closed", Info = Info(seeded, "admin"),
            })).ToList();
            if (board.Name == "Service Desk")
            {
                // Boards differ in real tenants; one extra column keeps clients from assuming they match.
                statuses.Add(tenant.Statuses.Add(new CwBoardStatus
                {
                    Name = "Waiting on Vendor", Board = new CwRef { Id = board.Id, Name = board.Name }, SortOrder = 3,
                    EscalationStatus = "ResolutionPlan", Info = Info(seeded, "admin"),
                }));
            }

            statusesByBoard.Add([.. statuses]);
        }

        var companies = world.Companies.Select(c => tenant.Companies.Add(new CwCompany
        {
            Identifier = c.Identifier, Name = c.Name, Status = new CwRef { Id = 1, Name = "Active" },
            Types = [new CwRef { Id = 1, Name = "Client" }], AddressLine1 = c.Street, City = c.City, State = c.State,
            Zip = c.Zip, PhoneNumber = c.Phone, Website = c.Website, Territory = new CwRef { Id = 1, Name = "Main" },
            Info = Info(c.Updated, "admin", c.Created),
        })).ToArray();
        for (var i = 0; i < world.Companies.Count; i++)
        {
            if (world.Companies[i].Parent is { } parent)
            {
                companies[i].ParentCompany = Ref(companies[parent]);
            }
        }

        var contacts = world.Contacts.Select(c => tenant.Contacts.Add(new CwContact
        {
            FirstName = c.First, LastName = c.Last, Company = Ref(companies[c.Company]), Title = c.Title,
            DefaultPhoneNbr = c.Phone,
            CommunicationItems =
            [
                new CwCommunicationItem { Id = 1, Type = new CwRef { Id = 1, Name = "Email" }, Value = c.Email, DefaultFlag = true, CommunicationType = "Email" },
                new CwCommunicationItem { Id = 2, Type = new CwRef { Id = 2, Name = "Direct" }, Value = c.Phone, DefaultFlag = true, CommunicationType = "Phone" },
            ],
            Info = Info(c.Updated, "admin"),
        })).ToArray();

        var projectStatuses = new[] { ("Open", false), ("In Progress", false), ("Closed", true), ("On Hold", false) }
            .Select((s, i) => tenant.ProjectStatuses.Add(new CwProjectStatus { Name = s.Item1, ClosedFlag = s.Item2, DefaultFlag = i == 0, Info = Info(seeded, "admin") }))
            .ToArray();
        CwRef ProjectStatus(int index) => new() { Id = projectStatuses[index].Id, Name = projectStatuses[index].Name };

        // Open projects are Open or In Progress (a project board has more than one open column to drop on).
        var projects = world.Projects.Select((p, i) => tenant.Projects.Add(new CwProject
        {
            Name = p.Name, Board = new CwRef { Id = boards[world.ProjectBoard].Id, Name = boards[world.ProjectBoard].Name },
            Status = ProjectStatus(p.Closed ? 2 : i % 3 == 0 ? 0 : 1),
            Company = Ref(companies[p.Company]), Manager = Ref(members[p.Manager]), EstimatedStart = p.Start,
            EstimatedEnd = p.End, ActualStart = p.Start, ActualEnd = p.Closed ? p.End : null, BudgetHours = p.BudgetHours,
            ActualHours = 0, ScheduledHours = p.BudgetHours, ClosedFlag = p.Closed, Info = Info(p.Updated, members[p.Manager].Identifier, p.Start),
        })).ToArray();
        var phases = world.Phases.Select(ph => tenant.Phases.Add(new CwPhase
        {
            ProjectId = projects[ph.Project].Id, Description = ph.Title,
            Status = ph.End < anchor ? new CwRef { Id = 3, Name = "Completed" } : new CwRef { Id = 1, Name = "Open" },
            WbsCode = ph.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Board = projects[ph.Project].Board,
            BudgetHours = ph.BudgetHours, ActualHours = 0, ScheduledStart = ph.Start, ScheduledEnd = ph.End, DeadlineDate = ph.End,
            Info = Info(ph.Updated, "admin", ph.Start),
        })).ToArray();

        var tickets = new CwTicket[world.Tickets.Count];
        for (var t = 0; t < world.Tickets.Count; t++)
        {
            var w = world.Tickets[t];
            var status = statusesByBoard[w.Board][(int)w.Status];
            var board = boards[w.Board];
            var phase = w.Phase is { } phaseIndex ? phases[phaseIndex] : null;
            var project = phase is null ? null : projects[world.Phases[w.Phase!.Value].Project];
            var assignees = w.Assignees.Select(a => members[a]).ToArray();
            var contact = w.Contact is { } ci ? contacts[ci] : null;
            tickets[t] = tenant.Tickets.Add(new CwTicket
            {
                Summary = w.Summary, RecordType = phase is null ? "ServiceTicket" : "ProjectTicket",
                Board = new CwRef { Id = board.Id, Name = board.Name }, Status = new CwRef { Id = status.Id, Name = status.Name },
                Project = project is null ? null : new CwRef { Id = project.Id, Name = project.Name },
                Phase = phase is null ? null : new CwRef { Id = phase.Id, Name = phase.Description },
                WbsCode = phase?.WbsCode, IsIssueFlag = phase is null ? null : false,
                Company = Ref(companies[w.Company]), Contact = contact is null ? null : new CwRef { Id = contact.Id, Name = $"{contact.FirstName} {contact.LastName}" },
                ContactName = contact is null ? null : $"{contact.FirstName} {contact.LastName}",
                ContactEmailAddress = contact?.CommunicationItems?[0].Value,
                Owner = assignees.Length > 0 ? Ref(assignees[0]) : null,
                Priority = new CwRef { Id = priorities[w.Priority].Id, Name = priorities[w.Priority].Name, Sort = priorities[w.Priority].SortOrder },
                Severity = "Medium", Impact = "Medium", Source = new[] { "Email", "Phone", "Portal" }[t % 3],
                Resources = assignees.Length > 0 ? string.Join(", ", assignees.Select(a => a.Identifier)) : null,
                RequiredDate = w.Due, BudgetHours = w.BudgetHours, ActualHours = 0,
                ClosedFlag = status.ClosedStatus, ClosedDate = status.ClosedStatus ? w.Updated : null,
                ClosedBy = status.ClosedStatus ? assignees.FirstOrDefault()?.Identifier ?? "admin" : null,
                CustomerUpdatedFlag = w.CustomerUpdated,
                Info = Info(w.Updated, assignees.FirstOrDefault()?.Identifier ?? "admin", w.Created),
            });

            foreach (var (member, index) in assignees.Select((m, i) => (m, i)))
            {
                var start = w.Created.AddHours(2 + index);
                var entry = tenant.ScheduleEntries.Add(new CwScheduleEntry
                {
                    ObjectId = tickets[t].Id, Name = $"{companies[w.Company].Name} / {w.Summary}", Member = Ref(member),
                    Type = new CwRef { Id = 4, Identifier = "S", Name = "Service" }, DateStart = start, DateEnd = start.AddHours(1),
                    Hours = 1, DoneFlag = status.ClosedStatus, OwnerFlag = index == 0, AcknowledgedFlag = true,
                    Status = new CwRef { Id = 2, Name = "Firm" }, Where = new CwRef { Id = 1, Name = "In-house" },
                    Info = Info(w.Created, "admin"),
                });
                Index(tenant.ScheduleByTicket, tickets[t].Id, entry);
            }
        }

        foreach (var n in world.Notes)
        {
            var ticket = tickets[n.Ticket];
            var member = n.Member is { } m ? members[m] : null;
            var contact = n.Contact is { } c ? contacts[c] : null;
            tenant.IndexNote(tenant.Notes.Add(new CwTicketNote
            {
                TicketId = ticket.Id, Text = n.Text, DetailDescriptionFlag = n.Kind == NoteKind.Discussion,
                InternalAnalysisFlag = n.Kind == NoteKind.Internal, ResolutionFlag = n.Kind == NoteKind.Resolution,
                InternalFlag = n.Kind == NoteKind.Internal, ExternalFlag = n.Kind != NoteKind.Internal,
                CustomerUpdatedFlag = contact is not null, ProcessNotifications = false,
                Member = member is null ? null : Ref(member),
                Contact = contact is null ? null : new CwRef { Id = contact.Id, Name = $"{contact.FirstName} {contact.LastName}" },
                DateCreated = n.Created, CreatedBy = member?.Identifier ?? "Customer",
                Info = Info(n.Created, member?.Identifier ?? "Customer"),
            }));
        }

        foreach (var te in world.TimeEntries)
        {
            var ticket = tickets[te.Ticket];
            var member = members[te.Member];
            ticket.ActualHours = (ticket.ActualHours ?? 0) + te.Hours;
            tenant.TimeEntries.Add(new CwTimeEntry
            {
                Company = ticket.Company, ChargeToId = ticket.Id, ChargeToType = ticket.RecordType,
                Ticket = new CwTicketRef { Id = ticket.Id, Summary = ticket.Summary }, Project = ticket.Project, Phase = ticket.Phase,
                Member = Ref(member), TimeStart = te.Start, TimeEnd = te.Start.AddHours((double)te.Hours), ActualHours = te.Hours,
                HoursDeduct = 0, Notes = te.Notes, WorkType = new CwRef { Id = 1, Name = "Remote Support" },
                WorkRole = new CwRef { Id = 1, Name = "Technician" }, AddToDetailDescriptionFlag = true,
                Status = te.Start < world.Anchor.AddDays(-30) ? "Billed" : "Open", DateEntered = te.Start.AddHours((double)te.Hours),
                EnteredBy = member.Identifier, Info = Info(te.Start.AddHours((double)te.Hours), member.Identifier),
            });
            if (ticket.Phase is { } phaseRef && tenant.Phases.Find(phaseRef.Id) is { } phase)
            {
                phase.ActualHours = (phase.ActualHours ?? 0) + te.Hours;
                if (tenant.Projects.Find(phase.ProjectId) is { } project)
                {
                    project.ActualHours = (project.ActualHours ?? 0) + te.Hours;
                }
            }
        }

        foreach (var project in projects)
        {
            project.PercentComplete = project.BudgetHours is > 0 ? Math.Min(100, Math.Round((project.ActualHours ?? 0) * 100 / project.BudgetHours.Value)) : 0;
        }
    }

    internal static CwRef Ref(CwMember member) => new() { Id = member.Id, Identifier = member.Identifier, Name = $"{member.FirstName} {member.LastName}" };

    internal static CwRef Ref(CwCompany company) => new() { Id = company.Id, Identifier = company.Identifier, Name = company.Name };

    private static CwInfo Info(DateTime updated, string by, DateTime? entered = null) =>
        new() { LastUpdated = updated, UpdatedBy = by, DateEntered = entered, EnteredBy = entered is null ? null : by };

    private static void Index<T>(Dictionary<int, List<T>> index, int key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(item);
    }
}
