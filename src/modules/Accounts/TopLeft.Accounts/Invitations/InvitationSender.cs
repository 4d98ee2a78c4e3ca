using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Email;
using TopLeft.Accounts.Onboarding;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Accounts.Invitations;

/// <summary>
/// Sends (or resends) an invitation: the new link replaces any pending one, and the mail, the onboarding
/// series and the audit entry are stored in one transaction, so a crash never loses or half-sends it.
/// </summary>
internal sealed class InvitationSender(AccountsDbContext db, AuditLog audit, TimeProvider time)
{
    public static readonly int[] OnboardingDays = [1, 3, 7];

    public async Task<bool> SendAsync(AppUser user, Uri baseUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return false;
        }

        var now = time.GetUtcNow();
        foreach (var pending in await db.Invitations.Where(i => i.UserId == user.Id && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync(cancellationToken))
        {
            pending.Revoke(now);
        }

        var (invitation, token) = Invitation.Create(user.Id, now);
        db.Invitations.Add(invitation);
        var tenantName = await db.Tenants.Where(t => t.Id == user.TenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var link = new Uri(baseUrl, "/invitation?token=" + token);
        var (subject, text, html) = EmailTemplates.Invitation(tenantName, user.DisplayName, user.UserName!, link);
        db.Publish(new EmailRequested(user.Email, user.DisplayName, subject, text, html));

        var scheduled = await db.OnboardingEmails.Where(o => o.UserId == user.Id).Select(o => o.Step).ToListAsync(cancellationToken);
        for (var step = 1; step <= OnboardingDays.Length; step++)
        {
            if (!scheduled.Contains(step))
            {
                db.OnboardingEmails.Add(new OnboardingEmail { UserId = user.Id, Step = step, BaseUrl = baseUrl.ToString(), DueAt = now.AddDays(OnboardingDays[step - 1]) });
            }
        }

        audit.Record(AuditEvents.InvitationSent, user);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
