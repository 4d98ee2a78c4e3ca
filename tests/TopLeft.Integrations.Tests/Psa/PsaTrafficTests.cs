using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Integrations.Psa;
using TopLeft.Testing;
using PsaKind = TopLeft.Integrations.Contracts.PsaKind;

namespace TopLeft.Integrations.Tests.Psa;

/// <summary>Two meters on one database stand for two Host instances: they share one count, one budget and one set of slots.</summary>
public sealed class PsaTrafficTests : IAsyncLifetime
{
    private readonly Guid tenant = Guid.NewGuid();
    private PostgresDatabase database = null!;
    private TopLeftApp app = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        app = new TopLeftApp(database, null, new Dictionary<string, string?> { ["Integrations:Sync:Enabled"] = "false" });
        await app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Two_instances_share_one_autotask_budget_and_both_stop_when_it_is_used()
    {
        using var first = Instance(hourlyLimit: 5);
        using var second = Instance(hourlyLimit: 5);

        for (var i = 0; i < 3; i++)
        {
            await (await first.EnterAsync(tenant, PsaKind.Autotask, "Tickets", default)).DisposeAsync();
        }

        for (var i = 0; i < 2; i++)
        {
            await (await second.EnterAsync(tenant, PsaKind.Autotask, "Companies", default)).DisposeAsync();
        }

        (await Should.ThrowAsync<PsaApiException>(() => first.EnterAsync(tenant, PsaKind.Autotask, "Tickets", default))).Status.ShouldBe(HttpStatusCode.TooManyRequests);
        (await Should.ThrowAsync<PsaApiException>(() => second.EnterAsync(tenant, PsaKind.Autotask, "Resources", default))).Status.ShouldBe(HttpStatusCode.TooManyRequests);
        (await first.CountLastHourAsync(tenant, default)).ShouldBe(5);
        (await second.CountLastHourAsync(tenant, default)).ShouldBe(5);
        (await first.CountLastHourAsync(Guid.NewGuid(), default)).ShouldBe(0, "the budget is per tenant");
    }

    [Fact]
    public async Task Connectwise_requests_counted_on_one_instance_show_on_the_other()
    {
        using var first = Instance();
        using var second = Instance();

        for (var i = 0; i < 4; i++)
        {
            await (await first.EnterAsync(tenant, PsaKind.ConnectWise, "service", default)).DisposeAsync();
        }

        (await Eventually.Get(() => second.CountLastHourAsync(tenant, default), n => n == 4, TimeSpan.FromSeconds(15))).ShouldBe(4);
    }

    [Fact]
    public async Task At_most_three_autotask_requests_per_endpoint_are_in_flight_across_instances()
    {
        using var first = Instance();
        using var second = Instance();
        var held = new List<IAsyncDisposable>
        {
            await first.EnterAsync(tenant, PsaKind.Autotask, "Tickets", default),
            await first.EnterAsync(tenant, PsaKind.Autotask, "Tickets", default),
            await second.EnterAsync(tenant, PsaKind.Autotask, "Tickets", default),
        };

        var fourth = second.EnterAsync(tenant, PsaKind.Autotask, "Tickets", default);
        var otherEndpoint = await second.EnterAsync(tenant, PsaKind.Autotask, "Contacts", default);
        await Task.Delay(500);
        fourth.IsCompleted.ShouldBeFalse("three Tickets requests are in flight on the two instances together");
        (await database.ScalarAsync<long>("SELECT count(*) FROM integrations.psa_endpoint_leases WHERE \"Endpoint\" = 'tickets' AND \"HeldUntil\" > now()")).ShouldBe(3);

        await held[0].DisposeAsync();
        var lease = await fourth.WaitAsync(TimeSpan.FromSeconds(30));

        await lease.DisposeAsync();
        await otherEndpoint.DisposeAsync();
        foreach (var other in held.Skip(1))
        {
            await other.DisposeAsync();
        }

        (await database.ScalarAsync<long>("SELECT count(*) FROM integrations.psa_endpoint_leases WHERE \"HeldUntil\" > now()")).ShouldBe(0);
    }

    private PsaTraffic Instance(int hourlyLimit = 10_000) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, Options.Create(new SyncOptions { AutotaskHourlyLimit = hourlyLimit }));
}
