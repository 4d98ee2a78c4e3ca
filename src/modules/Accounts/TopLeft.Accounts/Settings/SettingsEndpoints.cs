using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Data;
using TopLeft.Shared.Security;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Settings;

internal static class SettingsEndpoints
{
    public sealed record SecuritySettings(bool RequireTwoFactor);

    public static void MapSettings(this RouteGroupBuilder group)
    {
        var settings = group.MapGroup("/settings").RequireAuthorization(Policies.Admin);
        settings.MapGet("", async Task<Ok<SecuritySettings>> (AccountsDbContext db, ITenantContext tenant, CancellationToken ct) =>
            TypedResults.Ok(new SecuritySettings(await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.RequireTwoFactor).SingleAsync(ct))))
            .WithSummary("The workspace's security settings.");
        settings.MapPut("", async Task<NoContent> (SecuritySettings request, AccountsDbContext db, ITenantContext tenant, AuditLog audit, CancellationToken ct) =>
            {
                var row = await db.Tenants.SingleAsync(t => t.Id == tenant.TenantId, ct);
                row.RequireTwoFactor = request.RequireTwoFactor;
                audit.Record(AuditEvents.SettingsChanged, null, $"require two-factor: {request.RequireTwoFactor}");
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Changes the workspace's security settings (e.g. require two-factor for everyone).");
    }
}
