using TopLeft.Accounts.Contracts.Events;
using TopLeft.Shared.Messaging;

namespace TopLeft.Host.Live;

/// <summary>
/// Ends a disabled user's live connections on every Host instance: the page is told why, then the connection is
/// closed. Their next HTTP request is refused anyway.
/// </summary>
internal sealed class UserSessionsEndedHandler(LiveFanOut live) : IIntegrationEventHandler<UserSessionsEnded>
{
    public Task HandleAsync(UserSessionsEnded @event, CancellationToken cancellationToken) =>
        live.ToUserAsync(@event.UserId.ToString(), LiveHub.SessionEnded, @event.Reason, close: true);
}
