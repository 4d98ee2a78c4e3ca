using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Contracts.Events;
using TopLeft.Accounts.Data;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Accounts.Users;

/// <summary>
/// Keeps users in step with the PSA: a synced member becomes (or updates) a member user who signs in with the PSA
/// username; a member or contact inactive in the PSA is disabled. Re-enabling is never automatic: only an admin
/// does it. Idempotent, as outbox delivery is at least once.
/// </summary>
internal sealed class PsaUserSync(UserManager<AppUser> users, AccountsDbContext db, AuditLog audit, TimeProvider time)
    : IIntegrationEventHandler<MemberSynced>, IIntegrationEventHandler<MemberDeactivated>, IIntegrationEventHandler<ContactSynced>
{
    public async Task HandleAsync(MemberSynced @event, CancellationToken cancellationToken) =>
        await UpsertMemberAsync(@event.PsaId, @event.UserName, @event.Email, @event.FirstName, @event.LastName, cancellationToken);

    /// <summary>
    /// The member user for a PSA member, created or brought up to date; null when the PSA username already belongs
    /// to another user of the workspace.
    /// </summary>
    public async Task<AppUser?> UpsertMemberAsync(int memberPsaId, string userName, string? email, string firstName, string lastName, CancellationToken cancellationToken)
    {
        var psaId = memberPsaId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var displayName = $"{firstName} {lastName}".Trim();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Kind == UserKind.Member && u.PsaId == psaId, cancellationToken)
            // The admin who signed up before the PSA was connected is the same person as their PSA member.
            ?? (email is { Length: > 0 }
                ? await db.Users.SingleOrDefaultAsync(u => u.Kind == UserKind.Member && u.PsaId == null && u.NormalizedEmail == email.ToUpperInvariant(), cancellationToken)
                : null);

        if (user is null)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                return null;
            }

            user = new AppUser
            {
                UserName = userName, Email = email, DisplayName = displayName, Kind = UserKind.Member, PsaId = psaId,
                CreatedAt = time.GetUtcNow(),
            };
            if (!(await users.CreateAsync(user)).Succeeded)
            {
                return null;
            }

            audit.Record(AuditEvents.UserCreated, user, "synced from the PSA");
            await db.SaveChangesAsync(cancellationToken);
            return user;
        }

        user.PsaId = psaId;
        user.DisplayName = displayName.Length > 0 ? displayName : user.DisplayName;
        user.Email = email ?? user.Email;
        await users.UpdateAsync(user);
        return user;
    }

    public async Task HandleAsync(MemberDeactivated @event, CancellationToken cancellationToken)
    {
        var psaId = @event.PsaId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Kind == UserKind.Member && u.PsaId == psaId, cancellationToken);
        await DisableAsync(user, "inactive in the PSA", cancellationToken);
    }

    public async Task HandleAsync(ContactSynced @event, CancellationToken cancellationToken)
    {
        if (@event.IsActive)
        {
            return;
        }

        var psaId = @event.PsaId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Kind == UserKind.Contact && u.PsaId == psaId, cancellationToken);
        await DisableAsync(user, "contact inactive in the PSA", cancellationToken);
    }

    private async Task DisableAsync(AppUser? user, string reason, CancellationToken cancellationToken)
    {
        if (user is null || user.IsDisabled)
        {
            return;
        }

        user.IsDisabled = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        db.Publish(new UserSessionsEnded(user.Id, "Your account is inactive in the PSA."));
        await audit.RecordNowAsync(AuditEvents.UserDisabled, user, reason, cancellationToken: cancellationToken);
    }
}
