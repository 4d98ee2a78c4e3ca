using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Domain;

/// <summary>An admin viewing boards as a contact (read-only). The rows are the audit log of View As.</summary>
internal sealed class ViewAsSession : ITenantOwned
{
    public static readonly TimeSpan MaxLength = TimeSpan.FromHours(8);

    public Guid Id { get; init; }

    public Guid TenantId { get; set; }

    public Guid AdminUserId { get; init; }

    public string AdminName { get; init; } = "";

    public int ContactPsaId { get; init; }

    public string ContactName { get; init; } = "";

    public int? CompanyPsaId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && now - StartedAt < MaxLength;
}
