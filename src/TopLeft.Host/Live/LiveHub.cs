using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using TopLeft.Shared.Security;

namespace TopLeft.Host.Live;

/// <summary>
/// The one SignalR hub the SPA connects to, for signed-in users only. Modules push through
/// <c>IHubContext</c>; with Redis configured the backplane fans messages out to every Host instance.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
internal sealed class LiveHub(LiveConnections connections) : Hub
{
    public const string SessionEnded = "SessionEnded";

    public override Task OnConnectedAsync()
    {
        connections.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context);
        return base.OnDisconnectedAsync(exception);
    }
}
