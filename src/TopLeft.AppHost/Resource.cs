namespace TopLeft.AppHost;

// What the orchestrator needs from anything it runs; state, health and note feed the resource table.
internal abstract class Resource(string name, int port)
{
    private int version;

    public string Name { get; } = name;

    // Set from --{name}-port before anything starts.
    public int Port { get; set; } = port;

    public ResourceState State { get; private set; } = ResourceState.Pending;

    public string Health { get; private set; } = "-";

    // Why a resource is skipped or failed; shown beside it in the table.
    public string? Note { get; private set; }

    public abstract string Url { get; }

    public bool IsSkipped => State == ResourceState.Skipped;

    // Bumped on every change so the table printer knows when to print again.
    public int Version => Volatile.Read(ref version);

    // A killed AppHost leaves servers behind that hold our data and ports; they are cleared
    // before ports are checked.
    public virtual Task CleanUpLeftoversAsync() => Task.CompletedTask;

    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task WaitReadyAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync();

    // Keeps a more precise note (such as the exit code) when the resource already knows it failed.
    public void MarkFailed(string why) =>
        Update(ResourceState.Failed, "-", State == ResourceState.Failed ? null : why);

    protected void Skip(string why) => Update(ResourceState.Skipped, "-", why);

    protected void Update(ResourceState state, string? health = null, string? note = null)
    {
        State = state;
        Health = health ?? Health;
        Note = note ?? Note;
        Interlocked.Increment(ref version);
    }
}
