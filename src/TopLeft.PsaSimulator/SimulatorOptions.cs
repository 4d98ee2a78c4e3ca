namespace TopLeft.PsaSimulator;

/// <summary>
/// How big the seeded MSP is, which credentials the fake tenants accept and how realistic the limits are.
/// Every property can also be given on the command line (<c>--seed 42 --tickets 100000</c>).
/// </summary>
public sealed class SimulatorOptions
{
    /// <summary>Same seed (and same <see cref="Anchor"/>) gives the same data, id for id.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>The seeded data's "now": every seeded date is before it. Defaults to today (UTC midnight).</summary>
    public DateTime? Anchor { get; set; }

    /// <summary>Number of customer companies.</summary>
    public int Companies { get; set; } = 40;

    /// <summary>Number of technicians (ConnectWise members, Autotask resources).</summary>
    public int Members { get; set; } = 25;

    /// <summary>Contacts per company.</summary>
    public int ContactsPerCompany { get; set; } = 4;

    /// <summary>Service boards (ConnectWise) and queues (Autotask), at most 6.</summary>
    public int Boards { get; set; } = 3;

    /// <summary>Service tickets (project tickets come on top).</summary>
    public int Tickets { get; set; } = 2000;

    /// <summary>Projects, each with phases and project tickets (Autotask: tasks).</summary>
    public int Projects { get; set; } = 6;

    /// <summary>Phases per project.</summary>
    public int PhasesPerProject { get; set; } = 3;

    /// <summary>Project tickets (Autotask: tasks) per phase.</summary>
    public int TicketsPerPhase { get; set; } = 3;

    /// <summary>At most this many notes per ticket (uniformly 0..N, plus the initial description).</summary>
    public int NotesPerTicket { get; set; } = 3;

    /// <summary>At most this many time entries per worked ticket.</summary>
    public int TimeEntriesPerTicket { get; set; } = 2;

    /// <summary>Kestrel URLs for <see cref="SimulatorApp.StartAsync"/>; port 0 picks a free one.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Added to every PSA response (not admin calls), in milliseconds.</summary>
    public int LatencyMs { get; set; }

    /// <summary>
    /// ConnectWise throttling: requests per rolling minute before 429 + Retry-After (the guide warns at about
    /// 1,000). 0, the default, never throttles.
    /// </summary>
    public int ConnectWiseRequestsPerMinute { get; set; }

    /// <summary>Autotask's per-database budget per rolling hour.</summary>
    public int AutotaskHourlyLimit { get; set; } = 10_000;

    /// <summary>Autotask's concurrent requests per object endpoint and integration code.</summary>
    public int AutotaskThreadLimit { get; set; } = 3;

    /// <summary>Adds Autotask's 0.5 s / 1 s latency once 50% / 75% of the hourly budget is used.</summary>
    public bool AutotaskThresholdLatency { get; set; }

    /// <summary>
    /// Multiplies the vendors' callback/webhook retry delays (CW +2 s/+4 s, AT 30 s) and timeouts
    /// (5 s / 10 s); tests use e.g. 0.05 to make retries quick. Timeouts never drop below 5 s.
    /// </summary>
    public double DeliveryTimeScale { get; set; } = 1.0;

    /// <summary>
    /// Callbacks/webhooks in flight at once per registration. 1 sends them one after another in order; neither
    /// vendor documents an order, and a busy PSA sends many at once (load tests use e.g. 8).
    /// </summary>
    public int DeliveryConcurrency { get; set; } = 1;

    /// <summary>Do not print the banner with URLs and credentials.</summary>
    public bool Quiet { get; set; }

    /// <summary>ConnectWise login company (the part before <c>+</c> in Basic auth).</summary>
    public string ConnectWiseCompanyId { get; set; } = "topleft";

    /// <summary>ConnectWise API member public key.</summary>
    public string ConnectWisePublicKey { get; set; } = "SimPublicKey";

    /// <summary>ConnectWise API member private key.</summary>
    public string ConnectWisePrivateKey { get; set; } = "SimPrivateKey";

    /// <summary>Autotask API user name.</summary>
    public string AutotaskUserName { get; set; } = "api@topleft-sim.example";

    /// <summary>Autotask API user secret.</summary>
    public string AutotaskSecret { get; set; } = "SimSecret!1";

    /// <summary>Autotask tracking identifier (integration code).</summary>
    public string AutotaskIntegrationCode { get; set; } = "TOPLEFTSIMULATOR";

    internal DateTime ResolveAnchor(TimeProvider time) =>
        Anchor is { } anchor
            ? DateTime.SpecifyKind(anchor, DateTimeKind.Utc)
            : time.GetUtcNow().UtcDateTime.Date;

    internal SimulatorOptions Clone() => (SimulatorOptions)MemberwiseClone();
}
