namespace TopLeft.Integrations.Features.Realtime;

/// <summary>
/// When the callback lane last claimed work. The note-read lane yields to it: during a burst of callbacks it waits (at most
/// <see cref="MaxYield"/> per batch, so notes never starve) and the machine goes to the changes people are watching; the
/// notes catch up once the burst is over.
/// </summary>
internal sealed class CallbackLaneActivity(TimeProvider time)
{
    private long lastBusy;

    /// <summary>How long the callback lane must have claimed nothing before note reads go ahead.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest a note-read batch waits.</summary>
    public TimeSpan MaxYield { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The callback lane claimed work just now.</summary>
    public void Busy() => Interlocked.Exchange(ref lastBusy, time.GetTimestamp());

    /// <summary>Waits while the callback lane is busy, up to <see cref="MaxYield"/>.</summary>
    public async Task YieldAsync(CancellationToken ct)
    {
        var start = time.GetTimestamp();
        while (Interlocked.Read(ref lastBusy) is var busy and not 0 && time.GetElapsedTime(busy) < Quiet && time.GetElapsedTime(start) < MaxYield)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), time, ct);
        }
    }
}
