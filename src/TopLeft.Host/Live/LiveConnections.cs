using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace TopLeft.Host.Live;

/// <summary>This instance's open hub connections, so a user's can be closed from the server.</summary>
internal sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new();

    public void Add(HubCallerContext context) => _open[context.ConnectionId] = context;

    public void Remove(HubCallerContext context) => _open.TryRemove(context.ConnectionId, out _);

    public void AbortAll(string userId)
    {
        foreach (var context in _open.Values.Where(c => c.UserIdentifier == userId))
        {
            context.Abort();
        }
    }
}
