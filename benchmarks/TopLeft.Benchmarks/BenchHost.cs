using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Messaging;

namespace TopLeft.Benchmarks;

/// <summary>The real Host on a Kestrel port (so the simulator can call back), with a probe subscribed to WorkItemChanged.</summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public BenchHost(Dictionary<string, string?> settings)
    {
        this.settings = settings;
        // A console app gets no MvcTestingAppManifest.json: tell the factory where the Host's content root is.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_TOPLEFT_HOST",
            Path.Combine(TopLeft.Testing.TestEnvironment.RepositoryRoot, "src", "TopLeft.Host"));
        UseKestrel(0);
    }

    public void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddScoped<IIntegrationEventHandler<WorkItemChanged>, WorkItemChangedProbe>());
    }
}

/// <summary>Records when each WorkItemChanged reached a subscriber.</summary>
internal sealed class WorkItemChangedProbe : IIntegrationEventHandler<WorkItemChanged>
{
    public static Action<WorkItemChanged, long>? OnEvent { get; set; }

    public Task HandleAsync(WorkItemChanged @event, CancellationToken cancellationToken)
    {
        OnEvent?.Invoke(@event, System.Diagnostics.Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }
}
