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

namespace TopLeft.Accounts.Invitations;

/// <summary>The public side of an invitation: look at it, then accept it once by choosing a password.</summary>
internal static class InvitationEndpoints
{
    public sealed record InvitationView(string TenantName, string UserName, string DisplayName, string? Email);

    public sealed record AcceptRequest(string Password);

    public static void MapInvitations(this RouteGroupBuilder group)
    {
        group.MapGet("/invitations/{token}", GetAsync).AllowAnonymous().WithSummary("An invitation's state: 200 pending, 409 accepted, 410 expired or replaced.");
        group.MapPost("/invitations/{token}/accept", AcceptAsync).AllowAnonymous().WithSummary("Accepts an invitation by setting a password.");
    }

    private static async Task<Results<Ok<InvitationView>, ProblemHttpResult>> GetAsync(string token, AccountsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (invitation, user, problem) = await FindAsync(token, db, time, ct);
        if (problem is not null)
        {
            return problem;
        }

        var tenantName = await db.Tenants.Where(t => t.Id == user!.TenantId).Select(t => t.Name).SingleAsync(ct);
        return TypedResults.Ok(new InvitationView(tenantName, user!.UserName!, user.DisplayName, user.Email));
    }

    private static async Task<Results<Ok, ProblemHttpResult, ValidationProblem>> AcceptAsync(
        string token, AcceptRequest request, AccountsDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider time, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (invitation, user, problem) = await FindAsync(token, db, time, ct);
        if (problem is not null)
        {
            return problem;
        }

        // The row lock makes a double submit accept once: the second waits, then sees it accepted.
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM accounts.invitations WHERE \"Id\" = {invitation!.Id} FOR UPDATE", ct);
        await db.Entry(invitation).ReloadAsync(ct);
        if (invitation.AcceptedAt is not null)
        {
            return Accepted();
        }

        IdentityResult result;
        if (await users.HasPasswordAsync(user!))
        {
            var resetToken = await users.GeneratePasswordResetTokenAsync(user!);
            result = await users.ResetPasswordAsync(user!, resetToken, request.Password ?? "");
        }
        else
        {
            result = await users.AddPasswordAsync(user!, request.Password ?? "");
        }

        if (!result.Succeeded)
        {
            return ProblemResults.Validation("password", result);
        }

        invitation.Accept(time.GetUtcNow());
        user!.EmailConfirmed = true;
        await users.UpdateAsync(user);
        audit.Record(AuditEvents.InvitationAccepted, user);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok();
    }

    private static async Task<(Invitation?, AppUser?, ProblemHttpResult?)> FindAsync(string token, AccountsDbContext db, TimeProvider time, CancellationToken ct)
    {
        var hash = Invitation.Hash(token ?? "");
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        var user = invitation is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == invitation.UserId, ct);
        if (invitation is null || user is null)
        {
            return (null, null, ProblemResults.Problem(StatusCodes.Status404NotFound, "This invitation link is not valid.", "Check that you opened the whole link from the e-mail."));
        }

        return invitation.StateAt(time.GetUtcNow()) switch
        {
            InvitationState.Accepted => (invitation, user, Accepted()),
            InvitationState.Expired => (invitation, user, ProblemResults.Problem(StatusCodes.Status410Gone, "This invitation has expired.", "Ask your administrator to resend it.")),
            InvitationState.Replaced => (invitation, user, ProblemResults.Problem(StatusCodes.Status410Gone, "This invitation was replaced by a newer one.", "Use the link in the most recent invitation e-mail.")),
            _ => (invitation, user, null),
        };
    }

    private static ProblemHttpResult Accepted() =>
        ProblemResults.Problem(StatusCodes.Status409Conflict, "This invitation was already accepted.", "Sign in with the password you chose.");
}
