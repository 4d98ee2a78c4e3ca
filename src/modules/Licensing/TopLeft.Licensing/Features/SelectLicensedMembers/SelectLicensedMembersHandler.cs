using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Contracts;
using TopLeft.Licensing.Contracts.Events;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Domain;
using TopLeft.Licensing.Features.ManageSubscription;
using TopLeft.Shared.Data;

namespace TopLeft.Licensing.Features.SelectLicensedMembers;

internal sealed class SelectLicensedMembersHandler(LicensingDbContext db, SubscriptionStore store, IAccountsModule accounts, TimeProvider time)
{

    public async Task<LicensedMembersResponse> GetAsync(CancellationToken cancellationToken)
    {
        var subscription = await store.LoadAsync(track: false, cancellationToken);
        var selectedIds = (await db.LicensedMembers.Select(l => l.PsaMemberId).ToListAsync(cancellationToken)).ToHashSet();
        var members = await db.Members.AsNoTracking().OrderBy(m => m.DisplayName).ThenBy(m => m.PsaId).ToListAsync(cancellationToken);
        var known = members.ToDictionary(m => m.PsaId);
        var selected = selectedIds.Order()
            .Select(id => known.TryGetValue(id, out var m) ? Row(m) : new MemberRow(id, $"Member {id}", "", null))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var available = members.Where(m => m.IsActive && !selectedIds.Contains(m.PsaId)).Select(Row).ToList();
        return new LicensedMembersResponse(available, selected, selected.Count, subscription.IsTrial ? null : subscription.MemberLicenses, subscription.IsTrial);
    }

    /// <summary>Replaces the selection; refused (nothing stored) when a member is unknown or inactive, or licenses run out.</summary>
    public async Task<(SaveSelectionResponse? Result, string? Problem)> SaveAsync(SaveSelectionRequest request, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        var wanted = request.SelectedPsaIds.Distinct().ToHashSet();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = await db.BumpVersionAsync(cancellationToken);
        var subscription = await store.LoadAsync(track: false, cancellationToken);
        if (!subscription.IsTrial && wanted.Count > subscription.MemberLicenses)
        {
            var over = wanted.Count - subscription.MemberLicenses;
            return (null, $"{wanted.Count} members are selected but the subscription has {subscription.MemberLicenses} member licenses: " +
                $"unselect {over} member{(over == 1 ? "" : "s")} or buy more licenses.");
        }

        var current = await db.LicensedMembers.ToListAsync(cancellationToken);
        var currentIds = current.Select(l => l.PsaMemberId).ToHashSet();
        var added = wanted.Except(currentIds).Order().ToList();
        var removed = currentIds.Except(wanted).Order().ToList();
        var members = await db.Members.AsNoTracking().Where(m => added.Contains(m.PsaId)).ToDictionaryAsync(m => m.PsaId, cancellationToken);
        var notLicensable = added.Where(id => !members.TryGetValue(id, out var m) || !m.IsActive).ToList();
        if (notLicensable.Count > 0)
        {
            return (null, $"These members are unknown or inactive in the PSA and cannot be licensed: {string.Join(", ", notLicensable)}.");
        }

        var now = time.GetUtcNow();
        db.LicensedMembers.RemoveRange(current.Where(l => removed.Contains(l.PsaMemberId)));
        db.LicensedMembers.AddRange(added.Select(id => new LicensedMember { PsaMemberId = id, LicensedAt = now }));
        db.Changes.Add(new LicensingChange
        {
            At = now, Kind = LicensingChange.SelectionKind, ByUserId = ManageSubscriptionHandler.UserId(by), ByName = by.FindFirstValue("tl_name"),
            ByAdmin = by.IsInRole("admin"),
            Summary = $"Licensed {added.Count}, unlicensed {removed.Count}; {wanted.Count} members licensed (version {version}).",
        });
        db.Publish(new LicensesChanged(version, wanted.Order().ToList(), added, removed));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // After the commit: the licenses stand even if Accounts cannot invite, and "Send e-mail invitations" can be retried.
        var invitations = request.SendInvitations ? await InviteAsync(added, cancellationToken) : [];
        return (new SaveSelectionResponse(wanted.Count, subscription.IsTrial ? null : subscription.MemberLicenses, version, added, removed, invitations), null);
    }

    /// <summary>Invites licensed members through the Accounts invitation flow; members without a license are not invited.</summary>
    public async Task<IReadOnlyList<InvitationRow>> SendInvitationsAsync(IReadOnlyList<int> psaIds, CancellationToken cancellationToken)
    {
        var wanted = psaIds.Distinct().ToList();
        var licensed = (await db.LicensedMembers.Where(l => wanted.Contains(l.PsaMemberId)).Select(l => l.PsaMemberId).ToListAsync(cancellationToken)).ToHashSet();
        var invited = (await InviteAsync(wanted.Where(licensed.Contains).ToList(), cancellationToken)).ToDictionary(r => r.PsaId);
        var names = await NamesAsync(wanted.Where(id => !licensed.Contains(id)).ToList(), cancellationToken);
        return wanted.Select(id => invited.TryGetValue(id, out var row)
            ? row
            : new InvitationRow(id, names.GetValueOrDefault(id)?.Name ?? $"Member {id}", names.GetValueOrDefault(id)?.Email, false, "notLicensed",
                "Not licensed: select and save the member first.")).ToList();
    }

    private async Task<IReadOnlyList<InvitationRow>> InviteAsync(IReadOnlyList<int> psaIds, CancellationToken cancellationToken)
    {
        if (psaIds.Count == 0)
        {
            return [];
        }

        var results = await accounts.InviteMembersAsync(psaIds, cancellationToken);
        var names = await NamesAsync(psaIds, cancellationToken);
        return results.Select(r => new InvitationRow(
            r.PsaMemberId, names.GetValueOrDefault(r.PsaMemberId)?.Name ?? r.DisplayName ?? $"Member {r.PsaMemberId}", r.Email ?? names.GetValueOrDefault(r.PsaMemberId)?.Email,
            r.Invited, JsonNamingPolicy.CamelCase.ConvertName(r.Outcome.ToString()), r.Reason)).ToList();
    }

    private async Task<Dictionary<int, MemberRow>> NamesAsync(IReadOnlyList<int> psaIds, CancellationToken cancellationToken) =>
        (await db.Members.AsNoTracking().Where(m => psaIds.Contains(m.PsaId)).ToListAsync(cancellationToken)).ToDictionary(m => m.PsaId, Row);

    private static MemberRow Row(Member m) => new(m.PsaId, m.DisplayName.Length > 0 ? m.DisplayName : m.UserName, m.UserName, m.Email);
}
