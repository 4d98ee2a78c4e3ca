using System.Net.Sockets;

namespace TopLeft.AppHost;

// A process the AppHost starts and owns. It counts as ready once its port accepts connections, and
// healthy then, unless it has an HTTP health check, which is polled for as long as it runs.
internal class ExecutableResource : Resource
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly List<(string Name, Func<string?> Value)> environment = [];
    private readonly List<Func<int, IEnumerable<string>>> arguments = [];
    private readonly ConsoleOutput output;
    private readonly CancellationTokenSource stopping = new();
    private string? healthPath;
    private ChildProcess? process;

    public ExecutableResource(string name, int port, string? command, string workingDirectory, ConsoleOutput output)
        : base(name, port)
    {
        FileName = command ?? string.Empty;
        WorkingDirectory = workingDirectory;
        this.output = output;
        output.Register(name);
    }

    public string FileName { get; }

    public string WorkingDirectory { get; }

    // Where the child's process-group id is kept while it runs, so that the next run can stop what
    // a killed AppHost left behind (its children live in their own sessions and outlive it).
    public string? ProcessGroupFile { get; init; }

    public override string Url => $"http://127.0.0.1:{Port}";

    // `dotnet run` can spend minutes building before anything listens.
    protected virtual TimeSpan StartTimeout => TimeSpan.FromMinutes(10);

    public ExecutableResource WithArgs(Func<int, IEnumerable<string>> args)
    {
        arguments.Add(args);
        return this;
    }

    public ExecutableResource WithEnvironment(string name, string value)
    {
        environment.Add((name, () => value));
        return this;
    }

    // Another resource's URL, left out while that resource is skipped.
    public ExecutableResource WithEnvironment(string name, Resource resource)
    {
        environment.Add((name, () => resource.IsSkipped ? null : resource.Url));
        return this;
    }

    public ExecutableResource WithReference(IResourceWithConnectionString resource)
    {
        environment.Add(($"ConnectionStrings__{resource.ConnectionName}", () => resource.ConnectionString));
        return this;
    }

    public ExecutableResource WithHttpHealthCheck(string path)
    {
        healthPath = path;
        return this;
    }

    public IEnumerable<string> BuildArguments() => arguments.SelectMany(args => args(Port));

    // The variables Aspire would set; a null value removes a variable inherited from our own
    // environment, so a skipped resource is really absent rather than pointing at a stale value.
    public IReadOnlyDictionary<string, string?> BuildEnvironment(Func<string, string?> parentVariable)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = Url,
            ["OTEL_SERVICE_NAME"] = Name,
        };
        if (parentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 } otlpEndpoint)
        {
            variables["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlpEndpoint;
        }

        foreach (var (name, value) in environment)
        {
            variables[name] = value();
        }

        return variables;
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Update(ResourceState.Starting);
        process = ChildProcess.Start(
            Name, FileName, BuildArguments(), BuildEnvironment(Environment.GetEnvironmentVariable), WorkingDirectory, output);
        if (ProcessGroupFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ProcessGroupFile)!);
            File.WriteAllText(ProcessGroupFile, $"{process.Id}\n");
        }

        _ = ReportUnexpectedExitAsync(process);
        return Task.CompletedTask;
    }

    public override async Task CleanUpLeftoversAsync()
    {
        if (ProcessGroupFile is null || Executables.ReadPidFile(ProcessGroupFile) is not { } group)
        {
            return;
        }

        // The kernel keeps only the first 15 characters of a process name.
        var processName = Path.GetFileName(FileName) is { Length: > 15 } name ? name[..15] : Path.GetFileName(FileName);
        if (Executables.IsRunning(group, processName))
        {
            output.Warning($"{Name}: stopping the {processName} process group {group} that an earlier run left running.");
            await AppHost.Command.RunAsync("kill", ["-s", "TERM", "--", $"-{group}"]);
            for (var i = 0; i < 100 && Executables.IsRunning(group, processName); i++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }

            await AppHost.Command.RunAsync("kill", ["-s", "KILL", "--", $"-{group}"]);
        }

        File.Delete(ProcessGroupFile);
    }

    public override async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        var child = process ?? throw new InvalidOperationException($"{Name} was not started.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        while (!await AcceptsConnectionsAsync(Port, cancellationToken))
        {
            if (child.Exited.IsCompleted)
            {
                throw new AppHostException(
                    $"{Name} exited with code {child.Exited.Result} before it listened on port {Port}; see the [{Name}] lines above.");
            }

            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new AppHostException($"{Name} did not listen on port {Port} within {StartTimeout.TotalMinutes:0} minutes.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        Update(ResourceState.Running, healthPath is null ? "healthy" : "starting");
        if (healthPath is not null)
        {
            _ = PollHealthAsync(new Uri($"{Url}{healthPath}"), stopping.Token);
        }
    }

    public override async Task StopAsync()
    {
        await stopping.CancelAsync();
        if (process is null)
        {
            return;
        }

        if (!process.Exited.IsCompleted)
        {
            Update(ResourceState.Stopping);
            // SIGTERM rather than SIGINT: a shell starting the AppHost in the background makes SIGINT
            // ignored for it and every child, while ASP.NET and redis-server both stop gracefully on SIGTERM.
            await process.StopAsync("TERM", TimeSpan.FromSeconds(15));
            Update(ResourceState.Stopped, "-");
        }

        process.Dispose();
        if (ProcessGroupFile is not null)
        {
            File.Delete(ProcessGroupFile);
        }
    }

    private static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private async Task ReportUnexpectedExitAsync(ChildProcess child)
    {
        var exitCode = await child.Exited;
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        // Before it was ready, WaitReadyAsync reports the exit as a failed start instead.
        var wasRunning = State == ResourceState.Running;
        await stopping.CancelAsync();
        Update(exitCode == 0 ? ResourceState.Exited : ResourceState.Failed, "-", $"exited with code {exitCode}");
        if (wasRunning)
        {
            output.Error($"{Name} exited unexpectedly with code {exitCode}; the other resources keep running (Ctrl+C stops them).");
        }
    }

    // Polled quickly until healthy, then slowly, so the table shows a Host that turns unhealthy later.
    private async Task PollHealthAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var health = await HttpHealth.ProbeAsync(Http, uri, cancellationToken);
                if (health != Health)
                {
                    Update(State, health);
                }

                await Task.Delay(TimeSpan.FromSeconds(health == "healthy" ? 5 : 1), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
