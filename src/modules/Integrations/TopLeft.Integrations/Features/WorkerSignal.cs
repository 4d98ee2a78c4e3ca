namespace TopLeft.Integrations.Features;

/// <summary>Wakes a queue worker right after a commit in this process; other instances find the work on their next poll.</summary>
internal sealed class WorkerSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Notify()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await wake.WaitAsync(timeout, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}

/// <summary>The signal of the callback/webhook queue.</summary>
internal sealed class NotificationSignal : WorkerSignalHolder;

/// <summary>The signal of the note reads ConnectWise callbacks leave behind.</summary>
internal sealed class NoteReadSignal : WorkerSignalHolder;

/// <summary>The signal of the write-back queue.</summary>
internal sealed class WriteBackSignal : WorkerSignalHolder;

internal abstract class WorkerSignalHolder
{
    public WorkerSignal Signal { get; } = new();
}
