using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Delivery;

/// <summary>
/// A POST to a subscriber with its vendor's retry policy. Deliveries that share a <see cref="QueueKey"/>
/// (one registration) go out in order, and a failing one holds up those behind it, as Autotask documents
/// (unless <see cref="SimulatorOptions.DeliveryConcurrency"/> sends several at once).
/// </summary>
internal sealed class OutboundDelivery
{
    /// <summary>
    /// The vendor's timeout times <see cref="SimulatorOptions.DeliveryTimeScale"/>, but never under 5 s: a receiver's
    /// first request (a cold Host on a busy test machine) can take over a second, and ConnectWise does not retry a
    /// timeout, so a shorter floor loses callbacks at random.
    /// </summary>
    public static TimeSpan ScaledTimeout(double vendorSeconds, double scale) => TimeSpan.FromSeconds(Math.Max(5, vendorSeconds * scale));

    public required FaultPsa Psa { get; init; }

    public required string Kind { get; init; }

    public required string QueueKey { get; init; }

    public required string Url { get; init; }

    public required byte[] Body { get; init; }

    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    public required TimeSpan Timeout { get; init; }

    /// <summary>Delays before each retry; the number of entries is the number of retries.</summary>
    public required IReadOnlyList<TimeSpan> RetryDelays { get; init; }

    /// <summary>Whether a failed attempt's status (0 for timeout/connection error) is retried.</summary>
    public required Func<int, bool> ShouldRetry { get; init; }

    /// <summary>Told whether the delivery finally succeeded (for deactivation counting).</summary>
    public Action<bool, int>? Completed { get; init; }

    public bool Replay { get; init; }
}
