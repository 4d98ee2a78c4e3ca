using System.Text.Json;
using TopLeft.PsaSimulator.ConnectWise.Model;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// Rules for records that hang off a ticket (notes, time, schedule entries) and for callback registrations.
/// A change to a child bumps its ticket's <c>_info.lastUpdated</c> and fires a ticket <c>updated</c> callback,
/// since ConnectWise has no note callback of its own.
/// </summary>
internal static class CwChildRules
{
    private static readonly string[] CallbackTypes = ["ticket", "schedule", "project", "company", "contact", "time", "activity", "opportunity", "member"];

    public static CwError? PrepareNote(CwTenant tenant, CwWriteContext context, int ticketId, CwTicketNote note, CwTicketNote? existing)
    {
        if (tenant.Tickets.Find(ticketId) is null)
        {
            return CwError.NotFound("ticket", ticketId);
        }

        if (string.IsNullOrWhiteSpace(note.Text))
        {
            return CwError.Invalid("ticketNote", "text", "text may not be empty", "NullValue");
        }

        if (!note.DetailDescriptionFlag && !note.InternalAnalysisFlag && !note.ResolutionFlag)
        {
            // ConnectWise files a flagless note under the discussion.
            note.DetailDescriptionFlag = true;
        }

        note.TicketId = ticketId;
        var member = note.Member is null ? null : CwReferences.Member(tenant, note.Member);
        if (note.Member is not null && member is null)
        {
            return CwError.Invalid("ticketNote", "member", "Member not found", "InvalidReference");
        }

        if (member is null && note.Contact is null && context.MemberId is { } actor)
        {
            member = tenant.Members.Find(actor);
        }

        note.Member = member is null ? null : CwReferences.Ref(member);
        if (note.Contact is { Id: not 0 } contactRef)
        {
            var contact = tenant.Contacts.Find(contactRef.Id);
            if (contact is null)
            {
                return CwError.Invalid("ticketNote", "contact", "Contact not found", "InvalidReference");
            }

            note.Contact = CwReferences.Ref(contact);
        }

        note.InternalFlag = note.InternalAnalysisFlag;
        note.ExternalFlag = !note.InternalAnalysisFlag;
        note.CustomerUpdatedFlag = note.Contact is not null && note.Member is null;
        note.DateCreated = existing?.DateCreated ?? context.Now;
        note.CreatedBy = existing?.CreatedBy ?? (note.CustomerUpdatedFlag ? "Customer" : context.MemberIdentifier);
        return null;
    }

    public static CwError? PrepareTime(CwTenant tenant, CwWriteContext context, CwTimeEntry entry, CwTimeEntry? existing)
    {
        var ticketId = entry.Ticket?.Id is > 0 ? entry.Ticket.Id : entry.ChargeToId;
        if (entry.ChargeToType is "ServiceTicket" or "ProjectTicket" || entry.Ticket is not null)
        {
            if (ticketId is not { } id || tenant.Tickets.Find(id) is not { } ticket)
            {
                return CwError.Invalid("timeEntry", "chargeToId", "The ticket to charge could not be found.", "InvalidReference");
            }

            var status = ticket.Status is { } s ? tenant.Statuses.Find(s.Id) : null;
            if (existing is null && status?.TimeEntryNotAllowed == true)
            {
                return CwError.Invalid("timeEntry", "chargeToId", $"Time entries are not allowed in status '{status.Name}'.");
            }

            entry.ChargeToId = ticket.Id;
            entry.ChargeToType = ticket.RecordType == "ServiceTicket" ? "ServiceTicket" : "ProjectTicket";
            entry.Ticket = new CwTicketRef { Id = ticket.Id, Summary = ticket.Summary };
            entry.Company = ticket.Company;
            entry.Project = ticket.Project;
            entry.Phase = ticket.Phase;
        }

        var member = CwReferences.Member(tenant, entry.Member)
            ?? (entry.Member is null && context.MemberId is { } actor ? tenant.Members.Find(actor) : null);
        if (member is null)
        {
            return CwError.Invalid("timeEntry", "member", "member may not be empty", "NullValue");
        }

        if (entry.TimeStart == default)
        {
            return CwError.Invalid("timeEntry", "timeStart", "timeStart may not be empty", "NullValue");
        }

        entry.Member = CwReferences.Ref(member);
        if (entry.TimeEnd is { } end && end < entry.TimeStart)
        {
            return CwError.Invalid("timeEntry", "timeEnd", "timeEnd must be after timeStart");
        }

        entry.ActualHours ??= entry.TimeEnd is { } te ? Math.Round((decimal)(te - entry.TimeStart).TotalHours, 2) : 0;
        entry.TimeEnd ??= entry.TimeStart.AddHours((double)entry.ActualHours.Value);
        entry.DateEntered = existing?.DateEntered ?? context.Now;
        entry.EnteredBy = existing?.EnteredBy ?? context.MemberIdentifier;
        return null;
    }

    public static CwError? PrepareSchedule(CwTenant tenant, CwWriteContext context, CwScheduleEntry entry, CwScheduleEntry? existing)
    {
        var type = entry.Type?.Identifier ?? (entry.Type?.Id == 4 ? "S" : null) ?? "S";
        entry.Type = type.Equals("S", StringComparison.OrdinalIgnoreCase)
            ? new CwRef { Id = 4, Identifier = "S", Name = "Service" }
            : new CwRef { Id = entry.Type?.Id ?? 0, Identifier = type.ToUpperInvariant(), Name = entry.Type?.Name };
        if (entry.Type.Identifier == "S")
        {
            if (entry.ObjectId is not { } ticketId || tenant.Tickets.Find(ticketId) is not { } ticket)
            {
                return CwError.Invalid("scheduleEntry", "objectId", "The ticket to schedule could not be found.", "InvalidReference");
            }

            entry.Name ??= $"{ticket.Company?.Name} / {ticket.Summary}";
        }

        var member = CwReferences.Member(tenant, entry.Member);
        if (member is null)
        {
            return CwError.Invalid("scheduleEntry", "member", entry.Member is null ? "member may not be empty" : "Member not found", "NullValue");
        }

        entry.Member = CwReferences.Ref(member);
        entry.DateStart ??= context.Now;
        entry.DateEnd ??= entry.DateStart.Value.AddHours((double)(entry.Hours ?? 1));
        entry.Hours ??= Math.Round((decimal)(entry.DateEnd.Value - entry.DateStart.Value).TotalHours, 2);
        entry.Status ??= new CwRef { Id = 2, Name = "Firm" };
        return null;
    }

    public static CwError? PrepareCallback(CwTenant tenant, CwWriteContext context, CwCallback callback, CwCallback? existing)
    {
        if (string.IsNullOrWhiteSpace(callback.Url) || !Uri.TryCreate(callback.Url, UriKind.Absolute, out _))
        {
            return CwError.Invalid("callback", "url", "url must be an absolute URL", "NullValue");
        }

        if (callback.Description?.Length > 100)
        {
            return CwError.Invalid("callback", "description", "description must be 100 characters or fewer", "InvalidLength");
        }

        if (!CallbackTypes.Contains(callback.Type, StringComparer.OrdinalIgnoreCase))
        {
            return CwError.Invalid("callback", "type", $"type '{callback.Type}' is not valid");
        }

        if (string.IsNullOrWhiteSpace(callback.Level))
        {
            return CwError.Invalid("callback", "level", "level may not be empty", "NullValue");
        }

        callback.MemberId = existing?.MemberId ?? context.MemberId ?? 0;
        return null;
    }

    /// <summary>Bumps a ticket after a child changed and queues the ticket <c>updated</c> callback.</summary>
    public static void TouchTicket(CwTenant tenant, CwWriteContext context, int ticketId, List<CwChange> changes, Action<CwTicket>? mutate = null)
    {
        if (tenant.Tickets.Find(ticketId) is not { } ticket)
        {
            return;
        }

        mutate?.Invoke(ticket);
        ticket.Info.LastUpdated = context.Now;
        ticket.Info.UpdatedBy = context.MemberIdentifier;
        changes.Add(new CwChange("ticket", "updated", ticket.Id, JsonSerializer.Serialize(ticket, CwJson.Options),
            context.MemberIdentifier, CwTicketRules.Levels(ticket)));
    }

    /// <summary>The ticket's <c>resources</c> string mirrors its schedule entries.</summary>
    public static void RefreshResources(CwTenant tenant, CwTicket ticket)
    {
        var entries = tenant.ScheduleByTicket.GetValueOrDefault(ticket.Id);
        var identifiers = entries?.Select(e => e.Member?.Identifier).Where(i => i is not null).Distinct().ToList();
        ticket.Resources = identifiers is { Count: > 0 } ? string.Join(", ", identifiers) : null;
    }

    public static void RecomputeHours(CwTenant tenant, CwTicket ticket) =>
        ticket.ActualHours = tenant.TimeEntries.All.Where(t => t.ChargeToId == ticket.Id && t.ChargeToType != "ChargeCode").Sum(t => t.ActualHours ?? 0);
}
