namespace TopLeft.AppHost;

// A cache and SignalR backplane only, so nothing is persisted.
internal sealed class RedisResource : ExecutableResource, IResourceWithConnectionString
{
    public RedisResource(string name, int port, string? serverPath, string dataDirectory, ConsoleOutput output)
        : base(name, port, serverPath, dataDirectory, output)
    {
        WithArgs(p =>
        [
            "--port", $"{p}", "--bind", "127.0.0.1", "--daemonize", "no",
            "--save", "", "--appendonly", "no", "--dir", dataDirectory,
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

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(WorkingDirectory);
        return base.StartAsync(cancellationToken);
    }
}
