using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Psa;
using TopLeft.Shared.Data;

namespace TopLeft.Integrations.Features.Sync;

/// <summary>
/// Writes PSA data into the tenant's local copy. Every write compares the PSA's last-updated stamp, so
/// an older copy (a late callback, a replayed page) never overwrites a newer one.
/// </summary>
internal sealed class LocalStore(IntegrationsDbContext db)
{
    /// <summary>Upserts work items; returns those that changed. Closed ones are removed unless kept.</summary>
    public async Task<int> UpsertWorkItemsAsync(
        IReadOnlyList<WorkItemData> items, DateTimeOffset seenAt, bool keepClosed, ISet<int>? visibleBoards, bool publish, string source, CancellationToken ct)
    {
        var written = 0;
        foreach (var group in items.GroupBy(i => i.Ref.Kind))
        {
            var ids = group.Select(i => i.Ref.PsaId).Distinct().ToList();
            var existing = await db.WorkItems.Where(w => w.Kind == group.Key && ids.Contains(w.PsaId)).ToDictionaryAsync(w => w.PsaId, ct);
            foreach (var item in group.GroupBy(i => i.Ref.PsaId).Select(g => g.Last()))
            {
                existing.TryGetValue(item.Ref.PsaId, out var row);
                var hidden = item.BoardPsaId is { } board && visibleBoards is not null
                    && item.Ref.Kind is WorkItemKind.Ticket or WorkItemKind.ProjectTicket && !visibleBoards.Contains(board);
                if ((item.IsClosed && !keepClosed) || hidden)
                {
                    if (row is not null && !Older(item.UpdatedAt, row.PsaUpdatedAt))
                    {
                        db.WorkItems.Remove(row);
                        db.Publish(new WorkItemDeleted(row.Ref, hidden ? "not-visible" : "closed"));
                        written++;
                    }

                    continue;
                }

                var statusBefore = row?.StatusPsaId;
                if (row is null)
                {
                    row = new WorkItemRow { Kind = item.Ref.Kind, PsaId = item.Ref.PsaId };
                    db.WorkItems.Add(row);
                }
                else if (Older(item.UpdatedAt, row.PsaUpdatedAt))
                {
                    row.SeenAt = seenAt;
                    continue;
                }

                var changed = Apply(row, item);
                row.SeenAt = seenAt;
                if (changed)
                {
                    written++;
                    if (publish)
                    {
                        db.Publish(new WorkItemChanged(row.Ref, row.BoardPsaId, row.StatusPsaId, row.AssigneePsaIds, row.IsClosed,
                            row.PsaUpdatedAt ?? seenAt, source, StatusChanged: statusBefore is not null && statusBefore != row.StatusPsaId));
                    }
                }
            }
        }

        return written;
    }

    public async Task<bool> DeleteWorkItemAsync(WorkItemRef item, string reason, CancellationToken ct)
    {
        var row = await db.WorkItems.FirstOrDefaultAsync(w => w.Kind == item.Kind && w.PsaId == item.PsaId, ct);
        if (row is null)
        {
            return false;
        }

        db.WorkItems.Remove(row);
        await db.Notes.Where(n => n.WorkItemKind == item.Kind && n.WorkItemPsaId == item.PsaId).ExecuteDeleteAsync(ct);
        db.Publish(new WorkItemDeleted(item, reason));
        return true;
    }

    public async Task<int> UpsertNotesAsync(IReadOnlyList<NoteData> notes, DateTimeOffset seenAt, CancellationToken ct)
    {
        var written = 0;
        foreach (var group in notes.GroupBy(n => n.WorkItem.Kind))
        {
            var ids = group.Select(n => n.PsaId).Distinct().ToList();
            var existing = await db.Notes.Where(n => n.WorkItemKind == group.Key && ids.Contains(n.PsaId)).ToDictionaryAsync(n => n.PsaId, ct);
            foreach (var note in group.GroupBy(n => n.PsaId).Select(g => g.Last()))
            {
                if (!existing.TryGetValue(note.PsaId, out var row))
                {
                    row = new Note { WorkItemKind = note.WorkItem.Kind, PsaId = note.PsaId };
                    db.Notes.Add(row);
                }
                else if (Older(note.UpdatedAt, row.PsaUpdatedAt))
                {
                    row.SeenAt = seenAt;
                    continue;
                }

                row.WorkItemPsaId = note.WorkItem.PsaId;
                row.Text = note.Text;
                row.IsInternal = note.IsInternal;
                row.MemberPsaId = note.MemberPsaId;
                row.ContactPsaId = note.ContactPsaId;
                row.CreatedAt = note.CreatedAt;
                row.PsaUpdatedAt = note.UpdatedAt;
                row.SeenAt = seenAt;
                written++;
            }
        }

        return written;
    }

    public async Task<int> UpsertTimeEntriesAsync(IReadOnlyList<TimeEntryData> entries, DateTimeOffset seenAt, CancellationToken ct)
    {
        var ids = entries.Select(e => e.PsaId).Distinct().ToList();
        var existing = await db.TimeEntries.Where(t => ids.Contains(t.PsaId)).ToDictionaryAsync(t => t.PsaId, ct);
        var written = 0;
        foreach (var entry in entries.GroupBy(e => e.PsaId).Select(g => g.Last()))
        {
            if (!existing.TryGetValue(entry.PsaId, out var row))
            {
                row = new TimeEntryRow { PsaId = entry.PsaId };
                db.TimeEntries.Add(row);
            }

            row.WorkItemKind = entry.WorkItem.Kind;
            row.WorkItemPsaId = entry.WorkItem.PsaId;
            row.MemberPsaId = entry.MemberPsaId;
            row.Start = entry.Start;
            row.End = entry.End;
            row.Hours = entry.Hours;
            row.Notes = entry.Notes;
            row.PsaUpdatedAt = entry.UpdatedAt;
            row.SeenAt = seenAt;
            written++;
        }

        return written;
    }

    public async Task<int> UpsertReferenceAsync(ReferenceData data, DateTimeOffset seenAt, bool detectDeletes, CancellationToken ct)
    {
        var written = 0;
        var members = await db.Members.ToDictionaryAsync(m => m.PsaId, ct);
        foreach (var m in data.Members)
        {
            if (!members.TryGetValue(m.PsaId, out var row))
            {
                row = new Member { PsaId = m.PsaId };
                db.Members.Add(row);
            }

            written += Apply(row, m, seenAt) ? 1 : 0;
        }

        var companies = await db.Companies.ToDictionaryAsync(c => c.PsaId, ct);
        foreach (var c in data.Companies)
        {
            if (!companies.TryGetValue(c.PsaId, out var row))
            {
                row = new Company { PsaId = c.PsaId };
                db.Companies.Add(row);
            }

            Apply(row, c, seenAt);
            written++;
        }

        var contacts = await db.Contacts.ToDictionaryAsync(c => c.PsaId, ct);
        foreach (var c in data.Contacts)
        {
            if (!contacts.TryGetValue(c.PsaId, out var row))
            {
                row = new Contact { PsaId = c.PsaId };
                db.Contacts.Add(row);
            }

            Apply(row, c, seenAt);
            written++;
        }

        var boards = await db.Boards.ToDictionaryAsync(b => b.PsaId, ct);
        foreach (var b in data.Boards)
        {
            if (!boards.TryGetValue(b.PsaId, out var row))
            {
                row = new Board { PsaId = b.PsaId };
                db.Boards.Add(row);
            }

            (row.Name, row.IsActive, row.SeenAt) = (b.Name, b.IsActive, seenAt);
        }

        var statuses = await db.Statuses.ToDictionaryAsync(s => (s.BoardPsaId, s.PsaId), ct);
        foreach (var s in data.Statuses)
        {
            if (!statuses.TryGetValue((s.BoardPsaId, s.PsaId), out var row))
            {
                row = new BoardStatus { BoardPsaId = s.BoardPsaId, PsaId = s.PsaId };
                db.Statuses.Add(row);
            }

            (row.Name, row.SortOrder, row.IsClosed, row.IsActive, row.SeenAt) = (s.Name, s.SortOrder, s.IsClosed, s.IsActive, seenAt);
        }

        var priorities = await db.Priorities.ToDictionaryAsync(p => p.PsaId, ct);
        foreach (var p in data.Priorities)
        {
            if (!priorities.TryGetValue(p.PsaId, out var row))
            {
                row = new Priority { PsaId = p.PsaId };
                db.Priorities.Add(row);
            }

            (row.Name, row.Color, row.SortOrder, row.SeenAt) = (p.Name, p.Color, p.SortOrder, seenAt);
        }

        if (detectDeletes)
        {
            // Whatever this complete read did not return is gone from the PSA.
            foreach (var gone in members.Values.Where(m => m.SeenAt < seenAt && m.IsActive))
            {
                gone.IsActive = false;
                db.Publish(new MemberDeactivated(gone.PsaId, gone.UserName));
            }

            foreach (var gone in companies.Values.Where(c => c.SeenAt < seenAt))
            {
                gone.IsActive = false;
            }

            foreach (var gone in contacts.Values.Where(c => c.SeenAt < seenAt && c.IsActive))
            {
                gone.IsActive = false;
                db.Publish(new ContactSynced(gone.PsaId, gone.CompanyPsaId, gone.Email, false));
            }

            db.Boards.RemoveRange(boards.Values.Where(b => b.SeenAt < seenAt));
            db.Statuses.RemoveRange(statuses.Values.Where(s => s.SeenAt < seenAt));
            db.Priorities.RemoveRange(priorities.Values.Where(p => p.SeenAt < seenAt));
        }

        return written;
    }

    /// <summary>
    /// Brings one member up to date after a callback: <paramref name="fetched"/> is what the PSA returned, null when the
    /// member is gone (kept, inactive, as the reference sync's delete detection does). Returns whether anything changed.
    /// </summary>
    public async Task<bool> UpsertMemberAsync(int psaId, MemberData? fetched, DateTimeOffset seenAt, CancellationToken ct)
    {
        var row = await db.Members.FirstOrDefaultAsync(m => m.PsaId == psaId, ct);
        if (fetched is null)
        {
            if (row is not { IsActive: true })
            {
                return false;
            }

            row.IsActive = false;
            db.Publish(new MemberDeactivated(row.PsaId, row.UserName));
            return true;
        }

        if (row is null)
        {
            row = new Member { PsaId = psaId };
            db.Members.Add(row);
        }

        return Apply(row, fetched, seenAt);
    }

    /// <summary>Brings one company up to date after a callback; null means it is gone (kept, inactive).</summary>
    public async Task<bool> UpsertCompanyAsync(int psaId, CompanyData? fetched, DateTimeOffset seenAt, CancellationToken ct)
    {
        var row = await db.Companies.FirstOrDefaultAsync(c => c.PsaId == psaId, ct);
        if (fetched is null)
        {
            if (row is not { IsActive: true })
            {
                return false;
            }

            row.IsActive = false;
            return true;
        }

        if (row is null)
        {
            row = new Company { PsaId = psaId };
            db.Companies.Add(row);
        }

        return Apply(row, fetched, seenAt);
    }

    /// <summary>Brings one contact up to date after a callback; null means it is gone (kept, inactive).</summary>
    public async Task<bool> UpsertContactAsync(int psaId, ContactData? fetched, DateTimeOffset seenAt, CancellationToken ct)
    {
        var row = await db.Contacts.FirstOrDefaultAsync(c => c.PsaId == psaId, ct);
        if (fetched is null)
        {
            if (row is not { IsActive: true })
            {
                return false;
            }

            row.IsActive = false;
            db.Publish(new ContactSynced(row.PsaId, row.CompanyPsaId, row.Email, false));
            return true;
        }

        if (row is null)
        {
            row = new Contact { PsaId = psaId };
            db.Contacts.Add(row);
        }

        return Apply(row, fetched, seenAt);
    }

    // The Apply overloads below skip a copy older than the stored one, so a late callback or a list read before a
    // callback's fetch never moves a record backwards; they publish what other modules keep copies of.
    private bool Apply(Member row, MemberData m, DateTimeOffset seenAt)
    {
        row.SeenAt = seenAt;
        if (Older(m.UpdatedAt, row.PsaUpdatedAt))
        {
            return false;
        }

        var changed = row.UserName != m.UserName || row.Email != m.Email || row.FirstName != m.FirstName || row.LastName != m.LastName || row.IsActive != m.IsActive;
        if (changed)
        {
            db.Publish(m.IsActive ? new MemberSynced(m.PsaId, m.UserName, m.Email, m.FirstName, m.LastName) : new MemberDeactivated(m.PsaId, m.UserName));
        }

        (row.UserName, row.Email, row.FirstName, row.LastName, row.IsActive, row.PsaUpdatedAt, row.DefaultRoleId) =
            (m.UserName, m.Email, m.FirstName, m.LastName, m.IsActive, m.UpdatedAt, m.DefaultRoleId);
        return changed;
    }

    private static bool Apply(Company row, CompanyData c, DateTimeOffset seenAt)
    {
        row.SeenAt = seenAt;
        if (Older(c.UpdatedAt, row.PsaUpdatedAt))
        {
            return false;
        }

        var changed = row.Identifier != c.Identifier || row.Name != c.Name || row.ParentPsaId != c.ParentPsaId || row.IsActive != c.IsActive;
        (row.Identifier, row.Name, row.ParentPsaId, row.IsActive, row.PsaUpdatedAt) = (c.Identifier, c.Name, c.ParentPsaId, c.IsActive, c.UpdatedAt);
        return changed;
    }

    private bool Apply(Contact row, ContactData c, DateTimeOffset seenAt)
    {
        row.SeenAt = seenAt;
        if (Older(c.UpdatedAt, row.PsaUpdatedAt))
        {
            return false;
        }

        if (row.Email != c.Email || row.IsActive != c.IsActive || row.CompanyPsaId != c.CompanyPsaId)
        {
            db.Publish(new ContactSynced(c.PsaId, c.CompanyPsaId, c.Email, c.IsActive));
        }

        var changed = row.CompanyPsaId != c.CompanyPsaId || row.FirstName != c.FirstName || row.LastName != c.LastName || row.Email != c.Email || row.IsActive != c.IsActive;
        (row.CompanyPsaId, row.FirstName, row.LastName, row.Email, row.IsActive, row.PsaUpdatedAt) = (c.CompanyPsaId, c.FirstName, c.LastName, c.Email, c.IsActive, c.UpdatedAt);
        return changed;
    }

    internal static bool Apply(WorkItemRow row, WorkItemData item)
    {
        var changed = row.Title != item.Title || row.BoardPsaId != item.BoardPsaId || row.StatusPsaId != item.StatusPsaId
            || row.PriorityPsaId != item.PriorityPsaId || row.CompanyPsaId != item.CompanyPsaId || row.ContactPsaId != item.ContactPsaId
            || !row.AssigneePsaIds.SequenceEqual(item.AssigneePsaIds) || row.BudgetHours != item.BudgetHours || row.ActualHours != item.ActualHours
            || row.IsClosed != item.IsClosed || row.ClientResponded != item.ClientResponded || row.PsaUpdatedAt != item.UpdatedAt
            || row.ProjectPsaId != item.ProjectPsaId || row.PhasePsaId != item.PhasePsaId || row.StatusName != item.StatusName;
        row.Number = item.Number;
        row.Title = item.Title;
        row.BoardPsaId = item.BoardPsaId;
        row.StatusPsaId = item.StatusPsaId;
        row.StatusName = item.StatusName;
        row.PriorityPsaId = item.PriorityPsaId;
        row.CompanyPsaId = item.CompanyPsaId;
        row.ContactPsaId = item.ContactPsaId;
        row.ProjectPsaId = item.ProjectPsaId;
        row.PhasePsaId = item.PhasePsaId;
        row.AssigneePsaIds = [.. item.AssigneePsaIds];
        row.BudgetHours = item.BudgetHours;
        row.ActualHours = item.ActualHours;
        row.IsClosed = item.IsClosed;
        row.ClientResponded = item.ClientResponded;
        row.PsaUpdatedAt = item.UpdatedAt;
        return changed;
    }

    private static bool Older(DateTimeOffset? incoming, DateTimeOffset? stored) =>
        incoming is { } i && stored is { } s && i < s;
}
