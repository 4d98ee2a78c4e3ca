using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TopLeft.Branding.Data;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Branding.Features.ViewBranding;

internal static class ViewBrandingEndpoint
{
    // Anonymous: the sign-in page shows the login logo before anyone has signed in.
    public static void MapViewBranding(this RouteGroupBuilder group) =>
        group.MapGet("/", ViewAsync)
            .AllowAnonymous()
            .WithSummary("The workspace's current logo URLs (login, menu, favicon); null where the default is used.");

    private static async Task<Results<Ok<BrandingResponse>, ProblemHttpResult>> ViewAsync(
        ITenantContext tenant, BrandingDbContext db, HttpContext http, CancellationToken ct)
    {
        if (!tenant.HasTenant)
        {
            return BrandingProblems.NoWorkspace();
        }

        // The URLs change whenever a logo does, so this answer must never come from a cache.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await BrandingQuery.LoadAsync(db, ct));
    }
}
