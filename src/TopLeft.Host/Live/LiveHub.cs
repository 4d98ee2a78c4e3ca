using Microsoft.AspNetCore.SignalR;

namespace TopLeft.Host.Live;

/// <summary>
/// The one SignalR hub the SPA connects to. Modules push through <c>IHubContext</c>-backed contracts; with
/// Redis configured the backplane fans messages out to every Host instance.
/// </summary>
internal sealed class LiveHub : Hub;
