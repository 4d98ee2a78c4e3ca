using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>A member was deactivated or deleted in the PSA (licensing frees their seat).</summary>
/// <param name="PsaId">Member id.</param>
/// <param name="UserName">Identifier / user name.</param>
public sealed record MemberDeactivated(int PsaId, string UserName) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"member:{PsaId}";
}
