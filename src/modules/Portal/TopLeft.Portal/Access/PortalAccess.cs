using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Licensing.Contracts;
using TopLeft.Portal.Data;
using TopLeft.Portal.Domain;
using TopLeft.Shared.Security;

namespace TopLeft.Portal.Access;

/// <summary>
/// Works out, once per request (scoped), whether and as whom the portal governs the signed-in user. Everything is read
/// afresh from PostgreSQL and the PSA copy on every request, so a removed contact or company license takes effect on
/// the very next call.
/// </summary>
internal sealed class PortalAccess(PortalDbContext db, IIntegrationsModule psa, ILicensingModule licensing, TimeProvider time)
{
    private readonly Dictionary<string, PortalViewer?> _viewers = [];
    private ConnectionSummary? _connection;
    private bool _connectionRead;

    public async Task<PortalViewer?> ViewerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var key = user.FindFirst(ClaimTypes.NameIdentifier)?.Value + "|" + user.FindFirst(UserClaims.Kind)?.Value + "|" + user.FindFirst(UserClaims.PsaContact)?.Value;
        if (!_viewers.TryGetValue(key, out var viewer))
        {
            viewer = await ComputeAsync(user, ct);
            _viewers[key] = viewer;
        }

        return viewer;
    }

    public async Task<PsaKind?> PsaKindAsync(CancellationToken ct)
    {
        if (!_connectionRead)
        {
            _connection = await psa.GetConnectionAsync(ct);
            _connectionRead = true;
        }

        return _connection?.Kind;
    }

    public async Task<BoardPortalSettings?> OptionsAsync(Guid boardId, CancellationToken ct) =>
        await db.BoardOptions.AsNoTracking().FirstOrDefaultAsync(o => o.BoardId == boardId, ct);

    private async Task<PortalViewer?> ComputeAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (user.FindFirst(UserClaims.Kind)?.Value == "contact")
        {
            if (!int.TryParse(user.FindFirst(UserClaims.PsaContact)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var contactId))
            {
                return PortalViewer.NoAccess(0, readOnly: false);
            }

            var record = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.ContactPsaId == contactId, ct);
            return record is { HasAccess: true }
                ? await ForContactAsync(contactId, record.CompanyPsaId, readOnly: false, ct)
                : PortalViewer.NoAccess(contactId, readOnly: false);
        }

        if (user.IsInRole("admin") && Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var adminId)
            && await ActiveViewAsAsync(adminId, ct) is { } session)
        {
            return await ForContactAsync(session.ContactPsaId, session.CompanyPsaId, readOnly: true, ct);
        }

        return null;
    }

    public async Task<ViewAsSession?> ActiveViewAsAsync(Guid adminUserId, CancellationToken ct)
    {
        var since = time.GetUtcNow() - ViewAsSession.MaxLength;
        return await db.ViewAsSessions.AsNoTracking()
            .Where(v => v.AdminUserId == adminUserId && v.EndedAt == null && v.StartedAt > since)
            .OrderByDescending(v => v.StartedAt).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The company holds a license that counts: after a downgrade below the licensed companies, only the earliest
    /// licensed ones (as many as were bought) keep access until an admin removes the others. The trial is unlimited.
    /// </summary>
    public async Task<bool> IsLicenseInForceAsync(int companyPsaId, CancellationToken ct)
    {
        if (!await db.LicensedCompanies.AsNoTracking().AnyAsync(l => l.CompanyPsaId == companyPsaId, ct))
        {
            return false;
        }

        var subscription = await licensing.GetSubscriptionAsync(ct);
        return subscription.IsTrial
            || await db.LicensedCompanies.AsNoTracking().OrderBy(l => l.LicensedAt).ThenBy(l => l.CompanyPsaId)
                .Take(subscription.PortalCompanyLicenses).AnyAsync(l => l.CompanyPsaId == companyPsaId, ct);
    }

    /// <summary>The contact as the PSA has them now (the company may have changed since the invitation), or null.</summary>
    public async Task<PsaContact?> FindContactAsync(int contactPsaId, int? companyHint, CancellationToken ct)
    {
        if (companyHint is { } hint && (await psa.GetContactsAsync(hint, ct)).FirstOrDefault(c => c.PsaId == contactPsaId) is { } found)
        {
            return found;
        }

        return (await psa.GetContactsAsync(null, ct)).FirstOrDefault(c => c.PsaId == contactPsaId);
    }

    private async Task<PortalViewer> ForContactAsync(int contactId, int? companyHint, bool readOnly, CancellationToken ct)
    {
        var contact = await FindContactAsync(contactId, companyHint, ct);
        if (contact is not { IsActive: true, CompanyPsaId: { } company } || !await IsLicenseInForceAsync(company, ct))
        {
            return PortalViewer.NoAccess(contactId, readOnly);
        }

        var kind = await PsaKindAsync(ct);
        var companies = kind == PsaKind.Autotask
            ? PortalRules.CompaniesOf(company, kind, await psa.GetCompaniesAsync(ct))
            : new HashSet<int> { company };
        return new PortalViewer(contactId, company, true, companies, readOnly);
    }
}
