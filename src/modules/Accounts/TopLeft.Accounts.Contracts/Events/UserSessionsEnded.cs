using TopLeft.Shared.Messaging;

namespace TopLeft.Accounts.Contracts.Events;

/// <summary>A user's sessions must end now (the user was disabled); live connections are closed too.</summary>
/// <param name="UserId">The user whose sessions end.</param>
/// <param name="Reason">Why, in words a person can read.</param>
public sealed record UserSessionsEnded(Guid UserId, string Reason) : IIntegrationEvent;
