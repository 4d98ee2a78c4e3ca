using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Connection;
using TopLeft.Integrations.Features.Sync;
using TopLeft.PsaSimulator;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Integrations.Tests;

/// <summary>A simulator, a private database and the real Host on a Kestrel port, with one tenant connected to one PSA.</summary>
internal sealed class IntegrationsHarness : IAsyncDisposable
{
    private IntegrationsHarness(PsaKind kind, RunningSimulator simulator, PostgresDatabase database, TopLeftApp app)
    {
        Kind = kind;
        Simulator = simulator;
        Database = database;
        App = app;
    }

    public PsaKind Kind { get; }

    public RunningSimulator Simulator { get; }

    public PostgresDatabase Database { get; }

    public TopLeftApp App { get; }

    public Guid TenantId { get; } = Guid.NewGuid();

    public static async Task<IntegrationsHarness> StartAsync(PsaKind kind, int tickets = 150)
    {
        var simulator = await SimulatorApp.StartAsync(new SimulatorOptions
        {
            Tickets = tickets, Companies = 12, Members = 10, Projects = 2, DeliveryTimeScale = 0.05,
        });
        var database = await PostgresDatabase.CreateAsync();
        var app = new TopLeftApp(database, null, new Dictionary<string, string?>
        {
            ["Integrations:Sync:Enabled"] = "false",
            ["Integrations:Sync:WriteBackBackoff"] = "00:00:00.200",
            ["Integrations:Sync:MaxWriteBackBackoff"] = "00:00:02",
        });
        await app.StartAsync();
        var harness = new IntegrationsHarness(kind, simulator, database, app);
        await harness.ConnectAsync();
        return harness;
    }

    public async Task ConnectAsync()
    {
        var o = Simulator.Options;
        await WithScopeAsync<ConnectionHandler, ConnectionResponse>(h => h.SaveAsync(Kind == PsaKind.ConnectWise
            ? new ConnectionRequest(Kind, Simulator.BaseUrl, o.ConnectWiseCompanyId, o.ConnectWisePublicKey, o.ConnectWisePrivateKey,
                Guid.NewGuid().ToString(), KeepClosedTickets: false, ActAsMemberAllowed: false)
            : new ConnectionRequest(Kind, Simulator.BaseUrl, o.AutotaskUserName, o.AutotaskIntegrationCode, o.AutotaskSecret, null,
                KeepClosedTickets: false, ActAsMemberAllowed: false), CancellationToken.None));
    }

    public Task<SyncRun> SyncAsync(SyncType type) =>
        WithScopeAsync<SyncEngine, SyncRun>(e => e.RunAsync(type, "test", null, CancellationToken.None));

    public async Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TenantId, "test");
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<T> DbAsync<T>(Func<IntegrationsDbContext, Task<T>> query) => WithScopeAsync(query);

    public Task<T> ModuleAsync<T>(Func<IIntegrationsModule, Task<T>> call) => WithScopeAsync(call);

    /// <summary>Event types and payloads in the module's outbox, oldest first.</summary>
    public Task<List<(string Type, string Payload)>> EventsAsync() =>
        DbAsync(async db => (await db.Outbox.AsNoTracking().OrderBy(m => m.OccurredAt).Select(m => new { m.Type, m.Payload }).ToListAsync())
            .Select(m => (m.Type.Split(',')[0].Split('.')[^1], m.Payload.Replace(" ", "", StringComparison.Ordinal))).ToList());

    /// <summary>The simulator's open tickets as (id, status, title), in the PSA's own shape.</summary>
    public IReadOnlyList<SimTicket> SimulatorOpenTickets()
    {
        if (Kind == PsaKind.ConnectWise)
        {
            return Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().Select(t => t!.AsObject())
                .Where(t => !(bool)t["closedFlag"]!)
                .Select(t => new SimTicket((int)t["id"]!, (int)t["status"]!["id"]!, (string)t["summary"]!,
                    (string?)t["_info"]?["lastUpdated"])).OrderBy(t => t.Id).ToList();
        }

        return Simulator.Control.ExportAutotask()["Tickets"]!.AsArray().Select(t => t!.AsObject())
            .Where(t => (int)t["status"]! != 5)
            .Select(t => new SimTicket((int)t["id"]!, (int)t["status"]!, (string)t["title"]!, (string?)t["lastActivityDate"]))
            .OrderBy(t => t.Id).ToList();
    }

    public JsonArray SimulatorNotes(int ticketId) => Kind == PsaKind.ConnectWise
        ? new JsonArray([.. Simulator.Control.ExportConnectWise()["ticketNotes"]!.AsArray().Where(n => (int)n!["ticketId"]! == ticketId).Select(n => n!.DeepClone())])
        : new JsonArray([.. Simulator.Control.ExportAutotask()["TicketNotes"]!.AsArray().Where(n => (int)n!["ticketID"]! == ticketId).Select(n => n!.DeepClone())]);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Simulator.DisposeAsync();
        await Database.DisposeAsync();
    }
}

internal sealed record SimTicket(int Id, int Status, string Title, string? LastUpdated);
