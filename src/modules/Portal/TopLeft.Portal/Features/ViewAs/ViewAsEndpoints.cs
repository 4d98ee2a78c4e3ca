using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Contracts;
using TopLeft.Boards.Contracts;
using TopLeft.Portal.Access;
using TopLeft.Portal.Data;
using TopLeft.Portal.Domain;
using TopLeft.Portal.Features.LicenseCompanies;
using TopLeft.Portal.Features.ManageContacts;
using TopLeft.Shared.Security;

namespace TopLeft.Portal.Features.ViewAs;

/// <summary>
/// View As: an admin sees the boards exactly as one contact does, read-only, until Exit. While a session is active the
/// portal governs the admin on every board (see <see cref="PortalAccess"/>); each start and exit is audit-logged.
/// </summary>
internal static class ViewAsEndpoints
{
    /// <summary>Where Exit takes the admin: the Client Portal settings page.</summary>
    public const string SettingsPage = "/admin/portal";

    internal sealed record StartViewAsRequest(int ContactPsaId);

    internal sealed record ViewAsState(bool Active, int? ContactPsaId, string? ContactName, int? CompanyPsaId, DateTimeOffset? StartedAt, string ReturnTo);

    internal sealed record ViewAsLogEntry(Guid Id, string AdminName, int ContactPsaId, string ContactName, int? CompanyPsaId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

    public static void MapViewAs(this RouteGroupBuilder portal, RouteGroupBuilder admin)
    {
        portal.MapGet("/view-as", GetAsync).WithSummary("The signed-in admin's View As session, if one is active (the main menu shows Exit then).");
        admin.MapPost("/view-as", StartAsync).WithSummary("Starts viewing the boards as a contact of a licensed company: read-only, audit-logged, until Exit.");
        admin.MapDelete("/view-as", ExitAsync).WithSummary("Exits View As; answers where to return (the Client Portal settings page).");
        admin.MapGet("/view-as/log", LogAsync).WithSummary("The View As audit log: who viewed as whom, from when to when (newest first, up to 200).");
    }

    private static async Task<IResult> GetAsync(ClaimsPrincipal user, PortalAccess access, CancellationToken ct) =>
        Results.Ok(AdminId(user) is { } adminId && user.IsInRole("admin") && await access.ActiveViewAsAsync(adminId, ct) is { } session
            ? new ViewAsState(true, session.ContactPsaId, session.ContactName, session.CompanyPsaId, session.StartedAt, SettingsPage)
            : new ViewAsState(false, null, null, null, null, SettingsPage));

    private static async Task<IResult> StartAsync(
        StartViewAsRequest request, ClaimsPrincipal user, PortalDbContext db, PortalAccess access, IContactAccounts accounts, IBoardsModule boards,
        TimeProvider time, CancellationToken ct)
    {
        if (AdminId(user) is not { } adminId)
        {
            return Results.Problem(title: "Only a signed-in administrator can view as a contact.", statusCode: StatusCodes.Status403Forbidden);
        }

        var record = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.ContactPsaId == request.ContactPsaId, ct);
        var contact = await access.FindContactAsync(request.ContactPsaId, record?.CompanyPsaId, ct);
        if (contact is null)
        {
            return Results.Problem(title: "No such contact.", statusCode: StatusCodes.Status404NotFound);
        }

        if (contact.CompanyPsaId is not { } company || !await db.LicensedCompanies.AnyAsync(c => c.CompanyPsaId == company, ct))
        {
            return Results.Problem(title: "The contact's company is not licensed.", detail: "License the company under Companies first.", statusCode: StatusCodes.Status409Conflict);
        }

        var now = time.GetUtcNow();
        await EndAsync(db, adminId, now, ct);
        var session = new ViewAsSession
        {
            Id = Guid.CreateVersion7(), AdminUserId = adminId, AdminName = LicenseCompaniesEndpoints.Name(user), ContactPsaId = contact.PsaId,
            ContactName = ManageContactsEndpoints.DisplayName(contact), CompanyPsaId = company, StartedAt = now,
        };
        db.ViewAsSessions.Add(session);
        await db.SaveChangesAsync(ct);
        await accounts.RecordAuditAsync("portal-view-as-started", $"{session.AdminName} views as {session.ContactName} ({session.ContactPsaId})", ct);
        return Results.Ok(new ViewAsState(true, session.ContactPsaId, session.ContactName, company, now, SettingsPage));
    }

    private static async Task<IResult> ExitAsync(ClaimsPrincipal user, PortalDbContext db, IContactAccounts accounts, TimeProvider time, CancellationToken ct)
    {
        if (AdminId(user) is { } adminId && await EndAsync(db, adminId, time.GetUtcNow(), ct) is { Count: > 0 } ended)
        {
            await accounts.RecordAuditAsync("portal-view-as-ended", string.Join("; ", ended.Select(s => $"{s.AdminName} stopped viewing as {s.ContactName} ({s.ContactPsaId})")), ct);
        }

        return Results.Ok(new ViewAsState(false, null, null, null, null, SettingsPage));
    }

    private static async Task<IResult> LogAsync(PortalDbContext db, CancellationToken ct) =>
        Results.Ok(await db.ViewAsSessions.AsNoTracking().OrderByDescending(v => v.StartedAt).Take(200)
            .Select(v => new ViewAsLogEntry(v.Id, v.AdminName, v.ContactPsaId, v.ContactName, v.CompanyPsaId, v.StartedAt, v.EndedAt)).ToListAsync(ct));

    private static async Task<List<ViewAsSession>> EndAsync(PortalDbContext db, Guid adminId, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.ViewAsSessions.Where(v => v.AdminUserId == adminId && v.EndedAt == null).ToListAsync(ct);
        foreach (var session in open)
        {
            session.EndedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return open;
    }

    private static Guid? AdminId(ClaimsPrincipal user) =>
        user.FindFirst(UserClaims.Kind)?.Value != "contact" && Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var id) ? id : null;
}
