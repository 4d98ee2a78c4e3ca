extern alias simulator;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using simulator::TopLeft.PsaSimulator;
using Shouldly;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Testing;

/// <summary>
/// The real Host (PostgreSQL, Redis, real SMTP) connected to the simulator's ConnectWise (or Autotask) and fully synced,
/// with one workspace whose admin is also a PSA member holding a license, and half of the other members licensed.
/// </summary>
public sealed class ConnectedWorkspace : IAsyncDisposable
{
    public const string Password = "correct horse battery";

    private ConnectedWorkspace(string slug, PsaKind psa) => (Slug, Psa) = (slug, psa);

    public string Slug { get; }

    /// <summary>Which of the simulator's PSAs the workspace is connected to.</summary>
    public PsaKind Psa { get; }

    public TopLeftApp App { get; private set; } = null!;

    public RunningSimulator Simulator { get; private set; } = null!;

    public MailCatcher Mail { get; private set; } = null!;

    /// <summary>The signed-in admin, who is the PSA member <see cref="AdminMemberId"/>.</summary>
    public ApiClient Admin { get; private set; } = null!;

    public int AdminMemberId { get; private set; }

    /// <summary>Active PSA members by id (identifier, e-mail).</summary>
    public IReadOnlyDictionary<int, (string Identifier, string Email)> Members { get; private set; } = null!;

    /// <summary>Licensed members: the admin and half of the others.</summary>
    public IReadOnlyList<int> Licensed { get; private set; } = [];

    /// <param name="slug">The workspace's address.</param>
    /// <param name="tickets">Service tickets the simulator seeds.</param>
    /// <param name="psa">The PSA to connect to.</param>
    /// <param name="simulator">Changes to the simulator's seed options (sizes), applied after the defaults.</param>
    public static async Task<ConnectedWorkspace> StartAsync(string slug, int tickets = 240, PsaKind psa = PsaKind.ConnectWise, Action<SimulatorOptions>? simulator = null)
    {
        var workspace = new ConnectedWorkspace(slug, psa);
        await workspace.InitializeAsync(tickets, simulator);
        return workspace;
    }

    private async Task InitializeAsync(int tickets, Action<SimulatorOptions>? configure)
    {
        Mail = await MailCatcher.StartAsync();
        var options = new SimulatorOptions { Tickets = tickets, Companies = 8, Members = 8, Projects = 2, DeliveryTimeScale = 0.05, Quiet = true };
        configure?.Invoke(options);
        Simulator = await SimulatorApp.StartAsync(options);
        Members = Psa == PsaKind.Autotask
            ? Simulator.Control.ExportAutotask()["Resources"]!.AsArray().Select(r => r!.AsObject())
                .Where(r => (bool)r["isActive"]! && (string?)r["email"] is { Length: > 0 } && (string)r["userName"]! != options.AutotaskUserName)
                .ToDictionary(r => (int)r["id"]!, r => ((string)r["userName"]!, (string)r["email"]!))
            : Simulator.Control.ExportConnectWise()["members"]!.AsArray().Select(m => m!.AsObject())
                .Where(m => !(bool)m["inactiveFlag"]! && (string?)m["officeEmail"] is { Length: > 0 } && (string)m["identifier"]! != "TopLeftAPI")
                .ToDictionary(m => (int)m["id"]!, m => ((string)m["identifier"]!, (string)m["officeEmail"]!));
        AdminMemberId = Members.Keys.Min();

        var database = await PostgresDatabase.CreateAsync();
        App = new TopLeftApp(database, TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await App.StartAsync();

        using (var anonymous = new ApiClient(App, null))
        {
            var signUp = await anonymous.PostAsync("/api/accounts/sign-up",
                new { companyName = "Boards Co", slug = Slug, adminEmail = Members[AdminMemberId].Email, password = Password });
            signUp.StatusCode.ShouldBe(HttpStatusCode.Created, await signUp.Content.ReadAsStringAsync());
        }

        Admin = await SignInAsync(Members[AdminMemberId].Email, Password);
        var o = Simulator.Options;
        var connect = await Admin.PutAsync("/api/integrations/connection", Psa == PsaKind.Autotask
            ? new
            {
                kind = (int)PsaKind.Autotask, siteUrl = Simulator.BaseUrl, account = o.AutotaskUserName, publicKey = o.AutotaskIntegrationCode,
                privateKey = o.AutotaskSecret, clientId = (string?)null, keepClosedTickets = false, actAsMemberAllowed = false,
            }
            : new
            {
                kind = (int)PsaKind.ConnectWise, siteUrl = Simulator.BaseUrl, account = o.ConnectWiseCompanyId, publicKey = o.ConnectWisePublicKey,
                privateKey = o.ConnectWisePrivateKey, clientId = (string?)Guid.NewGuid().ToString(), keepClosedTickets = false, actAsMemberAllowed = false,
            });
        connect.StatusCode.ShouldBe(HttpStatusCode.OK, await connect.Content.ReadAsStringAsync());
        await SyncAsync("full");

        Licensed = [AdminMemberId, .. Members.Keys.Where(id => id != AdminMemberId).Order().Where((_, i) => i % 2 == 0)];
        var license = await Admin.PutAsync("/api/licensing/members", new { selectedPsaIds = Licensed, sendInvitations = false });
        license.StatusCode.ShouldBe(HttpStatusCode.OK, await license.Content.ReadAsStringAsync());
        await Admin.RefreshSessionAsync();
    }

    public async Task SyncAsync(string type)
    {
        var started = await Admin.PostAsync("/api/integrations/sync", new { type });
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        await Eventually.Get(
            async () => (await Admin.GetJsonAsync<JsonObject>("/api/integrations/sync"))["runs"]!.AsArray()
                .First(r => r!["id"]!.GetValue<Guid>() == id)!["state"]!.GetValue<string>(),
            state => state is "succeeded" or "failed" or "Succeeded" or "Failed",
            TimeSpan.FromSeconds(60));
    }

    public async Task<ApiClient> SignInAsync(string userName, string password)
    {
        var client = new ApiClient(App, Slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = userName, password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await client.RefreshSessionAsync();
        return client;
    }

    /// <summary>A signed-in non-admin user for the PSA member (invited by the admin, invitation accepted from the e-mail).</summary>
    public async Task<ApiClient> MemberAsync(int memberPsaId)
    {
        var (identifier, email) = Members[memberPsaId];
        var added = await Admin.PostAsync("/api/accounts/users",
            new { displayName = identifier, userName = identifier, email, kind = "member", isAdmin = false, sendInvitation = true });
        if (added.StatusCode != HttpStatusCode.Created)
        {
            // Synced members already have a user: invite that one.
            var users = await Admin.GetJsonAsync<JsonArray>("/api/accounts/users");
            var user = users.First(u => string.Equals((string?)u!["email"], email, StringComparison.OrdinalIgnoreCase))!;
            (await Admin.PostAsync($"/api/accounts/users/{(string)user["id"]!}/invitation")).EnsureSuccessStatusCode();
        }

        var token = (await Mail.WaitForAsync(email, "invited")).Link($"http://{Slug}.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(App, Slug))
        {
            var accepted = await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "member password 1" });
            accepted.EnsureSuccessStatusCode();
        }

        return await SignInAsync(identifier, "member password 1");
    }

    /// <summary>A live-hub connection for a signed-in client (long polling carries the tenant's Host header and cookies).</summary>
    public HubConnection Hub(ApiClient client, TopLeftApp? app = null)
    {
        var host = app ?? App;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(host.BaseAddress, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.Cookies = client.Cookies;
                o.HttpMessageHandlerFactory = inner => new HostHeader(inner, $"{Slug}.localhost:{host.BaseAddress.Port}");
            })
            .Build();
    }

    /// <summary>Open ConnectWise tickets in the simulator: id → (board id, status id, status name, assignee member ids).</summary>
    public Dictionary<int, SimTicket> SimulatorTickets() =>
        Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().Select(t => t!.AsObject())
            .Where(t => !(bool)t["closedFlag"]!)
            .ToDictionary(t => (int)t["id"]!, t => new SimTicket(
                (int)t["id"]!, (int)t["board"]!["id"]!, (int)t["status"]!["id"]!, (string)t["status"]!["name"]!,
                (int?)t["company"]?["id"], (string)t["summary"]!));

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        await Simulator.DisposeAsync();
        await Mail.DisposeAsync();
    }

    private sealed class HostHeader(HttpMessageHandler inner, string host) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = host;
            return base.SendAsync(request, cancellationToken);
        }
    }
}

public sealed record SimTicket(int Id, int BoardId, int StatusId, string StatusName, int? CompanyId, string Summary);
