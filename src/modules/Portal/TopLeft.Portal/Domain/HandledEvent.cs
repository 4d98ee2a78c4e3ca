using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Domain;

/// <summary>
/// An integration event this module has acted on (a minimal inbox). The outbox delivers at least once, so a handler whose
/// effect is not naturally idempotent (an e-mail) stores this row in the same transaction as its effect and skips an
/// event it finds here.
/// </summary>
internal sealed class HandledEvent : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid EventId { get; init; }

    public DateTimeOffset HandledAt { get; init; }
}
