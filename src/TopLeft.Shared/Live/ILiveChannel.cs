namespace TopLeft.Shared.Live;

/// <summary>
/// Pushes a message to every open page in a group (for example one board), on every Host instance. The Host
/// implements it over its one SignalR hub; messages should carry references, not data the reader may not see.
/// </summary>
public interface ILiveChannel
{
    /// <summary>Sends <paramref name="payload"/> as the hub event <paramref name="method"/> to the group's connections.</summary>
    Task ToGroupAsync(string group, string method, object payload);
}
