using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Tenants;

internal static class CurrentTenantEndpoint
{
    public sealed record CurrentTenantResponse(string Slug, string Name, bool IsTrial);

    public static void MapCurrentTenant(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/tenant", async Task<Results<Ok<CurrentTenantResponse>, NotFound>> (
                ITenantContext tenant, TenantDirectory tenants, CancellationToken ct) =>
            tenant.Slug is { Length: > 0 } slug && await tenants.FindAsync(slug, ct) is { } found
                ? TypedResults.Ok(new CurrentTenantResponse(found.Slug, found.Name, found.IsTrial))
                : TypedResults.NotFound())
            .WithTags("Accounts")
            .WithSummary("The workspace (tenant) addressed by this URL; 404 when none.");
}
