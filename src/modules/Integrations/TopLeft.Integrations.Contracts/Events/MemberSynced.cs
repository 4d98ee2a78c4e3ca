using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>An active member was added or changed.</summary>
/// <param name="PsaId">Member id.</param>
/// <param name="UserName">Identifier / user name.</param>
/// <param name="Email">E-mail, or null.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
public sealed record MemberSynced(int PsaId, string UserName, string? Email, string FirstName, string LastName) : IOrderedIntegrationEvent
{
    // Synced then deactivated must not be handled the other way round (that would re-activate the member).
    string IOrderedIntegrationEvent.OrderingKey => $"member:{PsaId}";
}
