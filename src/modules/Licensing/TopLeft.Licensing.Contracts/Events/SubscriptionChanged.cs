using TopLeft.Shared.Messaging;

namespace TopLeft.Licensing.Contracts.Events;

/// <summary>The subscription's license counts or trial state changed.</summary>
/// <param name="IsTrial">Trial after the change.</param>
/// <param name="MemberLicenses">Member licenses after the change.</param>
/// <param name="PortalCompanyLicenses">Portal company licenses after the change.</param>
public sealed record SubscriptionChanged(bool IsTrial, int MemberLicenses, int PortalCompanyLicenses) : IIntegrationEvent;
