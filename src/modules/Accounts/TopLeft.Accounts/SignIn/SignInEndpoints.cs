using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Security;
using TopLeft.Accounts.TwoFactor;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.SignIn;

/// <summary>Password, second factor, passkey sign-in and sign-out, at the tenant of the URL only.</summary>
internal static class SignInEndpoints
{
    public sealed record SignInRequest(string Username, string Password, bool RememberMe);

    public sealed record SignInResponse(bool RequiresTwoFactor, bool RequiresTwoFactorSetup);

    public sealed record TwoFactorRequest(string Code, bool RememberMachine, bool UseRecoveryCode);

    public sealed record PasskeySignInRequest(System.Text.Json.JsonElement Credential);

    public static void MapSignIn(this RouteGroupBuilder group)
    {
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous().WithSummary("Signs in with username and password.");
        group.MapPost("/sign-in/two-factor", TwoFactorAsync).AllowAnonymous().WithSummary("Completes sign-in with an authenticator or recovery code.");
        group.MapPost("/sign-in/passkey/options", PasskeyOptionsAsync).AllowAnonymous().WithSummary("WebAuthn request options for a passkey sign-in.");
        group.MapPost("/sign-in/passkey", PasskeySignInAsync).AllowAnonymous().WithSummary("Signs in with a passkey assertion.");
        group.MapPost("/sign-out", SignOutAsync).WithSummary("Ends the session.");
    }

    private static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> SignInAsync(
        SignInRequest request, ITenantContext tenant, AccountsDbContext db, SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit)
    {
        if (!tenant.HasTenant)
        {
            return ProblemResults.NoWorkspace();
        }

        var user = await users.FindByNameAsync((request.Username ?? "").Trim());
        if (user is null)
        {
            await audit.RecordNowAsync(AuditEvents.SignInFailed, null, "unknown username", request.Username);
            return Invalid();
        }

        var result = await signIn.PasswordSignInAsync(user, request.Password ?? "", request.RememberMe, lockoutOnFailure: true);
        return await Outcome(result, user, users, db, audit);
    }

    private static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> TwoFactorAsync(
        TwoFactorRequest request, AccountsDbContext db, SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return ProblemResults.Problem(StatusCodes.Status401Unauthorized, "Your sign-in has expired.", "Sign in with your password again.");
        }

        // Recovery codes keep their dash (Identity stores them as "xxxxx-xxxxx"); authenticator codes are digits only.
        var code = (request.Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        var result = request.UseRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace("-", "", StringComparison.Ordinal), request.RememberMachine, request.RememberMachine);
        if (result.Succeeded && request.UseRecoveryCode)
        {
            audit.Record(AuditEvents.RecoveryCodeUsed, user);
        }

        return await Outcome(result, user, users, db, audit, request.UseRecoveryCode ? "That recovery code is not valid or was used already." : "That code is not valid.");
    }

    private static async Task<ContentHttpResult> PasskeyOptionsAsync(SignInManager<AppUser> signIn) =>
        TypedResults.Content(await signIn.MakePasskeyRequestOptionsAsync(null), "application/json");

    private static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> PasskeySignInAsync(
        PasskeySignInRequest request, ITenantContext tenant, AccountsDbContext db, SignInManager<AppUser> signIn, UserManager<AppUser> users, AuditLog audit)
    {
        if (!tenant.HasTenant)
        {
            return ProblemResults.NoWorkspace();
        }

        var assertion = await signIn.PerformPasskeyAssertionAsync(request.Credential.GetRawText());
        if (!assertion.Succeeded)
        {
            await audit.RecordNowAsync(AuditEvents.SignInFailed, null, "passkey: " + assertion.Failure?.Message);
            return ProblemResults.Problem(StatusCodes.Status401Unauthorized, "That passkey was not accepted.", assertion.Failure?.Message);
        }

        var result = await signIn.PasskeySignInAsync(request.Credential.GetRawText());
        return await Outcome(result, assertion.User, users, db, audit);
    }

    private static async Task<NoContent> SignOutAsync(SignInManager<AppUser> signIn, UserManager<AppUser> users, HttpContext http, AuditLog audit)
    {
        var user = await users.FindAsync(http.User);
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await audit.RecordNowAsync(AuditEvents.SignedOut, user);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<SignInResponse>, ProblemHttpResult>> Outcome(
        Microsoft.AspNetCore.Identity.SignInResult result, AppUser user, UserManager<AppUser> users, AccountsDbContext db, AuditLog audit,
        string invalid = "Invalid username or password.")
    {
        if (result.Succeeded)
        {
            await audit.RecordNowAsync(AuditEvents.SignedIn, user);
            var mustSetUp = await TwoFactorPolicy.MustSetUpAsync(user, users, db);
            return TypedResults.Ok(new SignInResponse(false, mustSetUp));
        }

        if (result.RequiresTwoFactor)
        {
            return TypedResults.Ok(new SignInResponse(true, false));
        }

        if (result.IsLockedOut)
        {
            await audit.RecordNowAsync(AuditEvents.LockedOut, user);
            var until = await users.GetLockoutEndDateAsync(user);
            return ProblemResults.Problem(StatusCodes.Status423Locked, "Your account is locked.",
                $"Too many failed attempts. Try again after {until:HH:mm} UTC, or ask your administrator.");
        }

        if (result.IsNotAllowed)
        {
            await audit.RecordNowAsync(AuditEvents.SignInFailed, user, "disabled");
            return ProblemResults.Problem(StatusCodes.Status403Forbidden, "Your account is disabled.", "Ask your administrator to enable it.");
        }

        await audit.RecordNowAsync(AuditEvents.SignInFailed, user);
        return Invalid(invalid);
    }

    private static ProblemHttpResult Invalid(string detail = "Invalid username or password.") =>
        ProblemResults.Problem(StatusCodes.Status401Unauthorized, "Sign-in failed.", detail);
}
