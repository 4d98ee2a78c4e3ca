namespace TopLeft.Integrations.Features.Sync;

/// <summary><c>Integrations:Sync:*</c>: cadences and switches of the scheduled sync.</summary>
internal sealed class SyncOptions
{
    public const string Section = "Integrations:Sync";

    /// <summary>Schedule per-tenant jobs at all (tests switch this off and run syncs by hand).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Incremental { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan Reference { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan Notes { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Cron for the nightly full reconciliation (Quartz syntax, UTC).</summary>
    public string ReconcileCron { get; set; } = "0 30 2 * * ?";

    /// <summary>Overlap of incremental windows, against clock skew between PSA pages.</summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Read every open ticket's notes during full syncs (one request per ticket on ConnectWise).</summary>
    public bool NotesInFullSync { get; set; } = true;

    /// <summary>Records the callback/webhook worker brings up to date at once (one record is never worked on twice at once).</summary>
    public int NotificationParallelism { get; set; } = 8;

    /// <summary>
    /// How long a handled callback/webhook row is kept: while it exists, a redelivery with its key is recognised as a
    /// duplicate (after that it is just another hint, checked against the PSA's stamp).
    /// </summary>
    public TimeSpan NotificationRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Write-back retries back off exponentially up to this.</summary>
    public TimeSpan MaxWriteBackBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Autotask's requests per hour per database; every Host instance counts against it together.</summary>
    public int AutotaskHourlyLimit { get; set; } = 10_000;

    /// <summary>First write-back retry delay.</summary>
    public TimeSpan WriteBackBackoff { get; set; } = TimeSpan.FromSeconds(1);
}
