using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Email;
using TopLeft.Accounts.Security;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Accounts.PasswordReset;

internal static class PasswordResetEndpoints
{
    public sealed record ForgotRequest(string Username);

    public sealed record ResetRequest(Guid UserId, string Token, string Password);

    public static void MapPasswordReset(this RouteGroupBuilder group)
    {
        group.MapPost("/password/forgot", ForgotAsync).AllowAnonymous()
            .WithSummary("Mails a reset link when the user exists; always 202, so it reveals nothing.");
        group.MapPost("/password/reset", ResetAsync).AllowAnonymous().WithSummary("Sets a new password with the token from the mail.");
    }

    private static async Task<Accepted> ForgotAsync(ForgotRequest request, UserManager<AppUser> users, AccountsDbContext db, HttpContext http, CancellationToken ct)
    {
        var user = await users.FindByNameAsync((request.Username ?? "").Trim());
        if (user is { IsDisabled: false, Email.Length: > 0 })
        {
            var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = new Uri(UserAdminEndpoints.BaseUrl(http), $"/reset-password?userId={user.Id}&token={token}");
            var (subject, text, html) = EmailTemplates.PasswordReset(user.DisplayName, link);
            db.Publish(new EmailRequested(user.Email!, user.DisplayName, subject, text, html));
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<Results<Ok, ValidationProblem>> ResetAsync(ResetRequest request, UserManager<AppUser> users, AuditLog audit)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString());
        string token;
        try
        {
            token = System.Text.Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(request.Token ?? ""));
        }
        catch (FormatException)
        {
            token = "";
        }

        var result = user is null ? IdentityResult.Failed(new IdentityError { Description = "This reset link is not valid." })
            : await users.ResetPasswordAsync(user, token, request.Password ?? "");
        if (!result.Succeeded)
        {
            return ProblemResults.Validation("password", result);
        }

        await audit.RecordNowAsync(AuditEvents.PasswordReset, user);
        return TypedResults.Ok();
    }
}
