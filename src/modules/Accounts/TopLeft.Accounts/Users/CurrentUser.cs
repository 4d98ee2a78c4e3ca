using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace TopLeft.Accounts.Users;

internal static class CurrentUser
{
    /// <summary>The signed-in user's row, or null (also when the cookie belongs to another tenant).</summary>
    public static Task<AppUser?> FindAsync(this UserManager<AppUser> users, ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? users.GetUserAsync(principal) : Task.FromResult<AppUser?>(null);
}
