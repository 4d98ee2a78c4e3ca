using TopLeft.PsaSimulator.Autotask.Model;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>What Autotask enforces on create, PATCH and PUT, with its "Data violation" wording where known.</summary>
internal static class AtRules
{
    public static AtError? Ticket(AtTenant tenant, AtContext context, AtTicket ticket, AtTicket? existing)
    {
        if (string.IsNullOrWhiteSpace(ticket.Title))
        {
            return AtError.DataViolation("Data violation: title is required.");
        }

        if (tenant.Companies.Find(ticket.CompanyID) is null)
        {
            return AtError.DataViolation($"Data violation: companyID {ticket.CompanyID} does not exist.");
        }

        if (ticket.ContactID is { } contactId && tenant.Contacts.Find(contactId)?.CompanyID != ticket.CompanyID)
        {
            return AtError.DataViolation("Data violation: contactID must be a contact of the ticket's company.");
        }

        if (Picklist(AtPicklists.TicketStatus, ticket.Status, "status") is { } status)
        {
            return status;
        }

        ticket.Priority ??= 2;
        if (Picklist(AtPicklists.TicketPriority, ticket.Priority, "priority") is { } priority)
        {
            return priority;
        }

        if (ticket.QueueID is { } queue && tenant.Queues.All(q => q.Id != queue))
        {
            return AtError.DataViolation($"Data violation: queueID {queue} is not a valid value.");
        }

        if (Assignment(tenant, ticket.AssignedResourceID, ticket.AssignedResourceRoleID) is { } assignment)
        {
            return assignment;
        }

        ticket.TicketNumber = existing?.TicketNumber ?? AtSeeder.NextTicketNumber(tenant, context.Now);
        ticket.CreateDate = existing?.CreateDate;
        ticket.CreatorResourceID = existing?.CreatorResourceID ?? ticket.CreatorResourceID;
        ticket.ImpersonatorCreatorResourceID = existing?.ImpersonatorCreatorResourceID
            ?? (existing is null ? context.ImpersonatorResourceId : null);
        if (ticket.Status == AtPicklists.StatusComplete && existing?.Status != AtPicklists.StatusComplete)
        {
            ticket.CompletedDate = context.Now;
            ticket.CompletedByResourceID = context.ActorResourceId;
        }
        else if (ticket.Status != AtPicklists.StatusComplete)
        {
            ticket.CompletedDate = null;
            ticket.CompletedByResourceID = null;
        }
        else
        {
            ticket.CompletedDate = existing?.CompletedDate;
            ticket.CompletedByResourceID = existing?.CompletedByResourceID;
        }

        return null;
    }

    public static AtError? TicketNote(AtTenant tenant, AtContext context, AtTicketNote note, AtTicketNote? existing)
    {
        if (tenant.Tickets.Find(note.TicketID) is null)
        {
            return AtError.DataViolation($"Data violation: ticketID {note.TicketID} does not exist.");
        }

        if (string.IsNullOrWhiteSpace(note.Description))
        {
            return AtError.DataViolation("Data violation: description is required.");
        }

        if ((Picklist(AtPicklists.NoteType, note.NoteType, "noteType") ?? Picklist(AtPicklists.NotePublish, note.Publish, "publish")) is { } invalid)
        {
            return invalid;
        }

        note.CreateDateTime = existing?.CreateDateTime;
        note.CreatorResourceID = note.CreatedByContactID is not null ? null : existing is null ? context.ActorResourceId : existing.CreatorResourceID;
        note.ImpersonatorCreatorResourceID = existing is null ? context.ImpersonatorResourceId : existing.ImpersonatorCreatorResourceID;
        note.ImpersonatorUpdaterResourceID = existing is null ? null : context.ImpersonatorResourceId;
        return null;
    }

    public static AtError? TaskNote(AtTenant tenant, AtContext context, AtTaskNote note, AtTaskNote? existing)
    {
        if (tenant.Tasks.Find(note.TaskID) is null)
        {
            return AtError.DataViolation($"Data violation: taskID {note.TaskID} does not exist.");
        }

        if (string.IsNullOrWhiteSpace(note.Description))
        {
            return AtError.DataViolation("Data violation: description is required.");
        }

        if ((Picklist(AtPicklists.NoteType, note.NoteType, "noteType") ?? Picklist(AtPicklists.NotePublish, note.Publish, "publish")) is { } invalid)
        {
            return invalid;
        }

        note.CreateDateTime = existing?.CreateDateTime;
        note.CreatorResourceID = existing is null ? context.ActorResourceId : existing.CreatorResourceID;
        note.ImpersonatorCreatorResourceID = existing is null ? context.ImpersonatorResourceId : existing.ImpersonatorCreatorResourceID;
        note.ImpersonatorUpdaterResourceID = existing is null ? null : context.ImpersonatorResourceId;
        return null;
    }

    public static AtError? Task(AtTenant tenant, AtContext context, AtTask task, AtTask? existing)
    {
        if (tenant.Projects.Find(task.ProjectID) is null)
        {
            return AtError.DataViolation($"Data violation: projectID {task.ProjectID} does not exist.");
        }

        if (task.PhaseID is { } phaseId && tenant.Phases.Find(phaseId)?.ProjectID != task.ProjectID)
        {
            return AtError.DataViolation("Data violation: phaseID must be a phase of the task's project.");
        }

        if (string.IsNullOrWhiteSpace(task.Title))
        {
            return AtError.DataViolation("Data violation: title is required.");
        }

        if (Picklist(AtPicklists.TaskStatus, task.Status, "status") is { } status)
        {
            return status;
        }

        if (Assignment(tenant, task.AssignedResourceID, task.AssignedResourceRoleID) is { } assignment)
        {
            return assignment;
        }

        if (task.Status == AtPicklists.StatusComplete)
        {
            // Completing a task zeroes its remaining hours, as Autotask does.
            task.RemainingHours = 0;
            task.CompletedDateTime = existing?.Status == AtPicklists.StatusComplete ? existing.CompletedDateTime : context.Now;
        }
        else
        {
            task.CompletedDateTime = null;
        }

        task.CreateDateTime = existing?.CreateDateTime;
        task.CreatorResourceID = existing?.CreatorResourceID ?? task.CreatorResourceID;
        return null;
    }

    public static AtError? Phase(AtTenant tenant, AtContext context, AtPhase phase, AtPhase? existing)
    {
        if (tenant.Projects.Find(phase.ProjectID) is null)
        {
            return AtError.DataViolation($"Data violation: projectID {phase.ProjectID} does not exist.");
        }

        phase.CreateDate = existing?.CreateDate;
        phase.CreatorResourceID = existing?.CreatorResourceID;
        return string.IsNullOrWhiteSpace(phase.Title) ? AtError.DataViolation("Data violation: title is required.") : null;
    }

    public static AtError? Company(AtTenant tenant, AtContext context, AtCompany company, AtCompany? existing)
    {
        if (string.IsNullOrWhiteSpace(company.CompanyName))
        {
            return AtError.DataViolation("Data violation: companyName is required.");
        }

        if (company.ParentCompanyID is { } parent && (parent == company.Id || tenant.Companies.Find(parent) is null))
        {
            return AtError.DataViolation($"Data violation: parentCompanyID {parent} is not valid.");
        }

        company.CreateDate = existing?.CreateDate;
        return Picklist(AtPicklists.CompanyType, company.CompanyType, "companyType");
    }

    public static AtError? Contact(AtTenant tenant, AtContext context, AtContact contact, AtContact? existing)
    {
        if (tenant.Companies.Find(contact.CompanyID) is null)
        {
            return AtError.DataViolation($"Data violation: companyID {contact.CompanyID} does not exist.");
        }

        contact.CreateDate = existing?.CreateDate;
        return string.IsNullOrWhiteSpace(contact.FirstName) || string.IsNullOrWhiteSpace(contact.LastName)
            ? AtError.DataViolation("Data violation: firstName and lastName are required.")
            : null;
    }

    public static AtError? TimeEntry(AtTenant tenant, AtContext context, AtTimeEntry entry, AtTimeEntry? existing)
    {
        if (entry.TicketID is null == entry.TaskID is null)
        {
            return AtError.DataViolation("Data violation: a time entry needs exactly one of ticketID or taskID.");
        }

        if (entry.TicketID is { } ticketId && tenant.Tickets.Find(ticketId) is null)
        {
            return AtError.DataViolation($"Data violation: ticketID {ticketId} does not exist.");
        }

        if (entry.TaskID is { } taskId && tenant.Tasks.Find(taskId) is null)
        {
            return AtError.DataViolation($"Data violation: taskID {taskId} does not exist.");
        }

        if (entry.ResourceID == 0)
        {
            entry.ResourceID = context.ActorResourceId;
        }

        if (tenant.Resources.Find(entry.ResourceID) is not { } resource)
        {
            return AtError.DataViolation($"Data violation: resourceID {entry.ResourceID} does not exist.");
        }

        if (entry.TicketID is not null && string.IsNullOrWhiteSpace(entry.SummaryNotes))
        {
            return AtError.DataViolation("Data violation: summaryNotes is required for ticket time entries.");
        }

        entry.RoleID ??= resource.DefaultServiceDeskRoleID;
        if (entry.HoursWorked is null && entry.StartDateTime is { } start && entry.EndDateTime is { } end)
        {
            entry.HoursWorked = Math.Round((decimal)(end - start).TotalHours, 2);
        }

        if (entry.HoursWorked is not > 0)
        {
            return AtError.DataViolation("Data violation: hoursWorked must be greater than zero.");
        }

        entry.HoursToBill ??= entry.IsNonBillable ? 0 : entry.HoursWorked;
        entry.DateWorked ??= (entry.StartDateTime ?? context.Now).Date;
        entry.TimeEntryType = entry.TaskID is null ? 2 : 6;
        entry.CreateDateTime = existing?.CreateDateTime;
        entry.CreatorUserResourceID = existing?.CreatorUserResourceID;
        return null;
    }

    public static AtError? SecondaryResource(AtTenant tenant, AtTicketSecondaryResource row, AtTicketSecondaryResource? existing)
    {
        if (tenant.Tickets.Find(row.TicketID) is not { } ticket)
        {
            return AtError.DataViolation($"Data violation: ticketID {row.TicketID} does not exist.");
        }

        if (Assignment(tenant, row.ResourceID, row.RoleID) is { } assignment)
        {
            return assignment;
        }

        return ticket.AssignedResourceID == row.ResourceID
            || tenant.TicketSecondaryResources.All.Any(r => r.TicketID == row.TicketID && r.ResourceID == row.ResourceID && r.Id != row.Id)
            ? AtError.DataViolation("Data violation: the resource is already assigned to this ticket.")
            : null;
    }

    public static AtError? Webhook(AtWebhook hook, AtWebhook? existing)
    {
        if (string.IsNullOrWhiteSpace(hook.Name) || string.IsNullOrWhiteSpace(hook.WebhookUrl) || string.IsNullOrWhiteSpace(hook.DeactivationUrl))
        {
            return AtError.DataViolation("Data violation: name, webhookUrl and deactivationUrl are required.");
        }

        if (hook.SecretKey?.Length > 64)
        {
            return AtError.DataViolation("Data violation: secretKey must be 64 characters or fewer.");
        }

        hook.WebhookGUID = existing?.WebhookGUID ?? Guid.NewGuid();
        hook.OwnerResourceID = existing?.OwnerResourceID;
        hook.IsReady = existing?.IsReady ?? false;
        hook.SecretKey = string.IsNullOrEmpty(hook.SecretKey) ? existing?.SecretKey : hook.SecretKey;
        return null;
    }

    /// <summary>Autotask's best-known 500: assigning needs both the resource and its role in the same call.</summary>
    public static AtError? Assignment(AtTenant tenant, int? resourceId, int? roleId)
    {
        if (resourceId is null && roleId is null)
        {
            return null;
        }

        if (resourceId is null || roleId is null)
        {
            return AtError.DataViolation("Data violation: When assigning a Resource, you must assign both a assignedResourceID and assignedResourceRoleID.");
        }

        if (tenant.Resources.Find(resourceId.Value) is not { IsActive: true })
        {
            return AtError.DataViolation($"Data violation: resource {resourceId} does not exist or is inactive.");
        }

        return tenant.Roles.Find(roleId.Value) is null
            ? AtError.DataViolation($"Data violation: role {roleId} does not exist.")
            : null;
    }

    private static AtError? Picklist(AtPicklistValue[] values, int? value, string field) =>
        value is { } v && values.All(p => p.Id != v)
            ? AtError.DataViolation($"Data violation: {v} is not a valid value for {field}.")
            : null;
}
