using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TopLeft.Integrations.Features;

/// <summary>
/// The loop of a table-backed queue: drain a batch; when it was not full, sleep until this process signals
/// new work or the poll interval passes (work stored by another Host instance is found by the poll).
/// </summary>
internal abstract partial class QueueWorker(WorkerSignalHolder signal, int batchSize, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>Claims and processes up to one batch; returns how many rows were claimed.</summary>
    internal abstract Task<int> DrainAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DrainAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDrainFailed(logger, ex, GetType().Name);
            }

            if (claimed < batchSize)
            {
                await signal.Signal.WaitAsync(PollInterval, stoppingToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "{Worker} failed to drain its queue")]
    private static partial void LogDrainFailed(ILogger logger, Exception ex, string worker);
}
