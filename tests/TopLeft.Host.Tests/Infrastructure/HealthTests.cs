using System.Net;
using System.Text.Json;

namespace TopLeft.Host.Tests.Infrastructure;

public sealed class HealthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_reports_postgres_redis_and_quartz_each_healthy()
    {
        using var client = fixture.App.ClientFor(null);

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var health = JsonDocument.Parse(body).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        health.GetProperty("status").GetString().ShouldBe("Healthy");
        var entries = health.GetProperty("entries");
        entries.GetProperty("postgres").GetProperty("description").GetString().ShouldStartWith("PostgreSQL");
        entries.GetProperty("cache").GetProperty("description").GetString().ShouldStartWith("Redis at");
        entries.EnumerateObject().ShouldContain(e => e.Name.StartsWith("quartz", StringComparison.Ordinal)
            && e.Value.GetProperty("status").GetString() == "Healthy");
    }

    [Fact]
    public async Task Alive_runs_only_the_liveness_check()
    {
        using var client = fixture.App.ClientFor(null);

        var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/alive", UriKind.Relative))).RootElement;

        health.GetProperty("entries").EnumerateObject().Select(e => e.Name).ShouldBe(["self"]);
    }
}

public sealed class HealthWithoutRedisTests(AppWithoutRedisFixture fixture) : IClassFixture<AppWithoutRedisFixture>
{
    [Fact]
    public async Task Without_redis_health_says_the_in_process_cache_is_used()
    {
        using var client = fixture.App.ClientFor(null);

        var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative))).RootElement;

        health.GetProperty("status").GetString().ShouldBe("Healthy");
        health.GetProperty("entries").GetProperty("cache").GetProperty("description").GetString().ShouldStartWith("in-process cache");
    }
}
