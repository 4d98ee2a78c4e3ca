using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TopLeft.Accounts.Tenants;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Session;

/// <summary>What the SPA asks first: who is signed in (if anyone) at which workspace.</summary>
internal static class SessionEndpoint
{
    public sealed record SessionTenant(string Slug, string Name);

    public sealed record SessionUser(string Id, string DisplayName, string UserName, string Kind, bool Licensed);

    public sealed record SessionResponse(SessionUser? User, SessionTenant? Tenant);

    public static void MapSession(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/session", async Task<Ok<SessionResponse>> (ITenantContext tenant, TenantDirectory tenants, CancellationToken ct) =>
            {
                var found = tenant.Slug is { Length: > 0 } slug ? await tenants.FindAsync(slug, ct) : null;

                // Sign-in arrives with the Accounts issue; until then nobody is signed in.
                return TypedResults.Ok(new SessionResponse(null, found is null ? null : new SessionTenant(found.Slug, found.Name)));
            })
            .WithTags("Accounts")
            .WithSummary("The signed-in user (null when signed out) and the workspace of this URL.");
}
