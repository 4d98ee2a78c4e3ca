using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Contracts.Events;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Data;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Invitations;

/// <summary>Client contacts' users for the Portal module: invitation, ending sessions, the CloudRadial sign-in, audit.</summary>
internal sealed class ContactAccounts(
    AccountsDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    InvitationSender invitations,
    AuditLog audit,
    ITenantContext tenant,
    IHttpContextAccessor http,
    IConfiguration configuration,
    TimeProvider time) : IContactAccounts
{
    public async Task<ContactInvitationResult> InviteContactAsync(ContactIdentity contact, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(contact.Email))
        {
            return new(false, null, "The contact has no e-mail address; add one in the PSA, then sync.");
        }

        var (user, problem) = await UpsertAsync(contact, cancellationToken);
        if (user is null)
        {
            return new(false, null, problem);
        }

        if (user.IsDisabled)
        {
            return new(false, user.Id, "The contact's user is disabled; enable it on the Users page first.");
        }

        return await invitations.SendAsync(user, await BaseUrlAsync(cancellationToken), cancellationToken)
            ? new(true, user.Id, null)
            : new(false, user.Id, "The contact has no e-mail address.");
    }

    public async Task EndContactSessionsAsync(int contactPsaId, string reason, CancellationToken cancellationToken = default)
    {
        var psaId = contactPsaId.ToString(CultureInfo.InvariantCulture);
        if (await db.Users.SingleOrDefaultAsync(u => u.Kind == UserKind.Contact && u.PsaId == psaId, cancellationToken) is not { } user)
        {
            return;
        }

        await users.UpdateSecurityStampAsync(user);
        db.Publish(new UserSessionsEnded(user.Id, reason));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> SignInContactAsync(ContactIdentity contact, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(contact.Email))
        {
            return false;
        }

        var (user, _) = await UpsertAsync(contact, cancellationToken);
        if (user is null || !await signIn.CanSignInAsync(user))
        {
            return false;
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: "cloudradial");
        await audit.RecordNowAsync(AuditEvents.SignedIn, user, "CloudRadial hand-off", cancellationToken: cancellationToken);
        return true;
    }

    public async Task RecordAuditAsync(string eventName, string detail, CancellationToken cancellationToken = default) =>
        await audit.RecordNowAsync(eventName, null, detail, cancellationToken: cancellationToken);

    private async Task<(AppUser? User, string? Problem)> UpsertAsync(ContactIdentity contact, CancellationToken cancellationToken)
    {
        var psaId = contact.PsaId.ToString(CultureInfo.InvariantCulture);
        var email = contact.Email!.Trim();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Kind == UserKind.Contact && u.PsaId == psaId, cancellationToken);
        if (user is null)
        {
            if (await users.FindByNameAsync(email) is { } existing)
            {
                if (existing.Kind != UserKind.Contact || existing.PsaId is not null)
                {
                    return (null, $"'{email}' already belongs to another user of this workspace.");
                }

                // A contact an admin added by hand on the Users page: link it to the PSA contact.
                existing.PsaId = psaId;
                await users.UpdateAsync(existing);
                return (existing, null);
            }

            user = new AppUser
            {
                UserName = email, Email = email, DisplayName = contact.DisplayName, Kind = UserKind.Contact, PsaId = psaId, CreatedAt = time.GetUtcNow(),
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return (null, string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await audit.RecordNowAsync(AuditEvents.UserCreated, user, "client portal contact", cancellationToken: cancellationToken);
            return (user, null);
        }

        if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase) && await users.FindByNameAsync(email) is null)
        {
            user.Email = email;
            user.UserName = email;
        }

        user.DisplayName = contact.DisplayName.Length > 0 ? contact.DisplayName : user.DisplayName;
        await users.UpdateAsync(user);
        return (user, null);
    }

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
}
