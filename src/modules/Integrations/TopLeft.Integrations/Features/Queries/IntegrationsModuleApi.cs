using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.WriteBack;
using TopLeft.Shared.Data;

namespace TopLeft.Integrations.Features.Queries;

/// <summary>The module's answers to other modules, straight from the local copy; write-backs go through the outbox.</summary>
internal sealed class IntegrationsModuleApi(IntegrationsDbContext db, WriteBackSignal signal, TimeProvider time) : IIntegrationsModule
{
    public async Task<ConnectionSummary?> GetConnectionAsync(CancellationToken cancellationToken = default) =>
        await db.Connections.AsNoTracking().Select(c => new ConnectionSummary(c.Kind, true, c.LastFullSyncAt, c.ActAsMemberAllowed, c.SiteUrl)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PsaMember>> GetMembersAsync(bool includeInactive = false, CancellationToken cancellationToken = default) =>
        await db.Members.AsNoTracking().Where(m => includeInactive || m.IsActive).OrderBy(m => m.UserName)
            .Select(m => new PsaMember(m.PsaId, m.UserName, m.FirstName, m.LastName, m.Email, m.IsActive)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> GetMemberPsaIdsWithApiKeysAsync(CancellationToken cancellationToken = default) =>
        await db.Members.AsNoTracking().Where(m => m.ProtectedApiKeys != null).OrderBy(m => m.PsaId).Select(m => m.PsaId).ToListAsync(cancellationToken);

    public async Task<PsaMember?> FindMemberAsync(string emailOrUserName, CancellationToken cancellationToken = default)
    {
        var key = emailOrUserName.ToLowerInvariant();
        return await db.Members.AsNoTracking().Where(m => m.UserName.ToLower() == key || (m.Email != null && m.Email.ToLower() == key))
            .Select(m => new PsaMember(m.PsaId, m.UserName, m.FirstName, m.LastName, m.Email, m.IsActive)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PsaCompany>> GetCompaniesAsync(CancellationToken cancellationToken = default) =>
        await db.Companies.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name)
            .Select(c => new PsaCompany(c.PsaId, c.Identifier, c.Name, c.ParentPsaId, c.IsActive)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PsaContact>> GetContactsAsync(int? companyPsaId = null, CancellationToken cancellationToken = default) =>
        await db.Contacts.AsNoTracking().Where(c => companyPsaId == null || c.CompanyPsaId == companyPsaId).OrderBy(c => c.LastName)
            .Select(c => new PsaContact(c.PsaId, c.CompanyPsaId, c.FirstName, c.LastName, c.Email, c.IsActive)).ToListAsync(cancellationToken);

    public async Task<PsaContact?> FindContactByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var key = email.ToLowerInvariant();
        return await db.Contacts.AsNoTracking().Where(c => c.IsActive && c.Email != null && c.Email.ToLower() == key)
            .Select(c => new PsaContact(c.PsaId, c.CompanyPsaId, c.FirstName, c.LastName, c.Email, c.IsActive)).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PsaBoard>> GetBoardsAsync(CancellationToken cancellationToken = default)
    {
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Name).ToListAsync(cancellationToken);
        var statuses = await db.Statuses.AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync(cancellationToken);
        return boards.Select(b => new PsaBoard(b.PsaId, b.Name, b.IsActive,
            statuses.Where(s => s.BoardPsaId == b.PsaId || s.BoardPsaId == 0)
                .Select(s => new PsaStatus(s.PsaId, s.Name, s.SortOrder, s.IsClosed, s.IsActive)).ToList())).ToList();
    }

    public async Task<IReadOnlyList<PsaStatus>> GetOwnStatusesAsync(WorkItemKind kind, CancellationToken cancellationToken = default) =>
        OwnStatusList(kind) is { } list
            ? await db.Statuses.AsNoTracking().Where(s => s.BoardPsaId == list).OrderBy(s => s.SortOrder)
                .Select(s => new PsaStatus(s.PsaId, s.Name, s.SortOrder, s.IsClosed, s.IsActive)).ToListAsync(cancellationToken)
            : [];

    /// <summary>Where the status list of a kind with statuses of its own is filed (null: the kind uses its board's).</summary>
    private static int? OwnStatusList(WorkItemKind kind) => kind switch
    {
        WorkItemKind.Task => BoardStatus.TaskStatuses,
        WorkItemKind.Project => BoardStatus.ProjectStatuses,
        _ => null,
    };

    public async Task<IReadOnlyList<PsaPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default) =>
        await db.Priorities.AsNoTracking().OrderBy(p => p.SortOrder).Select(p => new PsaPriority(p.PsaId, p.Name, p.Color, p.SortOrder)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<WorkItem>> GetWorkItemsAsync(WorkItemQuery query, CancellationToken cancellationToken = default)
    {
        var items = db.WorkItems.AsNoTracking();
        if (query.BoardPsaIds is { Count: > 0 } boards)
        {
            items = items.Where(w => w.BoardPsaId != null && boards.Contains(w.BoardPsaId.Value));
        }

        if (query.AssigneePsaId is { } assignee)
        {
            items = items.Where(w => w.AssigneePsaIds.Contains(assignee));
        }

        if (query.CompanyPsaId is { } company)
        {
            items = items.Where(w => w.CompanyPsaId == company);
        }

        if (query.ContactPsaId is { } contact)
        {
            items = items.Where(w => w.ContactPsaId == contact);
        }

        if (query.Kinds is { Count: > 0 } kinds)
        {
            items = items.Where(w => kinds.Contains(w.Kind));
        }

        if (!query.IncludeClosed)
        {
            items = items.Where(w => !w.IsClosed);
        }

        if (query.ChangedSince is { } since)
        {
            items = items.Where(w => w.PsaUpdatedAt > since);
        }

        if (query.StatusPsaIds is { } statuses)
        {
            items = items.Where(w => w.StatusPsaId != null && statuses.Contains(w.StatusPsaId.Value));
        }

        if (query.UnassignedOrAssignedToAny is { } members)
        {
            var memberArray = members.ToArray();
            items = items.Where(w => w.AssigneePsaIds.Count == 0 || w.AssigneePsaIds.Any(a => memberArray.Contains(a)));
        }

        return (await items.OrderBy(w => w.Kind).ThenBy(w => w.PsaId).ToListAsync(cancellationToken)).Select(ToContract).ToList();
    }

    public async Task<WorkItem?> GetWorkItemAsync(WorkItemRef item, CancellationToken cancellationToken = default) =>
        await db.WorkItems.AsNoTracking().FirstOrDefaultAsync(w => w.Kind == item.Kind && w.PsaId == item.PsaId, cancellationToken) is { } row
            ? ToContract(row) : null;

    public async Task<IReadOnlyList<WorkItemNote>> GetNotesAsync(WorkItemRef item, bool includeInternal, CancellationToken cancellationToken = default) =>
        (await db.Notes.AsNoTracking().Where(n => n.WorkItemKind == item.Kind && n.WorkItemPsaId == item.PsaId && (includeInternal || !n.IsInternal))
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.PsaId).ToListAsync(cancellationToken))
        .Select(n => new WorkItemNote(n.PsaId, item, n.Text, n.IsInternal, n.MemberPsaId, n.ContactPsaId, n.CreatedAt)).ToList();

    public async Task<IReadOnlyList<TimeEntry>> GetTimeEntriesAsync(WorkItemRef item, CancellationToken cancellationToken = default) =>
        (await db.TimeEntries.AsNoTracking().Where(t => t.WorkItemKind == item.Kind && t.WorkItemPsaId == item.PsaId).OrderBy(t => t.Start)
            .ToListAsync(cancellationToken))
        .Select(t => new TimeEntry(t.PsaId, item, t.MemberPsaId, t.Start, t.End, t.Hours, t.Notes)).ToList();

    public async Task<Guid> RequestStatusChangeAsync(WorkItemRef item, int statusPsaId, int? actingMemberPsaId = null, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(item, cancellationToken);
        var statuses = OwnStatusList(row.Kind) is { } list
            ? db.Statuses.Where(s => s.BoardPsaId == list)
            : db.Statuses.Where(s => s.BoardPsaId == row.BoardPsaId || s.BoardPsaId == 0);
        var statusName = await statuses.Where(s => s.PsaId == statusPsaId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        var previous = new WriteBackPayload(StatusPsaId: row.StatusPsaId, StatusName: row.StatusName);
        (row.StatusPsaId, row.StatusName) = (statusPsaId, statusName ?? row.StatusName);
        return await EnqueueAsync(WriteBackKind.Status, row, new WriteBackPayload(StatusPsaId: statusPsaId, StatusName: statusName), previous, actingMemberPsaId, cancellationToken);
    }

    public async Task<Guid> RequestPriorityChangeAsync(WorkItemRef item, int priorityPsaId, int? actingMemberPsaId = null, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(item, cancellationToken);
        var previous = new WriteBackPayload(PriorityPsaId: row.PriorityPsaId);
        row.PriorityPsaId = priorityPsaId;
        return await EnqueueAsync(WriteBackKind.Priority, row, new WriteBackPayload(PriorityPsaId: priorityPsaId), previous, actingMemberPsaId, cancellationToken);
    }

    public async Task<Guid> RequestAssignmentAsync(WorkItemRef item, IReadOnlyList<int> memberPsaIds, int? actingMemberPsaId = null, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(item, cancellationToken);
        var previous = new WriteBackPayload(AssigneePsaIds: [.. row.AssigneePsaIds]);
        row.AssigneePsaIds = [.. memberPsaIds];
        return await EnqueueAsync(WriteBackKind.Assignment, row, new WriteBackPayload(AssigneePsaIds: memberPsaIds), previous, actingMemberPsaId, cancellationToken);
    }

    public async Task<Guid> RequestNoteAsync(WorkItemRef item, string text, bool isInternal, int? actingMemberPsaId = null, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(item, cancellationToken);
        return await EnqueueAsync(WriteBackKind.Note, row, new WriteBackPayload(Text: text, IsInternal: isInternal), null, actingMemberPsaId, cancellationToken);
    }

    public async Task<Guid> RequestContactNoteAsync(WorkItemRef item, string text, int contactPsaId, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(item, cancellationToken);
        return await EnqueueAsync(WriteBackKind.Note, row, new WriteBackPayload(Text: text, ContactPsaId: contactPsaId), null, null, cancellationToken);
    }

    public async Task<Guid> RequestTimeEntryAsync(WorkItemRef item, int memberPsaId, DateTimeOffset start, decimal hours, string notes, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(item, cancellationToken);
        return await EnqueueAsync(WriteBackKind.TimeEntry, row, new WriteBackPayload(Text: notes, MemberPsaId: memberPsaId, Start: start, Hours: hours), null, memberPsaId, cancellationToken);
    }

    public async Task<Guid> RequestClientRespondedAsync(WorkItemRef item, CancellationToken cancellationToken = default)
    {
        var row = await RowAsync(item, cancellationToken);
        row.ClientResponded = true;
        return await EnqueueAsync(WriteBackKind.ClientResponded, row, new WriteBackPayload(), null, null, cancellationToken);
    }

    public async Task<WriteBackStatus?> GetWriteBackAsync(Guid writeBackId, CancellationToken cancellationToken = default) =>
        await db.WriteBacks.AsNoTracking().Where(w => w.Id == writeBackId)
            .Select(w => new WriteBackStatus(w.Id, w.Kind, new WorkItemRef(w.WorkItemKind, w.WorkItemPsaId), w.State, w.Attempts, w.Error, w.CreatedPsaId))
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<WorkItemRow> RowAsync(WorkItemRef item, CancellationToken ct) =>
        await db.WorkItems.FirstOrDefaultAsync(w => w.Kind == item.Kind && w.PsaId == item.PsaId, ct)
            ?? throw new KeyNotFoundException($"{item.Kind} {item.PsaId} is not in the local copy.");

    private async Task<Guid> EnqueueAsync(
        WriteBackKind kind, WorkItemRow row, WriteBackPayload payload, WriteBackPayload? previous, int? actingMemberPsaId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var writeBack = new Domain.WriteBack
        {
            Kind = kind, WorkItemKind = row.Kind, WorkItemPsaId = row.PsaId, Payload = JsonSerializer.Serialize(payload),
            Previous = previous is null ? null : JsonSerializer.Serialize(previous), ActingMemberPsaId = actingMemberPsaId, CreatedAt = now, NextAttemptAt = now,
        };
        db.WriteBacks.Add(writeBack);
        if (previous is not null)
        {
            db.Publish(new WorkItemChanged(row.Ref, row.BoardPsaId, row.StatusPsaId, row.AssigneePsaIds, row.IsClosed, row.PsaUpdatedAt ?? now, "write-back",
                StatusChanged: kind == WriteBackKind.Status));
        }

        // The local change, the write-back row and the event commit together.
        await db.SaveChangesAsync(ct);
        signal.Signal.Notify();
        return writeBack.Id;
    }

    private static WorkItem ToContract(WorkItemRow w) => new(
        w.Ref, w.Number, w.Title, w.BoardPsaId, w.StatusPsaId, w.StatusName, w.PriorityPsaId, w.CompanyPsaId, w.ContactPsaId, w.ProjectPsaId,
        w.PhasePsaId, w.AssigneePsaIds, w.BudgetHours, w.ActualHours, w.IsClosed, w.ClientResponded, w.PsaUpdatedAt ?? w.SeenAt);
}
