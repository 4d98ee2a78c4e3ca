using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TopLeft.Accounts.Users;

namespace TopLeft.Accounts.Security;

/// <summary>Puts tenant, kind and the admin role into the principal, so checks need no database round trip.</summary>
internal sealed class TopLeftClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AccountClaims.Tenant, user.TenantId.ToString("D", CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(AccountClaims.Kind, user.KindName));
        identity.AddClaim(new Claim(AccountClaims.DisplayName, user.DisplayName));
        if (user.Kind == UserKind.Member && user.PsaId is { Length: > 0 } psaId)
        {
            // Licensing maps the signed-in user to their PSA member with this, without asking Accounts.
            identity.AddClaim(new Claim(AccountClaims.PsaMember, psaId));
        }
        else if (user.Kind == UserKind.Contact && user.PsaId is { Length: > 0 } contactId)
        {
            // The portal scopes a contact's cards by this.
            identity.AddClaim(new Claim(AccountClaims.PsaContact, contactId));
        }

        if (user.IsAdmin && user.Kind == UserKind.Member)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, AccountClaims.AdminRole));
        }

        return identity;
    }
}
