using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace TopLeft.Host.Live;

/// <summary>
/// Delivers live messages to the hub connections of every Host instance: over a Redis channel when Redis is
/// configured (each instance sends to its own connections), in process otherwise. Our own small fan-out, because
/// SignalR's Redis backplane package does not work with the StackExchange.Redis version served here.
/// </summary>
internal sealed class LiveFanOut : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("topleft:live");
    private readonly IHubContext<LiveHub> _hub;
    private readonly LiveConnections _connections;
    private readonly IConnectionMultiplexer? _redis;

    public LiveFanOut(IHubContext<LiveHub> hub, LiveConnections connections, IServiceProvider services)
    {
        _hub = hub;
        _connections = connections;
        _redis = services.GetService<IConnectionMultiplexer>();
    }

    /// <summary>Sends a message to one user's connections on every instance; with <paramref name="close"/>, closes them after.</summary>
    public Task ToUserAsync(string userId, string method, string argument, bool close = false)
    {
        var message = new LiveMessage(userId, method, argument, close);
        return _redis is null
            ? DeliverLocallyAsync(message)
            : _redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(message));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_redis is not null)
        {
            Action<RedisChannel, RedisValue> receive = (channel, value) =>
            {
                if (JsonSerializer.Deserialize<LiveMessage>(value.ToString()) is { } message)
                {
                    _ = DeliverLocallyAsync(message);
                }
            };
            await _redis.GetSubscriber().SubscribeAsync(Channel, receive);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        _redis is null ? Task.CompletedTask : _redis.GetSubscriber().UnsubscribeAsync(Channel);

    private async Task DeliverLocallyAsync(LiveMessage message)
    {
        await _hub.Clients.User(message.UserId).SendAsync(message.Method, message.Argument);
        if (message.Close)
        {
            _connections.AbortAll(message.UserId);
        }
    }

    private sealed record LiveMessage(string UserId, string Method, string Argument, bool Close);
}
