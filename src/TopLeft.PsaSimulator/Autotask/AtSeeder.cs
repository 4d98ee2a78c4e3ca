using System.Globalization;
using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Seeding;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Maps the neutral world into Autotask shapes: queues instead of boards, a primary assignee plus
/// TicketSecondaryResources, and project tickets as project Tasks under Phases.
/// </summary>
internal static class AtSeeder
{
    private static readonly int[] StatusByWorld = [1, 8, 7, 10, 5, 5];
    private static readonly int[] TaskStatusByWorld = [1, 4, 7, 4, 5, 5];
    private static readonly int[] PriorityByWorld = [4, 1, 2, 3];

    public static void Seed(AtTenant tenant, MspWorld world, SimulatorOptions options)
    {
        var seeded = world.Anchor.AddDays(-400);
        tenant.Queues = AtPicklists.Queues(world.BoardNames);
        var roles = new[] { "Technician", "Senior Engineer", "Project Manager" }
            .Select(name => tenant.Roles.Add(new AtRole { Name = name, Description = name + " (hourly)" }))
            .ToArray();
        var api = tenant.Resources.Add(new AtResource
        {
            FirstName = "TopLeft", LastName = "API", UserName = options.AutotaskUserName, Email = options.AutotaskUserName,
            Title = "API User", LicenseType = 7, DefaultServiceDeskRoleID = roles[0].Id, LocationID = 1, LastModifiedDateTime = seeded,
        });
        tenant.ApiResourceId = api.Id;
        var resources = world.Members.Select(m => tenant.Resources.Add(new AtResource
        {
            FirstName = m.First, LastName = m.Last, UserName = m.UserName, Email = m.Email, Title = m.Title, LicenseType = 1,
            DefaultServiceDeskRoleID = m.Title.Contains("Senior", StringComparison.Ordinal) ? roles[1].Id : roles[0].Id,
            LocationID = 1, LastModifiedDateTime = seeded,
        })).ToArray();
        foreach (var resource in resources)
        {
            foreach (var role in roles.Take(2))
            {
                tenant.ResourceServiceDeskRoles.Add(new AtResourceServiceDeskRole
                {
                    ResourceID = resource.Id, RoleID = role.Id, IsDefault = role.Id == resource.DefaultServiceDeskRoleID,
                });
            }
        }

        var companies = world.Companies.Select((c, i) => tenant.Companies.Add(new AtCompany
        {
            CompanyName = c.Name, CompanyNumber = (1000 + i).ToString(CultureInfo.InvariantCulture), CompanyType = 1,
            OwnerResourceID = resources[c.OwnerMember].Id, Phone = c.Phone, Address1 = c.Street, City = c.City, State = c.State,
            PostalCode = c.Zip, WebAddress = c.Website, CreateDate = c.Created, LastActivityDate = c.Updated, LastTrackedModifiedDateTime = c.Updated,
        })).ToArray();
        for (var i = 0; i < world.Companies.Count; i++)
        {
            if (world.Companies[i].Parent is { } parent)
            {
                companies[i].ParentCompanyID = companies[parent].Id;
            }
        }

        var contacts = world.Contacts.Select(c => tenant.Contacts.Add(new AtContact
        {
            CompanyID = companies[c.Company].Id, FirstName = c.First, LastName = c.Last, EmailAddress = c.Email, Phone = c.Phone,
            Title = c.Title, CreateDate = c.Updated.AddDays(-30), LastActivityDate = c.Updated, LastModifiedDate = c.Updated,
        })).ToArray();

        // Open projects are New or In Progress (a project board has more than one open column to drop on).
        var projects = world.Projects.Select((p, i) => tenant.Projects.Add(new AtProject
        {
            ProjectName = p.Name, ProjectNumber = $"P{p.Start:yyyyMMdd}.{i + 1:0000}", CompanyID = companies[p.Company].Id,
            Status = p.Closed ? 5 : i % 3 == 0 ? 1 : 2, StartDateTime = p.Start, EndDateTime = p.End, ProjectLeadResourceID = resources[p.Manager].Id,
            EstimatedHours = p.BudgetHours, ActualHours = 0, CompletedPercentage = 0, CompletedDateTime = p.Closed ? p.End : null,
            CreateDateTime = p.Start, LastActivityDateTime = p.Updated,
        })).ToArray();
        var phases = world.Phases.Select(ph => tenant.Phases.Add(new AtPhase
        {
            ProjectID = projects[ph.Project].Id, Title = ph.Title, Description = $"{ph.Title} phase", StartDate = ph.Start, DueDate = ph.End,
            EstimatedHours = ph.BudgetHours, PhaseNumber = ph.Number.ToString(CultureInfo.InvariantCulture), CreateDate = ph.Start,
            CreatorResourceID = projects[ph.Project].ProjectLeadResourceID, LastActivityDateTime = ph.Updated,
        })).ToArray();

        var tickets = new AtTicket?[world.Tickets.Count];
        var tasks = new AtTask?[world.Tickets.Count];
        for (var t = 0; t < world.Tickets.Count; t++)
        {
            var w = world.Tickets[t];
            var assignees = w.Assignees.Select(a => resources[a]).ToArray();
            var primary = assignees.FirstOrDefault();
            var done = w.Status is WorldStatus.Completed or WorldStatus.Closed;
            if (w.Phase is { } phaseIndex)
            {
                var phase = phases[phaseIndex];
                tasks[t] = tenant.Tasks.Add(new AtTask
                {
                    ProjectID = phase.ProjectID, PhaseID = phase.Id, Title = w.Summary, Description = w.Description,
                    Status = TaskStatusByWorld[(int)w.Status], PriorityLabel = 2, AssignedResourceID = primary?.Id,
                    AssignedResourceRoleID = primary is null ? null : primary.DefaultServiceDeskRoleID, EstimatedHours = w.BudgetHours,
                    RemainingHours = done ? 0 : w.BudgetHours, StartDateTime = w.Created, EndDateTime = w.Due,
                    CompletedDateTime = done ? w.Updated : null, CreateDateTime = w.Created, CreatorResourceID = primary?.Id ?? api.Id,
                    LastActivityDateTime = w.Updated,
                });
                continue;
            }

            var ticket = tenant.Tickets.Add(new AtTicket
            {
                TicketNumber = NextTicketNumber(tenant, w.Created), Title = w.Summary, Description = w.Description,
                Status = StatusByWorld[(int)w.Status], Priority = PriorityByWorld[w.Priority], QueueID = tenant.Queues[w.Board].Id,
                CompanyID = companies[w.Company].Id, ContactID = w.Contact is { } c ? contacts[c].Id : null,
                AssignedResourceID = primary?.Id, AssignedResourceRoleID = primary?.DefaultServiceDeskRoleID,
                IssueType = AtPicklists.IssueType[t % AtPicklists.IssueType.Length].Id,
                TicketType = w.Summary.StartsWith("[Alert]", StringComparison.Ordinal) ? 5 : 1,
                TicketCategory = w.Summary.StartsWith("[Alert]", StringComparison.Ordinal) ? 2 : 3,
                Source = w.Summary.StartsWith("[Alert]", StringComparison.Ordinal) ? 8 : AtPicklists.TicketSource[t % 3].Id,
                DueDateTime = w.Due, EstimatedHours = w.BudgetHours, CreateDate = w.Created,
                CreatorResourceID = w.Contact is null ? primary?.Id ?? api.Id : null,
                CompletedDate = done ? w.Updated : null, CompletedByResourceID = done ? primary?.Id ?? api.Id : null,
                LastActivityDate = w.Updated, LastActivityResourceID = primary?.Id, LastTrackedModificationDateTime = w.Updated,
                Resolution = done ? "Resolved, confirmed with the customer." : null,
                UserDefinedFields = [new AtUserDefinedField { Name = "Story Points" }, new AtUserDefinedField { Name = "Billing Reference" }],
            });
            tickets[t] = ticket;
            foreach (var secondary in assignees.Skip(1))
            {
                tenant.TicketSecondaryResources.Add(new AtTicketSecondaryResource
                {
                    TicketID = ticket.Id, ResourceID = secondary.Id, RoleID = secondary.DefaultServiceDeskRoleID ?? roles[0].Id,
                });
            }
        }

        foreach (var n in world.Notes)
        {
            var resource = n.Member is { } m ? resources[m] : null;
            var contact = n.Contact is { } c ? contacts[c] : null;
            var noteType = contact is not null && n.Kind == NoteKind.Discussion && n.Created > world.Tickets[n.Ticket].Created ? 4
                : n.Kind switch { NoteKind.Internal => 2, NoteKind.Resolution => 3, _ => 1 };
            var title = n.Kind == NoteKind.Resolution ? "Resolution" : n.Created == world.Tickets[n.Ticket].Created ? "Description" : "Update";
            if (tickets[n.Ticket] is { } ticket)
            {
                tenant.TicketNotes.Add(new AtTicketNote
                {
                    TicketID = ticket.Id, Title = title, Description = n.Text, NoteType = noteType, Publish = n.Kind == NoteKind.Internal ? 2 : 1,
                    CreateDateTime = n.Created, LastActivityDate = n.Created, CreatorResourceID = resource?.Id, CreatedByContactID = contact?.Id,
                });
            }
            else if (tasks[n.Ticket] is { } task)
            {
                tenant.TaskNotes.Add(new AtTaskNote
                {
                    TaskID = task.Id, Title = title, Description = n.Text, NoteType = noteType, Publish = n.Kind == NoteKind.Internal ? 2 : 1,
                    CreateDateTime = n.Created, LastActivityDate = n.Created, CreatorResourceID = resource?.Id ?? api.Id,
                });
            }
        }

        foreach (var te in world.TimeEntries)
        {
            var resource = resources[te.Member];
            var task = tasks[te.Ticket];
            tenant.TimeEntries.Add(new AtTimeEntry
            {
                TicketID = tickets[te.Ticket]?.Id, TaskID = task?.Id, ResourceID = resource.Id, RoleID = resource.DefaultServiceDeskRoleID,
                DateWorked = te.Start.Date, StartDateTime = te.Start, EndDateTime = te.Start.AddHours((double)te.Hours), HoursWorked = te.Hours,
                HoursToBill = te.Hours, SummaryNotes = te.Notes, TimeEntryType = task is null ? 2 : 6, CreateDateTime = te.Start.AddHours((double)te.Hours),
                CreatorUserResourceID = resource.Id, LastModifiedDateTime = te.Start.AddHours((double)te.Hours),
            });
            if (task is not null && tenant.Projects.Find(task.ProjectID) is { } project)
            {
                project.ActualHours = (project.ActualHours ?? 0) + te.Hours;
            }
        }

        foreach (var project in projects)
        {
            project.CompletedPercentage = project.EstimatedHours is > 0
                ? (int)Math.Min(100, Math.Round((project.ActualHours ?? 0) * 100 / project.EstimatedHours.Value))
                : 0;
        }
    }

    public static string NextTicketNumber(AtTenant tenant, DateTime created)
    {
        var day = created.Date;
        var next = tenant.TicketNumbers.GetValueOrDefault(day) + 1;
        tenant.TicketNumbers[day] = next;
        return $"T{day:yyyyMMdd}.{next:0000}";
    }
}
