using System.Collections.Concurrent;
using System.Threading.Channels;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Delivery;

/// <summary>
/// Posts callbacks and webhooks: one queue per registration (in order unless <paramref name="concurrency"/>
/// senders drain it at once), the vendor's timeout and retry schedule, and the delivery faults (duplicate,
/// reorder, delay) applied on the way out.
/// </summary>
internal sealed class DeliverySender(FaultController faults, DeliveryLog log, TimeProvider time, int concurrency = 1) : IAsyncDisposable
{
    private static readonly HttpClient Client = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    private readonly ConcurrentDictionary<string, Channel<(OutboundDelivery Delivery, long Id)>> queues = new();
    private readonly ConcurrentBag<Task> workers = [];
    private readonly CancellationTokenSource stopping = new();

    public void Enqueue(OutboundDelivery delivery)
    {
        var id = log.Add(delivery, time.GetUtcNow().UtcDateTime);
        var queue = queues.GetOrAdd(delivery.QueueKey, key =>
        {
            var senders = Math.Max(1, concurrency);
            var channel = Channel.CreateUnbounded<(OutboundDelivery, long)>(new UnboundedChannelOptions { SingleReader = senders == 1 });
            for (var i = 0; i < senders; i++)
            {
                workers.Add(Task.Run(() => RunAsync(channel.Reader, stopping.Token)));
            }

            return channel;
        });
        queue.Writer.TryWrite((delivery, id));
    }

    public bool Replay(long id)
    {
        if (log.Original(id) is not { } original)
        {
            return false;
        }

        Enqueue(new OutboundDelivery
        {
            Psa = original.Psa, Kind = original.Kind, QueueKey = original.QueueKey, Url = original.Url, Body = original.Body,
            Headers = original.Headers, Timeout = original.Timeout, RetryDelays = original.RetryDelays,
            ShouldRetry = original.ShouldRetry, Replay = true,
        });
        return true;
    }

    private int disposed;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        foreach (var queue in queues.Values)
        {
            queue.Writer.TryComplete();
        }

        try
        {
            await Task.WhenAll(workers).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Deliveries in flight at shutdown are dropped, as a real outage would drop them.
        }

        stopping.Dispose();
    }

    private async Task RunAsync(ChannelReader<(OutboundDelivery Delivery, long Id)> reader, CancellationToken cancellationToken)
    {
        (OutboundDelivery Delivery, long Id)? held = null;
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                while (reader.TryRead(out var item))
                {
                    var rule = item.Delivery.Replay ? null : faults.MatchDelivery(item.Delivery.Psa, item.Delivery.Url);
                    if (rule?.Kind == FaultKind.ReorderDelivery && held is null)
                    {
                        held = item;
                        // Wait briefly for a later event to overtake this one; send it anyway if none comes.
                        if (!reader.TryPeek(out _))
                        {
                            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                            wait.CancelAfter(TimeSpan.FromSeconds(2));
                            try
                            {
                                await reader.WaitToReadAsync(wait.Token);
                            }
                            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                            {
                                await SendAsync(held.Value.Delivery, held.Value.Id, cancellationToken);
                                held = null;
                            }
                        }

                        continue;
                    }

                    if (rule?.Kind == FaultKind.DelayDelivery)
                    {
                        await Task.Delay(rule.DelayMs, cancellationToken);
                    }

                    await SendAsync(rule?.Kind == FaultKind.CorruptSignature ? Corrupt(item.Delivery) : item.Delivery, item.Id, cancellationToken);
                    if (rule?.Kind == FaultKind.DuplicateDelivery)
                    {
                        await SendAsync(item.Delivery, item.Id, cancellationToken);
                    }

                    if (held is { } late)
                    {
                        held = null;
                        await SendAsync(late.Delivery, late.Id, cancellationToken);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>The same delivery with every signature header replaced by a well-formed but wrong value.</summary>
    private static OutboundDelivery Corrupt(OutboundDelivery delivery) => new()
    {
        Psa = delivery.Psa, Kind = delivery.Kind, QueueKey = delivery.QueueKey, Url = delivery.Url, Body = delivery.Body,
        Headers = delivery.Headers.ToDictionary(h => h.Key, h => h.Key.Contains("signature", StringComparison.OrdinalIgnoreCase)
            ? (h.Value.StartsWith("sha1=", StringComparison.Ordinal) ? "sha1=" : "") + Convert.ToBase64String(Guid.NewGuid().ToByteArray())
            : h.Value),
        Timeout = delivery.Timeout, RetryDelays = delivery.RetryDelays, ShouldRetry = delivery.ShouldRetry, Completed = delivery.Completed,
    };

    private async Task SendAsync(OutboundDelivery delivery, long id, CancellationToken cancellationToken)
    {
        var status = 0;
        for (var attempt = 0; ; attempt++)
        {
            status = await AttemptAsync(delivery, cancellationToken);
            var ok = status is >= 200 and < 300;
            log.Attempted(id, status, ok);
            if (ok)
            {
                delivery.Completed?.Invoke(true, status);
                return;
            }

            if (attempt >= delivery.RetryDelays.Count || !delivery.ShouldRetry(status))
            {
                delivery.Completed?.Invoke(false, status);
                return;
            }

            await Task.Delay(delivery.RetryDelays[attempt], cancellationToken);
        }
    }

    private static async Task<int> AttemptAsync(OutboundDelivery delivery, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(delivery.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new ByteArrayContent(delivery.Body),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in delivery.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        try
        {
            using var response = await Client.SendAsync(request, timeout.Token);
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }
}
