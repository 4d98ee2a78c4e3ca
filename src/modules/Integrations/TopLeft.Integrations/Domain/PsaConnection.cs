using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Domain;

/// <summary>A tenant's PSA connection. Secrets are held only in <see cref="ProtectedCredentials"/> (Data Protection).</summary>
internal sealed class PsaConnection : ITenantOwned
{
    public Guid TenantId { get; set; }

    public PsaKind Kind { get; set; }

    /// <summary>ConnectWise site root or Autotask zone-discovery root (simulator or real).</summary>
    public string SiteUrl { get; set; } = "";

    /// <summary>ConnectWise company id / Autotask API user name (not secret, shown on the page).</summary>
    public string Account { get; set; } = "";

    /// <summary>The JSON of <see cref="PsaCredentials"/>, encrypted.</summary>
    public string ProtectedCredentials { get; set; } = "";

    /// <summary>Resolved API root (CW codebase URL, AT zone URL), refreshed on 404s.</summary>
    public string? ApiUrl { get; set; }

    /// <summary>Secret in the callback URL (ConnectWise) and the HMAC key of webhooks (Autotask), encrypted.</summary>
    public string ProtectedCallbackSecret { get; set; } = "";

    public bool KeepClosedTickets { get; set; }

    public bool ActAsMemberAllowed { get; set; }

    /// <summary>PSA ids of the real-time registrations (CW callbacks, AT webhooks), comma-separated.</summary>
    public string? RealtimeRegistrations { get; set; }

    /// <summary>Where the incremental sync resumes (PSA clock, minus an overlap when used).</summary>
    public DateTimeOffset? IncrementalCursor { get; set; }

    public DateTimeOffset? LastFullSyncAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
