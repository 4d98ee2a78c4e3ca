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
    public string ProtectedCallbackSecret { get; private set; } = "";

    /// <summary>
    /// SHA-256 of the callback secret, which the receive endpoint compares inside the statement that stores the
    /// callback (one round trip, no decryption, and always the stored secret, so a replaced one is refused at once).
    /// Null only for connections saved before it existed; the first valid callback fills it in.
    /// </summary>
    public byte[]? CallbackSecretHash { get; private set; }

    /// <summary>Sets the secret and its hash together, so the hash the receivers check never lags the secret.</summary>
    public void SetCallbackSecret(string secret, Func<string, string> protect)
    {
        ProtectedCallbackSecret = protect(secret);
        CallbackSecretHash = HashCallbackSecret(secret);
    }

    /// <summary>The secret is 24 random bytes, so an unsalted hash cannot be reversed by guessing.</summary>
    public static byte[] HashCallbackSecret(string secret) =>
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

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
