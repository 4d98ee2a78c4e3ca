namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// Optional ConnectWise throttling over a rolling minute. ConnectWise publishes no exact numbers, so this is
/// off unless <see cref="SimulatorOptions.ConnectWiseRequestsPerMinute"/> is set.
/// </summary>
internal sealed class CwThrottle(SimulatorState state)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock sync = new();
    private readonly Queue<DateTime> requests = new();

    /// <summary>Counts a request; returns the Retry-After seconds when it must be throttled.</summary>
    public int? Count()
    {
        var limit = state.Options.ConnectWiseRequestsPerMinute;
        if (limit <= 0)
        {
            return null;
        }

        var now = state.Clock.UtcNow;
        lock (sync)
        {
            while (requests.Count > 0 && requests.Peek() <= now - Window)
            {
                requests.Dequeue();
            }

            if (requests.Count >= limit)
            {
                return Math.Max(1, (int)Math.Ceiling((requests.Peek() + Window - now).TotalSeconds));
            }

            requests.Enqueue(now);
            return null;
        }
    }
}
