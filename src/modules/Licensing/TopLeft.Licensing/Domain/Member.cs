using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Domain;

/// <summary>
/// Local read copy of a PSA member, kept by the Integrations events, so the licensed set and the Licensing page
/// are computed from this schema alone (and stay answerable while the PSA is away).
/// </summary>
internal sealed class Member : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int PsaId { get; init; }

    public string UserName { get; set; } = "";

    public string NormalizedUserName { get; set; } = "";

    public string? Email { get; set; }

    public string? NormalizedEmail { get; set; }

    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}
