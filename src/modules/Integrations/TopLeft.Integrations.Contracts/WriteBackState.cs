namespace TopLeft.Integrations.Contracts;

/// <summary>Where a write-back is.</summary>
public enum WriteBackState
{
    /// <summary>Stored, not yet accepted by the PSA (possibly being retried).</summary>
    Pending = 1,

    /// <summary>The PSA accepted it.</summary>
    Succeeded = 2,

    /// <summary>The PSA refused it; the local change was reverted.</summary>
    Failed = 3,
}
