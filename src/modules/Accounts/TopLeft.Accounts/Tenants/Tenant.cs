using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Tenants;

/// <summary>One MSP's account. Not tenant-owned itself: it is the tenant.</summary>
internal sealed class Tenant
{
    private Tenant()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public bool IsTrial { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When set, every user must have an authenticator app or a passkey before using TopLeft.</summary>
    public bool RequireTwoFactor { get; set; }

    public static Tenant Create(string slug, string name, DateTimeOffset now)
    {
        if (!TenantSlug.IsValid(slug))
        {
            throw new ArgumentException($"'{slug}' is not a valid workspace address.", nameof(slug));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Tenant { Id = Guid.CreateVersion7(), Slug = slug, Name = name.Trim(), IsTrial = true, CreatedAt = now };
    }
}
