using Microsoft.AspNetCore.Identity;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Users;

/// <summary>
/// A person who can sign in at one tenant. The username is unique per tenant only: the same PSA username
/// at two MSPs is two users, and the tenant query filter keeps every lookup inside the current tenant.
/// </summary>
internal sealed class AppUser : IdentityUser<Guid>, ITenantOwned
{
    public Guid TenantId { get; set; }

    public string DisplayName { get; set; } = "";

    public UserKind Kind { get; set; }

    public bool IsAdmin { get; set; }

    /// <summary>Disabled users cannot sign in and their sessions end at once; only an admin re-enables.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>The member's or contact's id in the PSA, when synced from it.</summary>
    public string? PsaId { get; set; }

    public bool PsaApiKeysSet { get; set; }

    public DateTimeOffset? LastBoardViewAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string KindName => Kind == UserKind.Contact ? "contact" : IsAdmin ? "admin" : "member";
}
