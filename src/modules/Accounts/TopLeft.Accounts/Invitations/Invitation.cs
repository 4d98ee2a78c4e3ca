using System.Security.Cryptography;
using System.Text;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Invitations;

/// <summary>
/// A single-use link to set a password. Only a hash of the token is stored, so a database leak yields no
/// usable links; resending replaces (revokes) the previous link.
/// </summary>
internal sealed class Invitation : ITenantOwned
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public static (Invitation Invitation, string Token) Create(Guid userId, DateTimeOffset now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Validity,
        };
        return (invitation, token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Replaced
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    public void Accept(DateTimeOffset now) => AcceptedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

internal enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Replaced,
}
