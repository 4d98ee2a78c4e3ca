using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TopLeft.Licensing.Contracts.Events;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Domain;
using TopLeft.Licensing.Features.ManageSubscription;
using TopLeft.Shared.Data;

namespace TopLeft.Licensing.Features.SelectLicensedMembers;

internal sealed class SelectLicensedMembersHandler(LicensingDbContext db, SubscriptionStore store, TimeProvider time)
{
    public const string InvitationNote =
        "Invitations are not sent yet: the Accounts module has no invitation method for other modules. Invite these members from the Users page.";

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

        var toInvite = request.SendInvitations ? added.Select(id => Row(members[id])).ToList() : [];
        return (new SaveSelectionResponse(
            wanted.Count, subscription.IsTrial ? null : subscription.MemberLicenses, version, added, removed, toInvite, false,
            toInvite.Count > 0 ? InvitationNote : null), null);
    }

    private static MemberRow Row(Member m) => new(m.PsaId, m.DisplayName.Length > 0 ? m.DisplayName : m.UserName, m.UserName, m.Email);
}
