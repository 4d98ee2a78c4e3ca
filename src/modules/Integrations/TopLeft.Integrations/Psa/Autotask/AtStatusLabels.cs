namespace TopLeft.Integrations.Psa.Autotask;

/// <summary>
/// One Autotask database's ticket and task status labels, shared by the adapters built for it. Without it every
/// adapter (one per webhook batch) re-read both field lists: two of the four requests a lone ticket webhook cost
/// against the hourly budget. Labels only name statuses (ids decide everything), so a few minutes' lag is harmless;
/// a reference sync refreshes them.
/// </summary>
internal sealed class AtStatusLabels(TimeProvider time)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    private Snapshot? current;

    public bool TryGet(out IReadOnlyDictionary<int, string> tickets, out IReadOnlyDictionary<int, string> tasks)
    {
        var snapshot = Volatile.Read(ref current);
        var fresh = snapshot is not null && time.GetUtcNow() - snapshot.ReadAt < MaxAge;
        (tickets, tasks) = fresh ? (snapshot!.Tickets, snapshot.Tasks) : (new Dictionary<int, string>(), new Dictionary<int, string>());
        return fresh;
    }

    public void Set(IReadOnlyDictionary<int, string> tickets, IReadOnlyDictionary<int, string> tasks) =>
        Volatile.Write(ref current, new Snapshot(tickets, tasks, time.GetUtcNow()));

    private sealed record Snapshot(IReadOnlyDictionary<int, string> Tickets, IReadOnlyDictionary<int, string> Tasks, DateTimeOffset ReadAt);
}
