using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Data;
using TopLeft.Shared.Security;

namespace TopLeft.Accounts.Audit;

internal static class AuditEndpoint
{
    public sealed record AuditRow(long Id, DateTimeOffset At, string Event, string? UserName, string? ActorUserName, string? IpAddress, string? Detail);

    public static void MapAudit(this RouteGroupBuilder group) =>
        group.MapGet("/audit", async Task<Ok<List<AuditRow>>> (AccountsDbContext db, DateTimeOffset? before, int? take, CancellationToken ct) =>
            {
                var query = db.AuditEntries.AsNoTracking();
                if (before is { } b)
                {
                    query = query.Where(a => a.At < b);
                }

                return TypedResults.Ok(await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                    .Take(Math.Clamp(take ?? 50, 1, 200))
                    .Select(a => new AuditRow(a.Id, a.At, a.Event, a.UserName, a.ActorUserName, a.IpAddress, a.Detail))
                    .ToListAsync(ct));
            })
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Security events of this workspace, newest first; page with ?before=.");
}
