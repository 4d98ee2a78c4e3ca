using Npgsql;

namespace TopLeft.AppHost.Tests;

// Runs the machine's real PostgreSQL binaries in a temporary folder on a free port.
public sealed class PostgresResourceTests : IDisposable
{
    private readonly TemporaryDirectory root = new();
    private readonly StringWriter log = new();

    [Fact]
    public async Task Starts_a_private_cluster_with_the_database_and_stops_it()
    {
        var (postgres, database) = Declare();

        await StartAsync(postgres);

        (await QueryAsync(database.ConnectionString!, "SELECT current_database()")).ShouldBe("topleft");
        postgres.State.ShouldBe(ResourceState.Running);
        postgres.Health.ShouldBe("healthy");

        await postgres.StopAsync();

        postgres.State.ShouldBe(ResourceState.Stopped);
        File.Exists(Path.Combine(postgres.DataDirectory, "postmaster.pid")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_second_run_keeps_the_data_and_copes_with_a_stale_pid_file()
    {
        var (first, firstDatabase) = Declare();
        await StartAsync(first);
        await QueryAsync(firstDatabase.ConnectionString!, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        await first.StopAsync();
        // What a killed server leaves behind: a pid file naming a process that is not postgres.
        await File.WriteAllTextAsync(Path.Combine(first.DataDirectory, "postmaster.pid"), $"{Environment.ProcessId}\n{first.DataDirectory}\n");

        var (second, secondDatabase) = Declare();
        await StartAsync(second);

        (await QueryAsync(secondDatabase.ConnectionString!, "SELECT id FROM kept")).ShouldBe(42);
        await second.StopAsync();
    }

    [Fact]
    public async Task A_server_left_running_by_a_killed_run_is_stopped_before_the_next_start()
    {
        var (first, _) = Declare();
        await StartAsync(first);

        var (second, secondDatabase) = Declare();
        await StartAsync(second);

        (await QueryAsync(secondDatabase.ConnectionString!, "SELECT 1")).ShouldBe(1);
        log.ToString().ShouldContain("that an earlier run left running");
        await second.StopAsync();
    }

    public void Dispose()
    {
        root.Dispose();
        log.Dispose();
    }

    private static async Task StartAsync(PostgresResource postgres)
    {
        await postgres.CleanUpLeftoversAsync();
        await postgres.StartAsync(CancellationToken.None);
        await postgres.WaitReadyAsync(CancellationToken.None);
    }

    private static async Task<object?> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private (PostgresResource Server, PostgresDatabase Database) Declare()
    {
        var postgres = new PostgresResource("postgres", FreePort.Next(), root.Combine(".data", "postgres"), new ConsoleOutput(log, useColour: false));
        return (postgres, postgres.AddDatabase("topleft"));
    }
}
