using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Licensing.Contracts;
using TopLeft.Portal.Data;
using TopLeft.Portal.Domain;
using TopLeft.Shared.Security;

namespace TopLeft.Portal.Features.LicenseCompanies;

/// <summary>Admin → Client Portal, Companies: license client companies, within the licenses bought.</summary>
internal static class LicenseCompaniesEndpoints
{
    internal sealed record LicensedCompanyRow(int PsaId, string Name, string? Identifier, DateTimeOffset LicensedAt, string LicensedBy, bool InPsa);

    internal sealed record LicensedCompaniesResponse(int Licenses, bool IsTrial, int Used, int? Left, IReadOnlyList<LicensedCompanyRow> Companies);

    internal sealed record CompanyMatch(int PsaId, string Name, string Identifier, bool Licensed);

    internal sealed record LicenseCompanyRequest(int CompanyPsaId);

    public static void MapLicenseCompanies(this RouteGroupBuilder admin)
    {
        admin.MapGet("/companies", ListAsync).WithSummary("Licensed client companies and the company licenses bought, used and left.");
        admin.MapGet("/companies/search", SearchAsync).WithSummary("Type-ahead over synced PSA companies (name or identifier contains q), up to 20, with their license state.");
        admin.MapPost("/companies", LicenseAsync).WithSummary("Licenses a company for the client portal; refused (409) when every company license is in use (the trial is unlimited).");
        admin.MapDelete("/companies/{companyPsaId:int}", UnlicenseAsync)
            .WithSummary("Removes a company's license: its contacts lose access at once but stay invited, so restoring the license lets them in again.");
    }

    private static async Task<IResult> ListAsync(PortalDbContext db, ILicensingModule licensing, IIntegrationsModule psa, CancellationToken ct) =>
        Results.Ok(await ResponseAsync(db, licensing, psa, ct));

    private static async Task<IResult> SearchAsync(string? q, PortalDbContext db, IIntegrationsModule psa, CancellationToken ct)
    {
        var text = q?.Trim() ?? "";
        var licensed = (await db.LicensedCompanies.AsNoTracking().Select(c => c.CompanyPsaId).ToListAsync(ct)).ToHashSet();
        var matches = (await psa.GetCompaniesAsync(ct))
            .Where(c => text.Length == 0 || c.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || c.Identifier.Contains(text, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Name.StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(20)
            .Select(c => new CompanyMatch(c.PsaId, c.Name, c.Identifier, licensed.Contains(c.PsaId)))
            .ToList();
        return Results.Ok(matches);
    }

    private static async Task<IResult> LicenseAsync(
        LicenseCompanyRequest request, ClaimsPrincipal user, PortalDbContext db, ILicensingModule licensing, IIntegrationsModule psa,
        IContactAccounts accounts, TimeProvider time, CancellationToken ct)
    {
        if ((await psa.GetCompaniesAsync(ct)).FirstOrDefault(c => c.PsaId == request.CompanyPsaId) is not { } company)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["companyPsaId"] = ["No active PSA company has this id; sync first."] });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // One licensing change per tenant at a time, so two admins cannot both take the last license.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('portal-licenses'), hashtext({db.CurrentTenantId.ToString()}))", ct);
        if (await db.LicensedCompanies.AnyAsync(c => c.CompanyPsaId == company.PsaId, ct))
        {
            return Results.Ok(await ResponseAsync(db, licensing, psa, ct));
        }

        var subscription = await licensing.GetSubscriptionAsync(ct);
        var used = await db.LicensedCompanies.CountAsync(ct);
        if (!subscription.IsTrial && used >= subscription.PortalCompanyLicenses)
        {
            return Results.Problem(
                title: "Every client portal license is in use.",
                detail: $"{used} of {subscription.PortalCompanyLicenses} company licenses are in use. Remove a company, or buy more licenses under Manage Subscription.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["code"] = "no-company-license-left" });
        }

        db.LicensedCompanies.Add(new LicensedCompany
        {
            CompanyPsaId = company.PsaId, Name = company.Name, LicensedAt = time.GetUtcNow(), LicensedBy = Name(user),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await accounts.RecordAuditAsync("portal-company-licensed", $"{company.Name} ({company.PsaId})", ct);
        return Results.Ok(await ResponseAsync(db, licensing, psa, ct));
    }

    private static async Task<IResult> UnlicenseAsync(int companyPsaId, PortalDbContext db, IContactAccounts accounts, CancellationToken ct)
    {
        if (await db.LicensedCompanies.FirstOrDefaultAsync(c => c.CompanyPsaId == companyPsaId, ct) is not { } licensed)
        {
            return Results.NoContent();
        }

        db.LicensedCompanies.Remove(licensed);
        await db.SaveChangesAsync(ct);
        await accounts.RecordAuditAsync("portal-company-unlicensed", $"{licensed.Name} ({licensed.CompanyPsaId})", ct);
        return Results.NoContent();
    }

    private static async Task<LicensedCompaniesResponse> ResponseAsync(PortalDbContext db, ILicensingModule licensing, IIntegrationsModule psa, CancellationToken ct)
    {
        var subscription = await licensing.GetSubscriptionAsync(ct);
        var companies = (await psa.GetCompaniesAsync(ct)).ToDictionary(c => c.PsaId);
        var rows = (await db.LicensedCompanies.AsNoTracking().ToListAsync(ct))
            .Select(c => companies.TryGetValue(c.CompanyPsaId, out var p)
                ? new LicensedCompanyRow(c.CompanyPsaId, p.Name, p.Identifier, c.LicensedAt, c.LicensedBy, true)
                : new LicensedCompanyRow(c.CompanyPsaId, c.Name, null, c.LicensedAt, c.LicensedBy, false))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        int? left = subscription.IsTrial ? null : Math.Max(0, subscription.PortalCompanyLicenses - rows.Count);
        return new LicensedCompaniesResponse(subscription.PortalCompanyLicenses, subscription.IsTrial, rows.Count, left, rows);
    }

    internal static string Name(ClaimsPrincipal user) => user.FindFirst(UserClaims.DisplayName)?.Value ?? user.Identity?.Name ?? "An administrator";
}
