using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using TopLeft.Shared.Live;

namespace TopLeft.Host.Live;

/// <summary>
/// Delivers live messages to the hub connections of every Host instance: over a Redis channel when Redis is
/// configured (each instance sends to its own connections), in process otherwise. Our own small fan-out, because
/// SignalR's Redis backplane package does not work with the StackExchange.Redis version served here.
/// </summary>
internal sealed class LiveFanOut : IHostedService, ILiveChannel
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("topleft:live");
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
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
        var message = new LiveMessage(userId, null, method, JsonSerializer.SerializeToElement(argument), close);
        return SendAsync(message);
    }

    public Task ToGroupAsync(string group, string method, object payload) =>
        SendAsync(new LiveMessage(null, group, method, JsonSerializer.SerializeToElement(payload, payload.GetType(), Web), false));

    private Task SendAsync(LiveMessage message) =>
        _redis is null
            ? DeliverLocallyAsync(message)
            : _redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(message));

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
        if (message.Group is not null)
        {
            await _hub.Clients.Group(message.Group).SendAsync(message.Method, message.Argument);
            return;
        }

        if (message.UserId is null)
        {
            return;
        }

        await _hub.Clients.User(message.UserId).SendAsync(message.Method, message.Argument.ValueKind == JsonValueKind.String ? message.Argument.GetString() : message.Argument);
        if (message.Close)
        {
            _connections.AbortAll(message.UserId);
        }
    }

    private sealed record LiveMessage(string? UserId, string? Group, string Method, JsonElement Argument, bool Close);
}
