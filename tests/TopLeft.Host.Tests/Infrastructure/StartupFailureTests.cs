using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TopLeft.Testing;

namespace TopLeft.Host.Tests.Infrastructure;

// Runs the real Host executable, because what matters is what an operator sees on the console.
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_missing_connection_string_is_named_in_one_sentence()
    {
        var (exitCode, output) = await RunHost(new() { ["ConnectionStrings__topleft"] = "" });

        AssertOneClearSentence(exitCode, output, "ConnectionStrings:topleft is not set");
    }

    [Fact]
    public async Task A_malformed_connection_string_is_named_in_one_sentence()
    {
        var (exitCode, output) = await RunHost(new() { ["ConnectionStrings__topleft"] = "Host=127.0.0.1;Port=notanumber" });

        AssertOneClearSentence(exitCode, output, "ConnectionStrings:topleft is malformed");
    }

    [Fact]
    public async Task An_unreachable_database_is_named_in_one_sentence()
    {
        var port = FreePort();

        var (exitCode, output) = await RunHost(new()
        {
            ["ConnectionStrings__topleft"] = $"Host=127.0.0.1;Port={port};Database=topleft;Username=postgres",
        });

        AssertOneClearSentence(exitCode, output, $"PostgreSQL is unreachable at 127.0.0.1:{port}");
    }

    [Fact]
    public async Task A_port_in_use_is_named_in_one_sentence()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        var (exitCode, output) = await RunHost(new()
        {
            ["ConnectionStrings__topleft"] = database.ConnectionString,
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        });

        AssertOneClearSentence(exitCode, output, $"Port {port} is already in use");
    }

    private static void AssertOneClearSentence(int exitCode, string output, string expected)
    {
        exitCode.ShouldBe(1, output);
        output.ShouldContain("TopLeft cannot start: " + expected);
        output.ShouldNotContain("   at ", customMessage: "no stack trace");
        output.ShouldNotContain("Exception", customMessage: "no exception dump");
    }

    private static async Task<(int ExitCode, string Output)> RunHost(Dictionary<string, string> environment)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var hostDirectory = Path.Combine(TestEnvironment.RepositoryRoot, "src", "TopLeft.Host");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(hostDirectory, "bin", configuration, "net10.0", "TopLeft.Host.dll")])
        {
            WorkingDirectory = hostDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The Host kept running although its configuration is bad.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
