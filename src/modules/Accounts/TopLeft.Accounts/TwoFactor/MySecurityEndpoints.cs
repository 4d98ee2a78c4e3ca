using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using QRCoder;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Security;
using TopLeft.Accounts.Users;

namespace TopLeft.Accounts.TwoFactor;

/// <summary>A user's own second factors: authenticator app (TOTP), recovery codes, passkeys. Contacts use the same.</summary>
internal static class MySecurityEndpoints
{
    public sealed record PasskeyView(string Id, string Name, DateTimeOffset CreatedAt);

    public sealed record SecurityView(bool TwoFactorEnabled, bool HasAuthenticator, int RecoveryCodesLeft, IReadOnlyList<PasskeyView> Passkeys, bool RequireTwoFactor);

    public sealed record AuthenticatorSetup(string SharedKey, string AuthenticatorUri, string QrCodeSvg);

    public sealed record VerifyRequest(string Code);

    public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes);

    public sealed record AddPasskeyRequest(string? Name, System.Text.Json.JsonElement Credential);

    public static void MapMySecurity(this RouteGroupBuilder group)
    {
        var me = group.MapGroup("/me");
        me.MapGet("/security", GetAsync).WithSummary("The signed-in user's second factors.");
        me.MapPost("/authenticator", SetUpAuthenticatorAsync).WithSummary("Starts authenticator-app set-up: key, otpauth URI and QR code.");
        me.MapPost("/authenticator/verify", VerifyAuthenticatorAsync).WithSummary("Confirms the authenticator with a code; returns recovery codes once.");
        me.MapDelete("/authenticator", RemoveAuthenticatorAsync).WithSummary("Removes the authenticator app and turns two-factor off.");
        me.MapPost("/recovery-codes", RegenerateRecoveryCodesAsync).WithSummary("Replaces the recovery codes; the old ones stop working.");
        me.MapPost("/passkeys/options", PasskeyCreationOptionsAsync).WithSummary("WebAuthn creation options for a new passkey.");
        me.MapPost("/passkeys", AddPasskeyAsync).WithSummary("Registers a passkey from the browser's attestation.");
        me.MapDelete("/passkeys/{id}", RemovePasskeyAsync).WithSummary("Removes one of the user's passkeys.");
    }

    private static async Task<Results<Ok<SecurityView>, UnauthorizedHttpResult>> GetAsync(HttpContext http, UserManager<AppUser> users, AccountsDbContext db)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var passkeys = await users.GetPasskeysAsync(user);
        var require = db.Tenants.Where(t => t.Id == user.TenantId).Select(t => t.RequireTwoFactor).Single();
        return TypedResults.Ok(new SecurityView(
            await users.GetTwoFactorEnabledAsync(user),
            !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)) && await users.GetTwoFactorEnabledAsync(user),
            await users.CountRecoveryCodesAsync(user),
            passkeys.Select(p => new PasskeyView(Base64Url(p.CredentialId), p.Name ?? "Passkey", p.CreatedAt)).ToList(),
            require));
    }

    private static async Task<Results<Ok<AuthenticatorSetup>, UnauthorizedHttpResult>> SetUpAuthenticatorAsync(
        HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountsDbContext db)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        // A new key each time set-up starts: an abandoned set-up never leaves a usable key behind.
        await users.ResetAuthenticatorKeyAsync(user);
        // A new key renews the security stamp; re-issue this session's cookie so it stays valid.
        await signIn.RefreshSignInAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var issuer = "TopLeft " + db.Tenants.Where(t => t.Id == user.TenantId).Select(t => t.Name).Single();
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        using var qr = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(qr).GetGraphic(6);
        return TypedResults.Ok(new AuthenticatorSetup(Grouped(key), uri, svg));
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ValidationProblem, UnauthorizedHttpResult>> VerifyAuthenticatorAsync(
        VerifyRequest request, HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var code = (request.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return ProblemResults.Validation("code", "That code is not valid. Check your device's clock and enter the current code.");
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await audit.RecordNowAsync(AuditEvents.TwoFactorEnabled, user, "authenticator app");
        // Enabling 2FA changes the security stamp; re-issue our own cookie so this session survives it.
        await signIn.RefreshSignInAsync(user);
        return TypedResults.Ok(new RecoveryCodesResponse(codes!.ToList()));
    }

    private static async Task<Results<NoContent, UnauthorizedHttpResult>> RemoveAuthenticatorAsync(
        HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordNowAsync(AuditEvents.TwoFactorDisabled, user, "authenticator app removed");
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<RecoveryCodesResponse>, ProblemHttpResult, UnauthorizedHttpResult>> RegenerateRecoveryCodesAsync(
        HttpContext http, UserManager<AppUser> users, AuditLog audit)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, "Set up an authenticator app first.");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await audit.RecordNowAsync(AuditEvents.RecoveryCodesRegenerated, user);
        return TypedResults.Ok(new RecoveryCodesResponse(codes!.ToList()));
    }

    private static async Task<Results<ContentHttpResult, UnauthorizedHttpResult>> PasskeyCreationOptionsAsync(
        HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var entity = new PasskeyUserEntity { Id = user.Id.ToString(), Name = user.UserName!, DisplayName = user.DisplayName };
        return TypedResults.Content(await signIn.MakePasskeyCreationOptionsAsync(entity), "application/json");
    }

    private static async Task<Results<Created<PasskeyView>, ProblemHttpResult, UnauthorizedHttpResult>> AddPasskeyAsync(
        AddPasskeyRequest request, HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var attestation = await signIn.PerformPasskeyAttestationAsync(request.Credential.GetRawText());
        if (!attestation.Succeeded)
        {
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, "The passkey could not be registered.", attestation.Failure?.Message);
        }

        var passkey = attestation.Passkey;
        passkey.Name = string.IsNullOrWhiteSpace(request.Name) ? "Passkey" : request.Name.Trim()[..Math.Min(60, request.Name.Trim().Length)];
        var added = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!added.Succeeded)
        {
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, "The passkey could not be saved.", string.Join(" ", added.Errors.Select(e => e.Description)));
        }

        await audit.RecordNowAsync(AuditEvents.PasskeyAdded, user, passkey.Name);
        await signIn.RefreshSignInAsync(user);
        var id = Base64Url(passkey.CredentialId);
        return TypedResults.Created($"/api/accounts/me/passkeys/{id}", new PasskeyView(id, passkey.Name!, passkey.CreatedAt));
    }

    private static async Task<Results<NoContent, NotFound, UnauthorizedHttpResult>> RemovePasskeyAsync(
        string id, HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        byte[] credentialId;
        try
        {
            credentialId = FromBase64Url(id);
        }
        catch (FormatException)
        {
            return TypedResults.NotFound();
        }

        if (await users.GetPasskeyAsync(user, credentialId) is null)
        {
            return TypedResults.NotFound();
        }

        await users.RemovePasskeyAsync(user, credentialId);
        await audit.RecordNowAsync(AuditEvents.PasskeyRemoved, user);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    private static string Grouped(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
