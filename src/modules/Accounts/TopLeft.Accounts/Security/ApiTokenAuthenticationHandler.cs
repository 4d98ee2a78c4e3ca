using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TopLeft.Accounts.ApiTokens;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Invitations;
using TopLeft.Accounts.Users;

namespace TopLeft.Accounts.Security;

/// <summary>
/// <c>Authorization: Bearer tl_...</c>: the request acts as the admin who created the token, as long as that
/// admin is still an enabled admin of this tenant and the token is not revoked.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountsDbContext db,
    IUserClaimsPrincipalFactory<AppUser> principals,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer " + ApiToken.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = Invitation.Hash(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, Context.RequestAborted);
        var admin = token is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == token.CreatedByUserId, Context.RequestAborted);
        if (token is null || admin is null || !admin.IsAdmin || admin.IsDisabled)
        {
            return AuthenticateResult.Fail("Invalid or revoked API token.");
        }

        token.LastUsedAt = time.GetUtcNow();
        await db.SaveChangesAsync(Context.RequestAborted);
        var principal = await principals.CreateAsync(admin);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal.Identities.Select(i => new ClaimsIdentity(i.Claims, SchemeName))), SchemeName));
    }
}
