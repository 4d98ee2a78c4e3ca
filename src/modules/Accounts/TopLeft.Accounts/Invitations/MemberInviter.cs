using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Users;
using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Invitations;

/// <summary>
/// Invites PSA members on another module's behalf (the Licensing page's "Send e-mail invitations"). A member who
/// has no user yet (the MemberSynced event not delivered yet, or the user removed) gets one from the Integrations
/// copy of the PSA, exactly as the sync would make it.
/// </summary>
internal sealed class MemberInviter(
    AccountsDbContext db,
    PsaUserSync psaUsers,
    InvitationSender invitations,
    IIntegrationsModule integrations,
    ITenantContext tenant,
    IHttpContextAccessor http,
    IConfiguration configuration)
{
    public async Task<IReadOnlyList<MemberInvitationResult>> InviteAsync(IReadOnlyList<int> psaMemberIds, CancellationToken cancellationToken)
    {
        if (!tenant.HasTenant)
        {
            throw new InvalidOperationException("Members are invited within a tenant; this scope has none.");
        }

        var ids = psaMemberIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var keys = ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
        var users = (await db.Users.Where(u => u.Kind == UserKind.Member && keys.Contains(u.PsaId!)).ToListAsync(cancellationToken))
            .GroupBy(u => int.Parse(u.PsaId!, CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.First());
        var psaMembers = ids.All(users.ContainsKey)
            ? new Dictionary<int, PsaMember>()
            : (await integrations.GetMembersAsync(includeInactive: true, cancellationToken)).Where(m => ids.Contains(m.PsaId)).ToDictionary(m => m.PsaId);
        var userIds = users.Values.Select(u => u.Id).ToList();
        var accepted = (await db.Invitations.Where(i => userIds.Contains(i.UserId) && i.AcceptedAt != null).Select(i => i.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var baseUrl = await BaseUrlAsync(cancellationToken);

        var results = new List<MemberInvitationResult>(ids.Count);
        foreach (var id in ids)
        {
            if (!users.TryGetValue(id, out var user))
            {
                if (!psaMembers.TryGetValue(id, out var member))
                {
                    results.Add(new(id, null, null, MemberInvitationOutcome.UnknownMember, "No PSA member with this id has been synced."));
                    continue;
                }

                if (!member.IsActive)
                {
                    results.Add(new(id, Name(member), member.Email, MemberInvitationOutcome.Disabled, "Inactive in the PSA."));
                    continue;
                }

                user = await psaUsers.UpsertMemberAsync(member.PsaId, member.UserName, member.Email, member.FirstName, member.LastName, cancellationToken);
                if (user is null)
                {
                    results.Add(new(id, Name(member), member.Email, MemberInvitationOutcome.UserNameTaken,
                        $"The username '{member.UserName}' already belongs to another user of this workspace."));
                    continue;
                }
            }

            results.Add(await InviteAsync(id, user, accepted.Contains(user.Id), baseUrl, cancellationToken));
        }

        return results;
    }

    private async Task<MemberInvitationResult> InviteAsync(int id, AppUser user, bool acceptedBefore, Uri baseUrl, CancellationToken cancellationToken)
    {
        if (user.IsDisabled)
        {
            return new(id, user.DisplayName, user.Email, MemberInvitationOutcome.Disabled, "Disabled in TopLeft; enable the user on the Users page first.");
        }

        if (user.PasswordHash is not null || acceptedBefore)
        {
            return new(id, user.DisplayName, user.Email, MemberInvitationOutcome.AlreadyHasAccount, "Already has an account and can sign in.");
        }

        return await invitations.SendAsync(user, baseUrl, cancellationToken)
            ? new(id, user.DisplayName, user.Email, MemberInvitationOutcome.Invited, $"Invitation sent to {user.Email}.")
            : new(id, user.DisplayName, user.Email, MemberInvitationOutcome.NoEmail, "No e-mail address; add one in the PSA, then sync.");
    }

    /// <summary>The workspace's own address: the request's when there is one, else from the slug and the base domain.</summary>
    private async Task<Uri> BaseUrlAsync(CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Request is { Host.HasValue: true } request)
        {
            return new Uri($"{request.Scheme}://{request.Host}/");
        }

        var slug = tenant.Slug is { Length: > 0 } known
            ? known
            : await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.Slug).SingleAsync(cancellationToken);
        return new Uri($"https://{slug}.{configuration["Tenancy:BaseDomain"] ?? "localhost"}/");
    }

    private static string Name(PsaMember member) => $"{member.FirstName} {member.LastName}".Trim() is { Length: > 0 } name ? name : member.UserName;
}
