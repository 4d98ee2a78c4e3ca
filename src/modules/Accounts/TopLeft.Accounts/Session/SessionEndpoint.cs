using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Security;
using TopLeft.Accounts.Tenants;
using TopLeft.Accounts.TwoFactor;
using TopLeft.Accounts.Users;
using TopLeft.Licensing.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Session;

/// <summary>What the SPA asks first: who is signed in (if anyone) at which workspace. Also issues the anti-forgery cookie.</summary>
internal static class SessionEndpoint
{
    public sealed record SessionTenant(string Slug, string Name);

    public sealed record SessionUser(
        string Id, string DisplayName, string UserName, string Kind, bool Licensed, bool TwoFactorEnabled, bool MustSetUpTwoFactor);

    public sealed record SessionResponse(SessionUser? User, SessionTenant? Tenant);

    public static void MapSession(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/session", HandleAsync)
            .WithTags("Accounts")
            .WithSummary("The signed-in user (null when signed out) and the workspace of this URL.");

    private static async Task<Ok<SessionResponse>> HandleAsync(
        HttpContext http, ITenantContext tenant, TenantDirectory tenants, UserManager<AppUser> users, AccountsDbContext db,
        IAntiforgery antiforgery, ILicensingModule licensing, CancellationToken ct)
    {
        AntiforgeryMiddleware.IssueToken(http, antiforgery);
        var found = tenant.Slug is { Length: > 0 } slug ? await tenants.FindAsync(slug, ct) : null;
        var user = await users.FindAsync(http.User);
        var sessionUser = user is null ? null : new SessionUser(
            user.Id.ToString(), user.DisplayName, user.UserName!, user.KindName,
            Licensed: user.Kind == UserKind.Member && int.TryParse(user.PsaId, out var psaId) && await licensing.IsMemberLicensedAsync(psaId, ct),
            await users.GetTwoFactorEnabledAsync(user),
            await TwoFactorPolicy.MustSetUpAsync(user, users, db));
        return TypedResults.Ok(new SessionResponse(sessionUser, found is null ? null : new SessionTenant(found.Slug, found.Name)));
    }
}
