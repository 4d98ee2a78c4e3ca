using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Portal.Access;
using TopLeft.Portal.Data;
using TopLeft.Portal.Domain;

namespace TopLeft.Portal.Features.ManageContacts;

/// <summary>Admin → Client Portal, Contacts: a licensed company's PSA contacts with Invite / Resend Invitation / Remove.</summary>
internal static class ManageContactsEndpoints
{
    /// <param name="Access">"none" (never invited), "invited", "cloudradial" (arrived through CloudRadial) or "removed".</param>
    internal sealed record ContactRow(int PsaId, string Name, string? Email, bool IsActive, string Access, DateTimeOffset? InvitedAt);

    public static void MapManageContacts(this RouteGroupBuilder admin)
    {
        admin.MapGet("/companies/{companyPsaId:int}/contacts", ListAsync).WithSummary("A licensed company's PSA contacts and their portal access (none, invited, cloudradial, removed).");
        admin.MapPost("/contacts/{contactPsaId:int}/invitation", InviteAsync)
            .WithSummary("Invites the contact (or resends the invitation): an e-mail with a single-use link valid 7 days. The contact's company must be licensed.");
        admin.MapDelete("/contacts/{contactPsaId:int}", RemoveAsync).WithSummary("Removes the contact's access at once (their sessions end); inviting them again restores it.");
    }

    private static async Task<IResult> ListAsync(int companyPsaId, PortalDbContext db, IIntegrationsModule psa, CancellationToken ct)
    {
        if (!await db.LicensedCompanies.AnyAsync(c => c.CompanyPsaId == companyPsaId, ct))
        {
            return Results.Problem(title: "The company is not licensed.", detail: "License the company under Companies first.", statusCode: StatusCodes.Status404NotFound);
        }

        var records = await db.Contacts.AsNoTracking().ToDictionaryAsync(c => c.ContactPsaId, ct);
        var rows = (await psa.GetContactsAsync(companyPsaId, ct))
            .Select(c => Row(c, records.GetValueOrDefault(c.PsaId)))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        return Results.Ok(rows);
    }

    private static async Task<IResult> InviteAsync(
        int contactPsaId, PortalDbContext db, PortalAccess access, IContactAccounts accounts, TimeProvider time, CancellationToken ct)
    {
        var existing = await db.Contacts.FirstOrDefaultAsync(c => c.ContactPsaId == contactPsaId, ct);
        var contact = await access.FindContactAsync(contactPsaId, existing?.CompanyPsaId, ct);
        if (contact is null)
        {
            return Results.Problem(title: "No such contact.", detail: "The contact needs a record in your PSA; sync, then try again.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!contact.IsActive)
        {
            return Problem("The contact is inactive in the PSA.", "Only active contacts can be invited.", "contact-inactive");
        }

        if (contact.CompanyPsaId is not { } company || !await db.LicensedCompanies.AnyAsync(c => c.CompanyPsaId == company, ct))
        {
            return Problem("The contact's company is not licensed.", "License the company under Companies first.", "company-not-licensed");
        }

        var result = await accounts.InviteContactAsync(new ContactIdentity(contact.PsaId, contact.Email, DisplayName(contact)), ct);
        if (!result.Invited)
        {
            return Problem("The invitation cannot be sent.", result.Problem ?? "", "invitation-refused");
        }

        var now = time.GetUtcNow();
        var record = existing ?? db.Contacts.Add(new PortalContact { ContactPsaId = contact.PsaId }).Entity;
        record.CompanyPsaId = company;
        record.Name = DisplayName(contact);
        record.Email = contact.Email;
        record.UserId = result.UserId;
        record.Source = ContactSource.Invitation;
        record.InvitedAt = now;
        record.Invitations++;
        record.RemovedAt = null;
        await db.SaveChangesAsync(ct);
        return Results.Ok(Row(contact, record));
    }

    private static async Task<IResult> RemoveAsync(int contactPsaId, PortalDbContext db, IContactAccounts accounts, TimeProvider time, CancellationToken ct)
    {
        if (await db.Contacts.FirstOrDefaultAsync(c => c.ContactPsaId == contactPsaId, ct) is not { } record)
        {
            return Results.NoContent();
        }

        record.RemovedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await accounts.EndContactSessionsAsync(contactPsaId, "Your access to the client portal was removed.", ct);
        await accounts.RecordAuditAsync("portal-contact-removed", $"{record.Name} ({record.ContactPsaId})", ct);
        return Results.NoContent();
    }

    private static ContactRow Row(PsaContact contact, PortalContact? record) => new(
        contact.PsaId,
        DisplayName(contact),
        contact.Email,
        contact.IsActive,
        record is null ? "none" : record.RemovedAt is not null ? "removed" : record.Source == ContactSource.CloudRadial ? "cloudradial" : "invited",
        record?.InvitedAt);

    internal static string DisplayName(PsaContact contact) =>
        $"{contact.FirstName} {contact.LastName}".Trim() is { Length: > 0 } name ? name : contact.Email ?? $"Contact {contact.PsaId}";

    private static IResult Problem(string title, string detail, string code) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["code"] = code });
}
