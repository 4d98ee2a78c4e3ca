using System.Security.Cryptography;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.ApiTokens;

/// <summary>An admin's token for the HTTP API. The secret is shown once; only its hash is stored.</summary>
internal sealed class ApiToken : ITenantOwned
{
    public const string Prefix = "tl_";

    public Guid Id { get; private set; }

    public Guid TenantId { get; set; }

    public string Name { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    public Guid CreatedByUserId { get; private set; }

    public string CreatedByName { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public static (ApiToken Token, string Secret) Create(string name, Guid adminId, string adminName, DateTimeOffset now)
    {
        var secret = Prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        return (new ApiToken
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            TokenHash = Invitations.Invitation.Hash(secret),
            CreatedByUserId = adminId,
            CreatedByName = adminName,
            CreatedAt = now,
        }, secret);
    }
}
