using TopLeft.Shared.Tenancy;

namespace TopLeft.Integrations.Domain;

/// <summary>One sync run, as the job log shows it.</summary>
internal sealed class SyncRun : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public SyncType Type { get; set; }

    /// <summary>"manual", "schedule", "start-up" or "callback".</summary>
    public string Trigger { get; set; } = "";

    public SyncRunState State { get; set; } = SyncRunState.Running;

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public int Items { get; set; }

    public int Errors { get; set; }

    /// <summary>0..100.</summary>
    public int Progress { get; set; }

    public string? Step { get; set; }

    public int Requests { get; set; }

    public string? Log { get; set; }
}

internal enum SyncType
{
    Full = 1,
    Incremental = 2,
    Reference = 3,
    Notes = 4,
    Reconcile = 5,
}

internal enum SyncRunState
{
    Running = 1,
    Succeeded = 2,
    Failed = 3,
}
