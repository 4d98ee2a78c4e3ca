using TopLeft.PsaSimulator.Autotask;
using TopLeft.PsaSimulator.ConnectWise;
using TopLeft.PsaSimulator.Data;
using TopLeft.PsaSimulator.Delivery;
using TopLeft.PsaSimulator.Faults;
using TopLeft.PsaSimulator.Infrastructure;
using TopLeft.PsaSimulator.Seeding;

namespace TopLeft.PsaSimulator;

/// <summary>
/// Everything one simulator instance holds: both tenants (swapped whole on reset), the clock, the request
/// log, fault rules and the outbound senders.
/// </summary>
internal sealed class SimulatorState : IAsyncDisposable
{
    private CwTenant cw = new();
    private AtTenant at = new();

    public SimulatorState(SimulatorOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Clock = new SimClock(time);
        Faults = new FaultController(options.Seed);
        Sender = new DeliverySender(Faults, Deliveries, time, options.DeliveryConcurrency);
        CwCallbacks = new CwCallbackSender(this, Sender);
        AtWebhooks = new AtWebhookSender(this, Sender);
        AtLimits = new AtLimits(this);
        CwThrottle = new CwThrottle(this);
    }

    public SimulatorOptions Options { get; }

    public TimeProvider Time { get; }

    public SimClock Clock { get; }

    public CwTenant Cw => Volatile.Read(ref cw);

    public AtTenant At => Volatile.Read(ref at);

    public RequestLog Requests { get; } = new();

    public FaultController Faults { get; }

    public DeliveryLog Deliveries { get; } = new();

    public DeliverySender Sender { get; }

    public CwCallbackSender CwCallbacks { get; }

    public AtWebhookSender AtWebhooks { get; }

    public AtLimits AtLimits { get; }

    public CwThrottle CwThrottle { get; }

    /// <summary>This simulator's own root URL (no trailing slash), known once Kestrel is listening.</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1";

    public DateTime Anchor { get; private set; }

    /// <summary>How long the last (re)seed took, shown in the banner and /_sim/info.</summary>
    public TimeSpan SeedDuration { get; private set; }

    /// <summary>Re-seeds both tenants. Callback and webhook registrations are data too, so they go as well.</summary>
    public void Reset(int? seed = null)
    {
        if (seed is { } s)
        {
            Options.Seed = s;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        Anchor = Options.ResolveAnchor(Time);
        var world = WorldGenerator.Generate(Options, Anchor);
        var newCw = new CwTenant();
        var newAt = new AtTenant();
        Parallel.Invoke(() => CwSeeder.Seed(newCw, world), () => AtSeeder.Seed(newAt, world, Options));
        Volatile.Write(ref cw, newCw);
        Volatile.Write(ref at, newAt);
        AtLimits.Clear();
        SeedDuration = System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    public ValueTask DisposeAsync() => Sender.DisposeAsync();
}
