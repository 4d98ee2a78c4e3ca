using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TopLeft.Shared.Data;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Messaging;

/// <summary>
/// Drains every module's outbox: claims due rows with FOR UPDATE SKIP LOCKED (so several Host instances
/// share the work), runs each event's handlers in a fresh scope of the event's tenant, and marks the row
/// done or schedules a retry with exponential backoff. Nothing is dropped: a failing event keeps retrying.
/// Events of a batch are handled in parallel, except that <see cref="IOrderedIntegrationEvent"/>s with the same
/// key are handled one after another in stored order, and wait while an earlier one with their key is handled
/// by another instance or waits for its retry.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 200;

    // Handlers mostly wait on PostgreSQL, Redis or SMTP, so a few at once keep two cores busy without flooding the pool.
    private const int Parallelism = 8;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(30);

    // How long a later event waits when another instance is handling an earlier one with its key right now.
    private static readonly TimeSpan InFlightWait = TimeSpan.FromSeconds(1);

    // Delivered events are kept a week (to see what happened), then purged, hourly and in chunks.
    private static readonly TimeSpan DeliveredRetention = TimeSpan.FromDays(7);
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // One loop per module outbox, so a slow handler in one module (SMTP) never holds back another module's events.
        var loops = databases.Select(database => (Database: database, Wake: new OutboxSignal())).ToList();
        var running = loops.Select(loop => DrainLoopAsync(loop.Database, loop.Wake, stoppingToken)).ToList();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
                foreach (var loop in loops)
                {
                    loop.Wake.Notify();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        await Task.WhenAll(running);
    }

    private async Task DrainLoopAsync(ModuleDatabase database, OutboxSignal wake, CancellationToken stoppingToken)
    {
        var nextPurge = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var busy = false;
                try
                {
                    if (time.GetUtcNow() >= nextPurge)
                    {
                        nextPurge = time.GetUtcNow() + PurgeEvery;
                        await PurgeDeliveredAsync(database, time.GetUtcNow() - DeliveredRetention, stoppingToken);
                    }

                    busy = await DrainBatchAsync(database, stoppingToken) == BatchSize;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogDrainFailed(logger, ex, database.Schema);
                }

                if (!busy)
                {
                    await wake.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Deletes events delivered before <paramref name="deliveredBefore"/>; undelivered ones stay, however old.</summary>
    internal async Task<int> PurgeDeliveredAsync(ModuleDatabase database, DateTimeOffset deliveredBefore, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        return await ProcessedRows.PurgeAsync(context.Database, $"\"{database.Schema}\".outbox_messages", deliveredBefore, cancellationToken);
    }

    /// <summary>Processes up to one batch of due messages; returns how many were claimed.</summary>
    internal async Task<int> DrainBatchAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        var outbox = ((IModuleDbContext)context).Outbox;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();

        // The schema name comes from code, never from input.
#pragma warning disable EF1002
        var due = await outbox.FromSqlRaw(
                $$"""
                  SELECT * FROM "{{database.Schema}}".outbox_messages
                  WHERE "ProcessedAt" IS NULL AND "NextAttemptAt" <= {0}
                  ORDER BY "OccurredAt", "Id" LIMIT {{BatchSize}} FOR UPDATE SKIP LOCKED
                  """, now)
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002

        var batch = due.Select(Pending.Read).ToList();
        var held = await HeldKeysAsync(outbox, database, batch, now, cancellationToken);

        // A lane is one key's events in stored order, or one unordered event; lanes run in parallel.
        var lanes = batch.GroupBy(p => p.Key ?? p.Message.Id.ToString()).Select(lane => lane.ToList()).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(lanes, parallel, async (lane, token) =>
        {
            DateTimeOffset? holdUntil = lane[0].Key is { } key && held.TryGetValue(key, out var until) ? until : null;
            foreach (var pending in lane)
            {
                var message = pending.Message;
                if (holdUntil is { } hold)
                {
                    // Not an attempt: the event keeps its place behind the earlier one and is due again with it.
                    message.NextAttemptAt = hold;
                    continue;
                }

                try
                {
                    await DeliverAsync(message, pending.Event, token);
                    message.ProcessedAt = time.GetUtcNow();
                    message.LastError = null;
                }
                catch (Exception ex) when (!token.IsCancellationRequested)
                {
                    message.Attempts++;
                    var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, message.Attempts)));
                    message.NextAttemptAt = time.GetUtcNow() + backoff;
                    message.LastError = ex.ToString()[..Math.Min(4000, ex.ToString().Length)];
                    LogDeliveryFailed(logger, ex, message.Type, message.Id, message.Attempts);
                    if (pending.Key is not null)
                    {
                        holdUntil = message.NextAttemptAt;
                    }
                }
            }
        });

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// Keys of this batch that an earlier unhandled event outside the batch holds back (another instance has it
    /// locked, or it waits for a retry), with when to look again. Keys come from the payloads, so the table needs
    /// no extra column; the rows read are few, as everything due and unlocked was claimed in order.
    /// </summary>
    private static async Task<Dictionary<string, DateTimeOffset>> HeldKeysAsync(
        DbSet<OutboxMessage> outbox, ModuleDatabase database, List<Pending> batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var firstOfKey = batch.Where(p => p.Key is not null).GroupBy(p => p.Key!).ToDictionary(g => g.Key, g => g.Min(p => p.Message.OccurredAt));
        var held = new Dictionary<string, DateTimeOffset>();
        if (firstOfKey.Count == 0)
        {
            return held;
        }

#pragma warning disable EF1002
        var earlier = await outbox.FromSqlRaw(
                $$"""
                  SELECT * FROM "{{database.Schema}}".outbox_messages
                  WHERE "ProcessedAt" IS NULL AND "OccurredAt" < {0} AND NOT ("Id" = ANY({1}))
                  """, firstOfKey.Values.Max(), batch.Select(p => p.Message.Id).ToArray())
            .AsNoTracking()
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002

        foreach (var row in earlier)
        {
            if (Pending.Read(row).Key is { } key && firstOfKey.TryGetValue(key, out var first) && row.OccurredAt < first)
            {
                var until = row.NextAttemptAt > now ? row.NextAttemptAt : now + InFlightWait;
                held[key] = held.TryGetValue(key, out var other) && other > until ? other : until;
            }
        }

        return held;
    }

    private async Task DeliverAsync(OutboxMessage message, IIntegrationEvent? @event, CancellationToken cancellationToken)
    {
        // Read again if it could not be read up front, so the failure is recorded with its real reason.
        @event ??= Pending.Deserialize(message);
        var eventType = @event.GetType();

        await using var scope = scopes.CreateAsyncScope();
        if (message.TenantId != Guid.Empty)
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(message.TenantId, slug: "");
        }

        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(eventType);
        var handle = handlerType.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!;
        foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
        {
            await (Task)handle.Invoke(handler, [@event, cancellationToken])!;
        }
    }

    /// <summary>A claimed message with its event (null when it cannot be read) and ordering key (tenant included).</summary>
    private sealed record Pending(OutboxMessage Message, IIntegrationEvent? Event, string? Key)
    {
        public static Pending Read(OutboxMessage message)
        {
            try
            {
                var @event = Deserialize(message);
                return new Pending(message, @event, @event is IOrderedIntegrationEvent ordered ? $"{message.TenantId}/{ordered.OrderingKey}" : null);
            }
            catch (Exception ex) when (ex is TypeLoadException or JsonException or IOException or NotSupportedException or ArgumentException)
            {
                return new Pending(message, null, null);
            }
        }

        public static IIntegrationEvent Deserialize(OutboxMessage message)
        {
            var eventType = Type.GetType(message.Type, throwOnError: true)!;
            return (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, eventType, OutboxMessage.Json)!;
        }
    }

    [LoggerMessage(LogLevel.Error, "Draining the {Schema} outbox failed")]
    private static partial void LogDrainFailed(ILogger logger, Exception ex, string schema);

    [LoggerMessage(LogLevel.Warning, "Delivering {Type} {Id} failed (attempt {Attempts}); it will be retried")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception ex, string type, Guid id, int attempts);
}
