namespace TopLeft.AppHost;

// A cache and SignalR backplane only, so nothing is persisted; the folder holds the pid file that lets
// the next run stop a server a killed run left behind.
internal sealed class RedisResource : ExecutableResource, IResourceWithConnectionString
{
    private readonly string pidFile;

    public RedisResource(string name, int port, string? serverPath, string dataDirectory, ConsoleOutput output)
        : base(name, port, serverPath, dataDirectory, output)
    {
        pidFile = Path.Combine(dataDirectory, "redis-server.pid");
        WithArgs(p =>
        [
            "--port", $"{p}", "--bind", "127.0.0.1", "--daemonize", "no",
            "--save", "", "--appendonly", "no", "--dir", dataDirectory, "--pidfile", pidFile,
        ]);
        if (serverPath is null)
        {
            Skip("redis-server is not installed (apt-get install -y redis-server); the Host uses its in-process cache");
        }
    }

    public string ConnectionName => Name;

    public string? ConnectionString => IsSkipped ? null : $"127.0.0.1:{Port}";

    public override string Url => $"redis://127.0.0.1:{Port}";

    protected override TimeSpan StartTimeout => TimeSpan.FromSeconds(30);

    public override async Task CleanUpLeftoversAsync()
    {
        if (Executables.ReadPidFile(pidFile) is { } pid && Executables.IsRunning(pid, "redis-server"))
        {
            await Command.RunAsync("kill", ["-s", "TERM", $"{pid}"]);
            for (var i = 0; i < 50 && Executables.IsRunning(pid, "redis-server"); i++)
            {
                await Task.Delay(100);
            }
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(WorkingDirectory);
        return base.StartAsync(cancellationToken);
    }
}
