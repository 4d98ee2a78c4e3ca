using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Portal.Access;
using TopLeft.Portal.Data;
using TopLeft.Portal.Domain;
using TopLeft.Portal.Features.ManageContacts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Features.CloudRadial;

/// <summary>
/// CloudRadial mode: CloudRadial hands a signed-in contact over with a signed, expiring token; every active contact of a
/// licensed company who arrives with a valid one is signed in without an invitation (and then scoped like any contact).
/// </summary>
internal static class CloudRadialEndpoints
{
    private const string Purpose = "TopLeft.Portal.CloudRadialSecret";

    internal sealed record CloudRadialSettings(bool Configured, DateTimeOffset? CreatedAt, string HandOffUrl);

    internal sealed record CloudRadialSecret(string Secret, DateTimeOffset CreatedAt, string HandOffUrl);

    public static void MapCloudRadial(this RouteGroupBuilder portal, RouteGroupBuilder admin)
    {
        admin.MapGet("/cloudradial", GetAsync).WithSummary("Whether a CloudRadial hand-off secret is set, and the hand-off address to give CloudRadial.");
        admin.MapPost("/cloudradial/secret", NewSecretAsync).WithSummary("Makes a new CloudRadial hand-off secret (shown once; the previous one stops working).");
        admin.MapDelete("/cloudradial/secret", DeleteSecretAsync).WithSummary("Turns CloudRadial hand-off off.");
        portal.MapGet("/cloudradial/hand-off", HandOffAsync).AllowAnonymous()
            .WithSummary("CloudRadial's hand-off: ?token=<signed token> signs the contact in and redirects to the boards. Refused: 401, a page saying why for a browser (Accept: text/html), else ProblemDetails with a code.");
    }

    private static async Task<IResult> GetAsync(PortalDbContext db, HttpContext http, CancellationToken ct)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct);
        return Results.Ok(new CloudRadialSettings(settings?.CloudRadialSecretProtected is not null, settings?.CloudRadialSecretCreatedAt, HandOffUrl(http)));
    }

    private static async Task<IResult> NewSecretAsync(PortalDbContext db, IDataProtectionProvider protection, IContactAccounts accounts, HttpContext http, TimeProvider time, CancellationToken ct)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var settings = await db.Settings.FirstOrDefaultAsync(ct) ?? db.Settings.Add(new PortalSettings { TenantId = db.CurrentTenantId }).Entity;
        settings.CloudRadialSecretProtected = protection.CreateProtector(Purpose).Protect(secret);
        settings.CloudRadialSecretCreatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await accounts.RecordAuditAsync("portal-cloudradial-secret", "A new CloudRadial hand-off secret was made.", ct);
        return Results.Ok(new CloudRadialSecret(secret, settings.CloudRadialSecretCreatedAt.Value, HandOffUrl(http)));
    }

    private static async Task<IResult> DeleteSecretAsync(PortalDbContext db, IContactAccounts accounts, CancellationToken ct)
    {
        if (await db.Settings.FirstOrDefaultAsync(ct) is { } settings)
        {
            settings.CloudRadialSecretProtected = null;
            settings.CloudRadialSecretCreatedAt = null;
            await db.SaveChangesAsync(ct);
            await accounts.RecordAuditAsync("portal-cloudradial-secret", "CloudRadial hand-off was turned off.", ct);
        }

        return Results.NoContent();
    }

    private static async Task<IResult> HandOffAsync(
        string? token, HttpContext http, PortalDbContext db, PortalAccess access, ITenantContext tenant, IDataProtectionProvider protection,
        IIntegrationsModule psa, IContactAccounts accounts, IAccountsModule workspaces, TimeProvider time, CancellationToken ct)
    {
        var refusal = await SignInAsync(token, db, access, tenant, protection, psa, accounts, time, ct);
        if (refusal is null)
        {
            return Results.Redirect("/");
        }

        if (!HandOffAnswer.WantsPage(http.Request))
        {
            return Results.Problem(
                title: "The CloudRadial hand-off was refused.", detail: refusal.Detail, statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });
        }

        var workspace = tenant.HasTenant && tenant.Slug is { Length: > 0 } slug ? (await workspaces.FindTenantAsync(slug, ct))?.Name : null;
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(HandOffRefusedPage.Render(refusal, workspace), "text/html; charset=utf-8", statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Signs the contact in; null when done, else why not.</summary>
    private static async Task<HandOffRefusal?> SignInAsync(
        string? token, PortalDbContext db, PortalAccess access, ITenantContext tenant, IDataProtectionProvider protection, IIntegrationsModule psa,
        IContactAccounts accounts, TimeProvider time, CancellationToken ct)
    {
        if (!tenant.HasTenant || await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) is not { CloudRadialSecretProtected: { } protectedSecret })
        {
            return HandOffRefusal.NotConfigured;
        }

        var now = time.GetUtcNow();
        var (payload, problem) = CloudRadialToken.Verify(protection.CreateProtector(Purpose).Unprotect(protectedSecret), token, tenant.Slug ?? "", now);
        if (payload is null)
        {
            return problem;
        }

        if (await psa.FindContactByEmailAsync(payload.Email, ct) is not { IsActive: true, CompanyPsaId: { } company } contact)
        {
            return HandOffRefusal.UnknownContact;
        }

        if (!await access.IsLicenseInForceAsync(company, ct))
        {
            return HandOffRefusal.NotLicensed;
        }

        var record = await db.Contacts.FirstOrDefaultAsync(c => c.ContactPsaId == contact.PsaId, ct);
        if (record is { RemovedAt: not null })
        {
            return HandOffRefusal.Removed;
        }

        // Single use: the primary key refuses a second use of the same nonce.
        await db.UsedHandOffs.Where(u => u.ExpiresAt < now).ExecuteDeleteAsync(ct);
        db.UsedHandOffs.Add(new UsedHandOff { Nonce = payload.Nonce, ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(payload.Exp) });
        record ??= db.Contacts.Add(new PortalContact { ContactPsaId = contact.PsaId, Source = ContactSource.CloudRadial }).Entity;
        record.CompanyPsaId = company;
        record.Name = ManageContactsEndpoints.DisplayName(contact);
        record.Email = contact.Email;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return HandOffRefusal.AlreadyUsed;
        }

        return await accounts.SignInContactAsync(new ContactIdentity(contact.PsaId, contact.Email, record.Name), ct) ? null : HandOffRefusal.CannotSignIn;
    }

    private static string HandOffUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}/api/portal/cloudradial/hand-off?token=";
}
