using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Invitations;
using TopLeft.Accounts.Tenants;
using TopLeft.Accounts.Users;

namespace TopLeft.Accounts;

// Scoped: the answers act for the caller's tenant. The inviter is resolved per call, so asking for a tenant does
// not build the invitation machinery.
internal sealed class AccountsModuleApi(TenantDirectory tenants, AccountsDbContext db, IServiceProvider services) : IAccountsModule
{
    public Task<TenantSummary?> FindTenantAsync(string slug, CancellationToken cancellationToken = default) =>
        tenants.FindAsync(slug, cancellationToken);

    public Task<IReadOnlyList<MemberInvitationResult>> InviteMembersAsync(IReadOnlyList<int> psaMemberIds, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<MemberInviter>().InviteAsync(psaMemberIds, cancellationToken);

    public async Task<IReadOnlyList<AdminContact>> GetAdminNamesAsync(CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.IsAdmin && !u.IsDisabled && u.Kind == UserKind.Member)
            .OrderBy(u => u.DisplayName)
            .Select(u => new AdminContact(u.DisplayName, u.Email))
            .ToListAsync(cancellationToken);
}
