using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Branding.Data;
using TopLeft.Branding.Domain;
using TopLeft.Shared.Security;

namespace TopLeft.Branding.Features.ResetLogo;

internal static class ResetLogoEndpoint
{
    public static void MapResetLogo(this RouteGroupBuilder group) =>
        group.MapDelete("/logos/{slot}", ResetAsync)
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Goes back to the TopLeft default for a logo (slot: login, menu or favicon).");

    private static async Task<Results<NoContent, ProblemHttpResult>> ResetAsync(string slot, BrandingDbContext db, CancellationToken ct)
    {
        if (LogoSlot.Find(slot) is not { } target)
        {
            return BrandingProblems.NoSuchSlot(slot);
        }

        await db.Logos.Where(l => l.Slot == target.Name).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }
}
