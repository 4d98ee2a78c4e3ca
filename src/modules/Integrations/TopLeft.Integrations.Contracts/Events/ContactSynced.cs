using TopLeft.Shared.Messaging;

namespace TopLeft.Integrations.Contracts.Events;

/// <summary>A contact was added or changed (the portal may invite or update them).</summary>
/// <param name="PsaId">Contact id.</param>
/// <param name="CompanyPsaId">Company, or null.</param>
/// <param name="Email">E-mail, or null.</param>
/// <param name="IsActive">False when inactive or deleted.</param>
public sealed record ContactSynced(int PsaId, int? CompanyPsaId, string? Email, bool IsActive) : IOrderedIntegrationEvent
{
    string IOrderedIntegrationEvent.OrderingKey => $"contact:{PsaId}";
}
