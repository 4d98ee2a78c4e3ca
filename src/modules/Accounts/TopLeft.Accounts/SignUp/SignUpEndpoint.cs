using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Security;
using TopLeft.Accounts.Tenants;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.SignUp;

internal static class SignUpEndpoint
{
    public sealed record SignUpRequest(string CompanyName, string Slug, string AdminEmail, string Password);

    public sealed record SignUpResponse(string Slug, Uri SignInUrl);

    public static void MapSignUp(this RouteGroupBuilder group) =>
        group.MapPost("/sign-up", HandleAsync)
            .AllowAnonymous()
            .WithSummary("Creates an MSP's account (a trial tenant) and its first administrator.");

    private static async Task<Results<Created<SignUpResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        SignUpRequest request, AccountsDbContext db, UserManager<AppUser> users, HttpContext http, IConfiguration configuration, TimeProvider time, CancellationToken ct)
    {
        var slug = (request.Slug ?? "").Trim().ToLowerInvariant();
        var email = (request.AdminEmail ?? "").Trim();
        if (string.IsNullOrWhiteSpace(request.CompanyName))
        {
            return ProblemResults.Validation("companyName", "Enter your company's name.");
        }

        if (!TenantSlug.IsValid(slug))
        {
            return ProblemResults.Validation("slug", "Use 3-40 lowercase letters, digits or hyphens, not starting or ending with a hyphen.");
        }

        if (!new EmailAddressAttribute().IsValid(email))
        {
            return ProblemResults.Validation("adminEmail", "Enter a valid e-mail address.");
        }

        if (await db.Tenants.AnyAsync(t => t.Slug == slug, ct))
        {
            return ProblemResults.Problem(StatusCodes.Status409Conflict, "That workspace address is taken.", $"'{slug}' is already in use; choose another.");
        }

        var admin = new AppUser { UserName = email, Email = email, DisplayName = email, IsAdmin = true, Kind = UserKind.Member, CreatedAt = time.GetUtcNow() };
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, admin, request.Password ?? "");
            if (!check.Succeeded)
            {
                return ProblemResults.Validation("password", check);
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var tenant = Tenant.Create(slug, request.CompanyName, time.GetUtcNow());
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(ct);
        admin.TenantId = tenant.Id;
        var created = await users.CreateAsync(admin, request.Password!);
        if (!created.Succeeded)
        {
            return ProblemResults.Validation("adminEmail", created);
        }

        await transaction.CommitAsync(ct);
        var port = http.Request.Host.Port is { } p ? $":{p}" : "";
        var signIn = new Uri($"{http.Request.Scheme}://{slug}.{configuration["Tenancy:BaseDomain"] ?? "localhost"}{port}/sign-in");
        return TypedResults.Created(signIn, new SignUpResponse(slug, signIn));
    }

}
