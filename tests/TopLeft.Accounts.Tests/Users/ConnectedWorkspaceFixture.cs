using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.PsaSimulator;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.Users;

/// <summary>
/// A workspace connected to the PSA simulator's ConnectWise through the HTTP API, with its members synced by a
/// reference sync: Integrations holds them and the outbox has made them users, as in production.
/// </summary>
public sealed class ConnectedWorkspaceFixture : IAsyncLifetime
{
    public const string Slug = "psaco";
    public const string AdminEmail = "admin@psaco.test";

    public TopLeftApp App { get; private set; } = null!;

    public MailCatcher Mail { get; private set; } = null!;

    internal RunningSimulator Simulator { get; private set; } = null!;

    /// <summary>The synced members as the Licensing page lists them (PSA id, name, username, e-mail).</summary>
    public IReadOnlyList<PsaMemberRow> Members { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        Simulator = await SimulatorApp.StartAsync(new SimulatorOptions
        {
            Members = 6, Companies = 2, ContactsPerCompany = 1, Tickets = 5, Projects = 1, DeliveryTimeScale = 0.05, Quiet = true,
        });
        App = new TopLeftApp(await PostgresDatabase.CreateAsync(), null, new Dictionary<string, string?>
        {
            ["Integrations:Sync:Enabled"] = "false",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await App.StartAsync();
        using (var anonymous = new ApiClient(App, null))
        {
            var response = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "PSA Co", slug = Slug, adminEmail = AdminEmail, password = WorkspaceFixture.Password });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        using var admin = await AdminAsync();
        var o = Simulator.Options;
        var connected = await admin.PutAsync("/api/integrations/connection", new
        {
            kind = 1, siteUrl = Simulator.BaseUrl, account = o.ConnectWiseCompanyId, publicKey = o.ConnectWisePublicKey, privateKey = o.ConnectWisePrivateKey,
            clientId = Guid.NewGuid().ToString(), keepClosedTickets = false, actAsMemberAllowed = true,
        });
        connected.StatusCode.ShouldBe(HttpStatusCode.OK, await connected.Content.ReadAsStringAsync());
        var started = await admin.PostAsync("/api/integrations/sync", new { type = "reference" });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        await Eventually.Get(() => admin.GetJsonAsync<SyncStatus>("/api/integrations/sync"), s => s.Runs.Count > 0 && s.Runs.All(r => r.State == "succeeded"),
            TimeSpan.FromSeconds(90));
        Members = (await Eventually.Get(() => admin.GetJsonAsync<LicensingPage>("/api/licensing/members"), p => p.Available.Count >= o.Members,
            TimeSpan.FromSeconds(30))).Available;
        var userNames = Members.Select(m => m.UserName).ToList();
        await Eventually.Get(() => admin.GetJsonAsync<List<UserRow>>("/api/accounts/users"), users => userNames.All(n => users.Any(u => u.UserName == n)),
            TimeSpan.FromSeconds(30));
    }

    public async Task<ApiClient> AdminAsync()
    {
        var client = new ApiClient(App, Slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = AdminEmail, password = WorkspaceFixture.Password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await client.RefreshSessionAsync();
        return client;
    }

    /// <summary>A DI scope acting for the workspace, as another module's call or a job runs.</summary>
    public async Task<AsyncServiceScope> TenantScopeAsync()
    {
        var scope = App.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(Slug);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant!.Id, Slug);
        return scope;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        await Simulator.DisposeAsync();
        await Mail.DisposeAsync();
    }

    public sealed record PsaMemberRow(int PsaId, string Name, string UserName, string? Email);

    public sealed record UserRow(Guid Id, string DisplayName, string UserName, string? Email, string Kind, bool PsaApiKeysSet, string Invitation);

    private sealed record LicensingPage(IReadOnlyList<PsaMemberRow> Available);

    private sealed record SyncRun(Guid Id, string State);

    private sealed record SyncStatus(IReadOnlyList<SyncRun> Runs);
}

[CollectionDefinition(nameof(ConnectedWorkspaceCollection))]
public sealed class ConnectedWorkspaceCollection : ICollectionFixture<ConnectedWorkspaceFixture>;
