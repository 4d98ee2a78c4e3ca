using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Users;

namespace TopLeft.Accounts.TwoFactor;

/// <summary>The tenant setting "require 2FA": a user without an authenticator or passkey must set one up first.</summary>
internal static class TwoFactorPolicy
{
    public static async Task<bool> HasSecondFactorAsync(AppUser user, UserManager<AppUser> users) =>
        await users.GetTwoFactorEnabledAsync(user) || (await users.GetPasskeysAsync(user)).Count > 0;

    // Read from the table, not a cache, so an admin's change applies to the very next request everywhere.
    public static async Task<bool> MustSetUpAsync(AppUser user, UserManager<AppUser> users, AccountsDbContext db) =>
        await db.Tenants.Where(t => t.Id == user.TenantId).Select(t => t.RequireTwoFactor).SingleAsync()
        && !await HasSecondFactorAsync(user, users);
}
