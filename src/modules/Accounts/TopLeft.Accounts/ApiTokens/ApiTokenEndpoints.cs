using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Security;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Security;

namespace TopLeft.Accounts.ApiTokens;

internal static class ApiTokenEndpoints
{
    public sealed record TokenRow(Guid Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, string CreatedBy);

    public sealed record CreateTokenRequest(string Name);

    public sealed record CreatedToken(Guid Id, string Name, string Token);

    public static void MapApiTokens(this RouteGroupBuilder group)
    {
        var tokens = group.MapGroup("/api-tokens").RequireAuthorization(Policies.Admin);
        tokens.MapGet("", async Task<Ok<List<TokenRow>>> (AccountsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.ApiTokens.Where(t => t.RevokedAt == null).OrderBy(t => t.CreatedAt)
                .Select(t => new TokenRow(t.Id, t.Name, t.CreatedAt, t.LastUsedAt, t.CreatedByName)).ToListAsync(ct)))
            .WithSummary("Active API tokens (their secrets are never shown again).");
        tokens.MapPost("", CreateAsync).WithSummary("Creates an API token acting as the calling admin; the secret is in this response only.");
        tokens.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revokes a token at once.");
    }

    private static async Task<Results<Created<CreatedToken>, ValidationProblem, UnauthorizedHttpResult>> CreateAsync(
        CreateTokenRequest request, HttpContext http, UserManager<AppUser> users, AccountsDbContext db, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (await users.FindAsync(http.User) is not { } admin)
        {
            return TypedResults.Unauthorized();
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
        {
            return ProblemResults.Validation("name", "Give the token a name of up to 100 characters.");
        }

        var (token, secret) = ApiToken.Create(request.Name, admin.Id, admin.UserName!, time.GetUtcNow());
        db.ApiTokens.Add(token);
        audit.Record(AuditEvents.ApiTokenCreated, admin, token.Name);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/accounts/api-tokens/{token.Id}", new CreatedToken(token.Id, token.Name, secret));
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, AccountsDbContext db, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.RevokedAt == null, ct);
        if (token is null)
        {
            return TypedResults.NotFound();
        }

        token.RevokedAt = time.GetUtcNow();
        audit.Record(AuditEvents.ApiTokenRevoked, null, token.Name);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
