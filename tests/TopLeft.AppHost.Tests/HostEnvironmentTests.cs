namespace TopLeft.AppHost.Tests;

public sealed class HostEnvironmentTests : IDisposable
{
    private readonly TemporaryDirectory root = new();
    private readonly ConsoleOutput output = new(TextWriter.Null, useColour: false);

    public HostEnvironmentTests()
    {
        Directory.CreateDirectory(root.Combine("src", "TopLeft.Host"));
    }

    [Fact]
    public void The_host_gets_the_variables_Aspire_would_set()
    {
        Directory.CreateDirectory(root.Combine("src", "TopLeft.PsaSimulator"));
        var host = DeclareHost(redisServer: "/usr/bin/redis-server");

        var environment = host.BuildEnvironment(name => name == "OTEL_EXPORTER_OTLP_ENDPOINT" ? "http://127.0.0.1:4317" : null);

        environment.ShouldBe(
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["DOTNET_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:5080",
                ["OTEL_SERVICE_NAME"] = "host",
                ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:4317",
                ["ConnectionStrings__topleft"] = "Host=127.0.0.1;Port=55432;Database=topleft;Username=postgres",
                ["ConnectionStrings__redis"] = "127.0.0.1:56379",
                ["Integrations__Simulator__Url"] = "http://127.0.0.1:5090",
            },
            ignoreOrder: true);
    }

    [Fact]
    public void Without_redis_server_or_the_simulator_their_variables_are_removed_rather_than_inherited()
    {
        var host = DeclareHost(redisServer: null);

        var environment = host.BuildEnvironment(_ => null);

        environment["ConnectionStrings__redis"].ShouldBeNull();
        environment["Integrations__Simulator__Url"].ShouldBeNull();
        environment.ShouldNotContainKey("OTEL_EXPORTER_OTLP_ENDPOINT");
    }

    [Fact]
    public void Ports_changed_by_arguments_reach_the_connection_strings()
    {
        var postgres = new PostgresResource("postgres", 55432, root.Combine(".data", "postgres"), output);
        var database = postgres.AddDatabase("topleft");
        var host = new ProjectResource("host", "src/TopLeft.Host", 5080, root.Path, output).WithReference(database);

        postgres.Port = 6543;
        host.Port = 6080;

        var environment = host.BuildEnvironment(_ => null);
        environment["ConnectionStrings__topleft"].ShouldBe("Host=127.0.0.1;Port=6543;Database=topleft;Username=postgres");
        environment["ASPNETCORE_URLS"].ShouldBe("http://127.0.0.1:6080");
    }

    [Fact]
    public void The_simulator_is_started_with_dotnet_run_and_its_url()
    {
        Directory.CreateDirectory(root.Combine("src", "TopLeft.PsaSimulator"));
        var simulator = new ProjectResource("psa-simulator", "src/TopLeft.PsaSimulator", 5090, root.Path, output).WithUrlsArgument();

        simulator.FileName.ShouldBe("dotnet");
        simulator.BuildArguments().ShouldBe(
            ["run", "--project", "src/TopLeft.PsaSimulator", "--no-launch-profile", "--", "--urls", "http://127.0.0.1:5090"]);
    }

    public void Dispose() => root.Dispose();

    private ExecutableResource DeclareHost(string? redisServer)
    {
        var postgres = new PostgresResource("postgres", 55432, root.Combine(".data", "postgres"), output).AddDatabase("topleft");
        var redis = new RedisResource("redis", 56379, redisServer, root.Combine(".data", "redis"), output);
        var simulator = new ProjectResource("psa-simulator", "src/TopLeft.PsaSimulator", 5090, root.Path, output);
        return new ProjectResource("host", "src/TopLeft.Host", 5080, root.Path, output)
            .WithReference(postgres)
            .WithReference(redis)
            .WithEnvironment("Integrations__Simulator__Url", simulator)
            .WithHttpHealthCheck("/health");
    }
}
