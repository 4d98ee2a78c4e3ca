using System.Text.RegularExpressions;

namespace TopLeft.AppHost;

// A private cluster from the machine's own binaries, kept in a folder of ours (.data/postgres), so a
// second run finds its data again. pg_ctl detaches the server; it is stopped with pg_ctl too.
internal sealed partial class PostgresResource : Resource
{
    // The cluster's superuser, made by initdb -U; trust authentication on 127.0.0.1 only.
    public const string SuperUser = "postgres";

    private readonly List<PostgresDatabase> databases = [];
    private readonly ConsoleOutput output;
    private readonly CancellationTokenSource stopping = new();
    private PostgresBinaries? binaries;
    private string? osUser;
    private LogFileTail? log;
    private bool started;

    public PostgresResource(string name, int port, string dataDirectory, ConsoleOutput output)
        : base(name, port)
    {
        DataDirectory = Path.GetFullPath(dataDirectory);
        this.output = output;
        output.Register(name);
    }

    public string DataDirectory { get; }

    public override string Url => $"postgresql://127.0.0.1:{Port}";

    private string PidFile => Path.Combine(DataDirectory, "postmaster.pid");

    private string LogFile => Path.Combine(DataDirectory, "server.log");

    public PostgresDatabase AddDatabase(string name)
    {
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain database name.", nameof(name));
        }

        var database = new PostgresDatabase(this, name);
        databases.Add(database);
        return database;
    }

    // A server from a killed run still owns the data folder (and maybe the port): stop it. A pid file
    // whose process is gone, or whose pid now belongs to something else, would make postgres refuse
    // to start: remove it.
    public override async Task CleanUpLeftoversAsync()
    {
        if (Executables.ReadPidFile(PidFile) is not { } pid)
        {
            return;
        }

        if (Executables.IsRunning(pid, "postgres"))
        {
            output.Warning($"{Name}: stopping the server (pid {pid}) that an earlier run left running on {DataDirectory}.");
            await PrepareAsync();
            await PgCtlAsync("-D", DataDirectory, "-m", "fast", "-w", "stop");
        }
        else
        {
            output.Warning($"{Name}: removing the stale postmaster.pid that a killed run left in {DataDirectory}.");
            File.Delete(PidFile);
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        Update(ResourceState.Starting);
        await PrepareAsync();
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitializeAsync();
        }

        log = LogFileTail.Start(LogFile, line => output.Line(Name, line));
        var start = await PgCtlAsync(
            "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60",
            "-o", $"-p {Port} -k '{DataDirectory}' -c listen_addresses=127.0.0.1", "start");
        if (!start.Succeeded)
        {
            throw new AppHostException($"pg_ctl could not start PostgreSQL (exit code {start.ExitCode}): {start.Output} See {LogFile}.");
        }

        started = true;
        _ = WatchServerAsync(stopping.Token);
    }

    public override async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        await PsqlAsync("SELECT 1", cancellationToken);
        foreach (var database in databases)
        {
            var exists = await PsqlAsync($"SELECT 1 FROM pg_database WHERE datname = '{database.Name}'", cancellationToken);
            if (exists != "1")
            {
                await PsqlAsync($"CREATE DATABASE \"{database.Name}\"", cancellationToken);
                output.Line(Name, $"created database {database.Name}");
            }
        }

        Update(ResourceState.Running, "healthy");
    }

    public override async Task StopAsync()
    {
        await stopping.CancelAsync();
        if (started)
        {
            Update(ResourceState.Stopping);
            var stop = await PgCtlAsync("-D", DataDirectory, "-m", "fast", "-w", "stop");
            if (!stop.Succeeded && File.Exists(PidFile))
            {
                output.Error($"{Name}: pg_ctl stop failed: {stop.Output}");
            }

            started = false;
            Update(ResourceState.Stopped, "-");
        }

        if (log is not null)
        {
            await log.DisposeAsync();
            log = null;
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex DatabaseName();

    private async Task PrepareAsync()
    {
        binaries ??= PostgresBinaries.Find();
        osUser ??= await ServiceAccount.ForPostgresAsync();
    }

    private async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DataDirectory)!);
        if (osUser is null)
        {
            Directory.CreateDirectory(DataDirectory);
        }
        else
        {
            var owned = await Command.RunAsync("install", ["-d", "-o", osUser, "-g", osUser, "-m", "700", DataDirectory]);
            if (!owned.Succeeded)
            {
                throw new AppHostException($"Could not create {DataDirectory} for the {osUser} account: {owned.Output}");
            }
        }

        output.Line(Name, $"initialising a new cluster in {DataDirectory}");
        var init = await Command.RunAsAsync(
            osUser,
            binaries!.InitDb,
            ["-D", DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--no-locale"],
            Path.GetDirectoryName(DataDirectory));
        if (!init.Succeeded)
        {
            throw new AppHostException(
                $"initdb failed (exit code {init.ExitCode}); the {osUser ?? "current"} account needs to reach {DataDirectory}: {init.Output}");
        }
    }

    // The tools run from the data folder's parent: as root they run as another account, which may
    // not be allowed into our current directory.
    private Task<CommandResult> PgCtlAsync(params string[] arguments) =>
        Command.RunAsAsync(osUser, binaries!.PgCtl, arguments, Path.GetDirectoryName(DataDirectory));

    private async Task<string> PsqlAsync(string sql, CancellationToken cancellationToken)
    {
        var result = await Command.RunAsync(
            binaries!.Psql,
            ["-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", $"{Port}", "-U", SuperUser, "-d", "postgres", "-c", sql],
            Path.GetDirectoryName(DataDirectory),
            cancellationToken);
        return result.Succeeded
            ? result.Output
            : throw new AppHostException($"psql could not run '{sql}' on {Name}: {result.Output}");
    }

    // The server is not our child, so its death is noticed by watching the pid it recorded.
    private async Task WatchServerAsync(CancellationToken cancellationToken)
    {
        var pid = Executables.ReadPidFile(PidFile);
        try
        {
            while (pid is { } serverPid && Executables.IsRunning(serverPid, "postgres"))
            {
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!cancellationToken.IsCancellationRequested)
        {
            started = false;
            Update(ResourceState.Failed, "-", "the server process ended");
            output.Error($"{Name} stopped unexpectedly; see {LogFile}. The other resources keep running (Ctrl+C stops them).");
        }
    }
}
