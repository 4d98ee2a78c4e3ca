using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using TopLeft.Testing;

namespace TopLeft.Host.Tests.Infrastructure;

// Aspire's contract: with OTEL_EXPORTER_OTLP_ENDPOINT set, traces and logs leave the Host over OTLP.
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task Traces_and_logs_are_exported_over_otlp_when_an_endpoint_is_configured()
    {
        var received = new ConcurrentBag<(string Path, byte[] Body)>();
        var collectorBuilder = WebApplication.CreateSlimBuilder();
        collectorBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var collector = collectorBuilder.Build();
        collector.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Add((context.Request.Path, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new TopLeftApp(database, null, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Urls.Single(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "topleft-telemetry-test",
            ["Logging:LogLevel:Default"] = "Information",
        });
        await app.StartAsync();

        using var client = app.ClientFor(null);
        await client.GetAsync(new Uri("/api/tenant", UriKind.Relative));

        await Eventually.Get(() => Task.FromResult(received.Select(r => r.Path).ToHashSet()),
            paths => paths.Contains("/v1/traces") && paths.Contains("/v1/logs"), TimeSpan.FromSeconds(30));
        received.ShouldContain(r => r.Path == "/v1/traces" && Encoding.UTF8.GetString(r.Body).Contains("topleft-telemetry-test", StringComparison.Ordinal));
    }
}
