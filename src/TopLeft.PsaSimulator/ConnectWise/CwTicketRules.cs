using TopLeft.PsaSimulator.ConnectWise.Model;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>What ConnectWise enforces when a ticket is created, patched or replaced.</summary>
internal static class CwTicketRules
{
    public static CwError? Prepare(CwTenant tenant, CwWriteContext context, CwTicket ticket, CwTicket? existing, bool projectTicket)
    {
        if (string.IsNullOrWhiteSpace(ticket.Summary))
        {
            return CwError.Invalid("ticket", "summary", "summary may not be empty", "NullValue");
        }

        if (ticket.Summary.Length > 100)
        {
            return CwError.Invalid("ticket", "summary", "summary must be 100 characters or fewer", "InvalidLength");
        }

        CwProject? project = null;
        CwPhase? phase = null;
        if (ticket.Phase is { Id: not 0 } phaseRef)
        {
            phase = tenant.Phases.Find(phaseRef.Id);
            if (phase is null)
            {
                return CwError.Invalid("ticket", "phase", $"Phase ID {phaseRef.Id} not found", "InvalidReference");
            }

            project = tenant.Projects.Find(phase.ProjectId);
        }
        else if (ticket.Project is { Id: not 0 } projectRef)
        {
            project = tenant.Projects.Find(projectRef.Id);
            if (project is null)
            {
                return CwError.Invalid("ticket", "project", $"Project ID {projectRef.Id} not found", "InvalidReference");
            }
        }

        if (projectTicket && project is null)
        {
            return CwError.Invalid("ticket", "project", "project may not be empty", "NullValue");
        }

        var board = CwReferences.Board(tenant, ticket.Board)
            ?? (ticket.Board is null && project?.Board is { } projectBoard ? tenant.Boards.Find(projectBoard.Id) : null)
            ?? (ticket.Board is null ? tenant.Boards.All.FirstOrDefault(b => !b.ProjectFlag) ?? tenant.Boards.All.FirstOrDefault() : null);
        if (board is null)
        {
            return CwError.Invalid("ticket", "board", "Board not found", "InvalidReference");
        }

        var statuses = tenant.Statuses.All.Where(s => s.Board?.Id == board.Id).ToList();
        CwBoardStatus? status;
        if (ticket.Status is null)
        {
            status = statuses.FirstOrDefault(s => s.DefaultFlag) ?? statuses.FirstOrDefault();
        }
        else if (ticket.Status.Id != 0)
        {
            status = tenant.Statuses.Find(ticket.Status.Id);
            if (status is null)
            {
                return CwError.Invalid("ticket", "status", $"Status ID {ticket.Status.Id} not found", "InvalidReference");
            }

            if (status.Board?.Id != board.Id)
            {
                // Moving to another board means replacing board and status together.
                return CwError.Invalid("ticket", "status",
                    $"The status '{status.Name}' (id {status.Id}) is not valid for board '{board.Name}'.");
            }
        }
        else
        {
            status = statuses.FirstOrDefault(s => s.Name.Equals(ticket.Status.Name, StringComparison.OrdinalIgnoreCase));
            if (status is null)
            {
                return CwError.Invalid("ticket", "status", $"The status '{ticket.Status.Name}' is not valid for board '{board.Name}'.");
            }
        }

        if (status is null)
        {
            return CwError.Invalid("ticket", "status", $"Board '{board.Name}' has no statuses.");
        }

        var company = CwReferences.Company(tenant, ticket.Company)
            ?? (ticket.Company is null && project?.Company is { } projectCompany ? tenant.Companies.Find(projectCompany.Id) : null);
        if (company is null)
        {
            return ticket.Company is null
                ? CwError.Invalid("ticket", "company", "company may not be empty", "NullValue")
                : CwError.Invalid("ticket", "company", "Company not found", "InvalidReference");
        }

        CwContact? contact = null;
        if (ticket.Contact is { Id: not 0 } contactRef)
        {
            contact = tenant.Contacts.Find(contactRef.Id);
            if (contact is null)
            {
                return CwError.Invalid("ticket", "contact", $"Contact ID {contactRef.Id} not found", "InvalidReference");
            }
        }

        CwMember? owner = null;
        if (ticket.Owner is not null)
        {
            owner = CwReferences.Member(tenant, ticket.Owner);
            if (owner is null)
            {
                return CwError.Invalid("ticket", "owner", "Owner not found", "InvalidReference");
            }
        }

        var priority = CwReferences.Priority(tenant, ticket.Priority)
            ?? (ticket.Priority is null ? tenant.Priorities.All.FirstOrDefault(p => p.DefaultFlag) : null);
        if (priority is null)
        {
            return CwError.Invalid("ticket", "priority", "Priority not found", "InvalidReference");
        }

        ticket.Board = new CwRef { Id = board.Id, Name = board.Name };
        ticket.Status = new CwRef { Id = status.Id, Name = status.Name };
        ticket.Company = CwReferences.Ref(company);
        ticket.Contact = contact is null ? null : CwReferences.Ref(contact);
        if (contact is not null)
        {
            ticket.ContactName ??= $"{contact.FirstName} {contact.LastName}";
            ticket.ContactEmailAddress ??= contact.CommunicationItems?.FirstOrDefault(c => c.CommunicationType == "Email")?.Value;
        }

        ticket.Owner = owner is null ? null : CwReferences.Ref(owner);
        ticket.Priority = new CwRef { Id = priority.Id, Name = priority.Name, Sort = priority.SortOrder };
        ticket.Project = project is null ? null : new CwRef { Id = project.Id, Name = project.Name };
        ticket.Phase = phase is null ? null : new CwRef { Id = phase.Id, Name = phase.Description };
        ticket.WbsCode = phase?.WbsCode;
        ticket.RecordType = project is null ? "ServiceTicket" : ticket.IsIssueFlag == true ? "ProjectIssue" : "ProjectTicket";
        ticket.IsIssueFlag = project is null ? null : ticket.IsIssueFlag ?? false;

        // Server-owned fields survive PUT and PATCH whatever the client sent.
        ticket.Resources = existing?.Resources;
        ticket.ActualHours = existing?.ActualHours ?? 0;
        ticket.HasChildTicket = existing?.HasChildTicket ?? false;
        ticket.InitialDescription = existing is null ? ticket.InitialDescription : null;
        var wasClosed = existing?.ClosedFlag ?? false;
        ticket.ClosedFlag = status.ClosedStatus;
        if (status.ClosedStatus && !wasClosed)
        {
            ticket.ClosedDate = context.Now;
            ticket.ClosedBy = context.MemberIdentifier;
        }
        else if (!status.ClosedStatus)
        {
            ticket.ClosedDate = null;
            ticket.ClosedBy = null;
        }
        else
        {
            ticket.ClosedDate = existing?.ClosedDate;
            ticket.ClosedBy = existing?.ClosedBy;
        }

        return null;
    }

    /// <summary>The ids callback registrations at board, status, ticket or project level match on.</summary>
    public static IReadOnlyDictionary<string, int> Levels(CwTicket ticket)
    {
        var levels = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["ticket"] = ticket.Id };
        if (ticket.Board is { } board)
        {
            levels["board"] = board.Id;
        }

        if (ticket.Status is { } status)
        {
            levels["status"] = status.Id;
        }

        if (ticket.Project is { } project)
        {
            levels["project"] = project.Id;
        }

        if (ticket.Phase is { } phase)
        {
            levels["phase"] = phase.Id;
        }

        return levels;
    }
}
