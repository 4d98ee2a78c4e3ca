namespace TopLeft.PsaSimulator.Data;

/// <summary>
/// The simulator's notion of "now". A skew can be set from the admin API so clients learn to overlap
/// their incremental cursors with the server clock rather than their own.
/// </summary>
internal sealed class SimClock(TimeProvider time)
{
    public TimeSpan Skew { get; set; }

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime + Skew;

    /// <summary>ConnectWise stamps carry whole seconds; keeping them that way makes cursors realistic.</summary>
    public DateTime UtcNowSeconds
    {
        get
        {
            var now = UtcNow;
            return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        }
    }
}
