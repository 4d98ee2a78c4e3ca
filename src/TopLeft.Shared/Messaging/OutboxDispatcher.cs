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
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            foreach (var database in databases)
            {
                try
                {
                    busy |= await DrainBatchAsync(database, stoppingToken) == BatchSize;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    LogDrainFailed(logger, ex, database.Schema);
                }
            }

            if (!busy)
            {
                try
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
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
                  ORDER BY "OccurredAt" LIMIT {{BatchSize}} FOR UPDATE SKIP LOCKED
                  """, now)
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002

        foreach (var message in due)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.ProcessedAt = time.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                message.Attempts++;
                var backoff = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, message.Attempts)));
                message.NextAttemptAt = time.GetUtcNow() + backoff;
                message.LastError = ex.ToString()[..Math.Min(4000, ex.ToString().Length)];
                LogDeliveryFailed(logger, ex, message.Type, message.Id, message.Attempts);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = Type.GetType(message.Type, throwOnError: true)!;
        var @event = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, eventType, OutboxMessage.Json)!;

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

    [LoggerMessage(LogLevel.Error, "Draining the {Schema} outbox failed")]
    private static partial void LogDrainFailed(ILogger logger, Exception ex, string schema);

    [LoggerMessage(LogLevel.Warning, "Delivering {Type} {Id} failed (attempt {Attempts}); it will be retried")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception ex, string type, Guid id, int attempts);
}
