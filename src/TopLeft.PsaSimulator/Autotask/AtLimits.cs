using System.Collections.Concurrent;
using System.Globalization;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Autotask's two limits: 10,000 requests per rolling hour per database (everything fails until the window
/// rolls, optionally slowed at 50%/75%), and 3 requests in flight per object endpoint per integration code.
/// </summary>
internal sealed class AtLimits(SimulatorState state)
{
    public const string ThreadLimitMessage =
        "Thread threshold exceeded: only {0} concurrent requests are allowed per object endpoint for this API tracking identifier. (Itgenatr005)";

    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly Lock sync = new();
    private readonly Queue<DateTime> requests = new();
    private readonly ConcurrentDictionary<string, int> inFlight = new(StringComparer.OrdinalIgnoreCase);

    public int CurrentCount
    {
        get
        {
            lock (sync)
            {
                Prune(state.Clock.UtcNow);
                return requests.Count;
            }
        }
    }

    /// <summary>Counts a request; returns the seconds until the window frees a slot when the budget is spent.</summary>
    public int? Count(out TimeSpan latency)
    {
        var now = state.Clock.UtcNow;
        var limit = state.Options.AutotaskHourlyLimit;
        lock (sync)
        {
            Prune(now);
            if (requests.Count >= limit)
            {
                latency = TimeSpan.Zero;
                return Math.Max(1, (int)Math.Ceiling((requests.Peek() + Window - now).TotalSeconds));
            }

            requests.Enqueue(now);
            var used = (double)requests.Count / limit;
            latency = !state.Options.AutotaskThresholdLatency ? TimeSpan.Zero
                : used >= 0.75 ? TimeSpan.FromSeconds(1)
                : used >= 0.5 ? TimeSpan.FromSeconds(0.5)
                : TimeSpan.Zero;
            return null;
        }
    }

    /// <summary>Takes a thread slot for (integration code, endpoint); null when the limit is reached.</summary>
    public IDisposable? Enter(string integrationCode, string endpoint)
    {
        var key = $"{integrationCode}|{endpoint}";
        var now = inFlight.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (now > state.Options.AutotaskThreadLimit)
        {
            inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
            return null;
        }

        return new Slot(this, key);
    }

    public void Clear()
    {
        lock (sync)
        {
            requests.Clear();
        }
    }

    public string ThreadMessage() => string.Format(CultureInfo.InvariantCulture, ThreadLimitMessage, state.Options.AutotaskThreadLimit);

    private void Prune(DateTime now)
    {
        while (requests.Count > 0 && requests.Peek() <= now - Window)
        {
            requests.Dequeue();
        }
    }

    private sealed class Slot(AtLimits limits, string key) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                limits.inFlight.AddOrUpdate(key, 0, (_, n) => n - 1);
            }
        }
    }
}
