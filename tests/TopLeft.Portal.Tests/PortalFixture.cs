using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.PsaSimulator;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests;

/// <summary>
/// The real Host (PostgreSQL, Redis, real SMTP) connected to a ConnectWise simulator and fully synced: one workspace
/// whose admin is a PSA member, every member licensed, and a paid subscription with plenty of company licenses. Tests
/// set the licensed companies and board options they need; contacts are invited once and keep their sessions.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    public const string ContactPassword = "contact password 1";
    public const string Slug = "portalco";

    private readonly ConcurrentDictionary<int, ApiClient> _contacts = new();

    public TopLeftApp App { get; private set; } = null!;

    public RunningSimulator Simulator { get; private set; } = null!;

    public MailCatcher Mail { get; private set; } = null!;

    public ApiClient Admin { get; private set; } = null!;

    public string AdminEmail { get; private set; } = "";

    /// <summary>The PSA's active companies with at least two contacts with e-mail and open service tickets, by id.</summary>
    public IReadOnlyList<PsaCompany> Companies { get; private set; } = [];

    public IReadOnlyList<PsaContact> Contacts { get; private set; } = [];

    /// <summary>The service board with the most open tickets.</summary>
    public PsaBoard ServiceBoard { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        Simulator = await SimulatorApp.StartAsync(new SimulatorOptions
        {
            Tickets = 260, Companies = 6, ContactsPerCompany = 3, Members = 6, Projects = 1, DeliveryTimeScale = 0.05, Quiet = true,
        });
        var members = Simulator.Control.ExportConnectWise()["members"]!.AsArray().Select(m => m!.AsObject())
            .Where(m => !(bool)m["inactiveFlag"]! && (string?)m["officeEmail"] is { Length: > 0 } && (string)m["identifier"]! != "TopLeftAPI")
            .ToDictionary(m => (int)m["id"]!, m => (string)m["officeEmail"]!);
        AdminEmail = members[members.Keys.Min()];

        App = new TopLeftApp(await PostgresDatabase.CreateAsync(), TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await App.StartAsync();
        using (var anonymous = new ApiClient(App, null))
        {
            var signUp = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "Portal Co", slug = Slug, adminEmail = AdminEmail, password = Password });
            signUp.StatusCode.ShouldBe(HttpStatusCode.Created, await signUp.Content.ReadAsStringAsync());
        }

        Admin = await SignInAsync(AdminEmail, Password);
        var o = Simulator.Options;
        var connect = await Admin.PutAsync("/api/integrations/connection", new
        {
            kind = 1, siteUrl = Simulator.BaseUrl, account = o.ConnectWiseCompanyId, publicKey = o.ConnectWisePublicKey,
            privateKey = o.ConnectWisePrivateKey, clientId = Guid.NewGuid().ToString(), keepClosedTickets = false, actAsMemberAllowed = false,
        });
        connect.StatusCode.ShouldBe(HttpStatusCode.OK, await connect.Content.ReadAsStringAsync());
        await SyncAsync("full");

        (await Admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 20, portalCompanyLicenses = 50, endTrial = true })).EnsureSuccessStatusCode();
        var license = await Admin.PutAsync("/api/licensing/members", new { selectedPsaIds = members.Keys.ToList(), sendInvitations = false });
        license.StatusCode.ShouldBe(HttpStatusCode.OK, await license.Content.ReadAsStringAsync());
        await Admin.RefreshSessionAsync();

        await using var scope = await TenantScopeAsync();
        var psa = scope.ServiceProvider.GetRequiredService<IIntegrationsModule>();
        var tickets = await psa.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Ticket]));
        var boards = await psa.GetBoardsAsync();
        ServiceBoard = boards.Where(b => b.IsActive).OrderByDescending(b => tickets.Count(t => t.BoardPsaId == b.PsaId)).First();
        var contacts = (await psa.GetContactsAsync()).Where(c => c.IsActive && c.Email is { Length: > 0 } && c.CompanyPsaId is not null).ToList();
        Companies = (await psa.GetCompaniesAsync())
            .Where(c => contacts.Count(x => x.CompanyPsaId == c.PsaId) >= 2 && tickets.Any(t => t.CompanyPsaId == c.PsaId && t.BoardPsaId == ServiceBoard.PsaId))
            .OrderBy(c => c.PsaId).ToList();
        Contacts = contacts.Where(c => Companies.Any(x => x.PsaId == c.CompanyPsaId)).OrderBy(c => c.PsaId).ToList();
        Companies.Count.ShouldBeGreaterThanOrEqualTo(3);
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

    /// <summary>A DI scope acting for the workspace, as the outbox dispatcher makes one.</summary>
    public async Task<AsyncServiceScope> TenantScopeAsync()
    {
        var scope = App.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(Slug);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant!.Id, Slug);
        return scope;
    }

    public async Task<T> WithPsaAsync<T>(Func<IIntegrationsModule, Task<T>> read)
    {
        await using var scope = await TenantScopeAsync();
        return await read(scope.ServiceProvider.GetRequiredService<IIntegrationsModule>());
    }

    /// <summary>Open tickets of the service board, as synced.</summary>
    public Task<IReadOnlyList<WorkItem>> ServiceTicketsAsync() =>
        WithPsaAsync(async psa => (IReadOnlyList<WorkItem>)(await psa.GetWorkItemsAsync(new WorkItemQuery(BoardPsaIds: [ServiceBoard.PsaId], Kinds: [WorkItemKind.Ticket])))
            .Where(t => !t.IsClosed).ToList());

    public IReadOnlyList<PsaContact> ContactsOf(int companyPsaId) => Contacts.Where(c => c.CompanyPsaId == companyPsaId).ToList();

    /// <summary>Makes exactly these companies licensed.</summary>
    public async Task LicenseExactlyAsync(params int[] companyPsaIds)
    {
        var current = (await Admin.GetJsonAsync<JsonObject>("/api/portal/companies"))["companies"]!.AsArray().Select(c => (int)c!["psaId"]!).ToList();
        foreach (var id in current.Except(companyPsaIds))
        {
            (await Admin.DeleteAsync($"/api/portal/companies/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        foreach (var id in companyPsaIds.Except(current))
        {
            var response = await Admin.PostAsync("/api/portal/companies", new { companyPsaId = id });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>A ticket board over the service board (one column per open status).</summary>
    public async Task<Guid> CreateBoardAsync(string swimlane = "none", WorkItemKind kind = WorkItemKind.Ticket, IReadOnlyList<int>? psaBoardIds = null)
    {
        var response = await Admin.PostAsync("/api/boards", new
        {
            name = "Portal " + Guid.NewGuid().ToString("N")[..8], kind = (int)kind, psaBoardIds = psaBoardIds ?? [ServiceBoard.PsaId], swimlane,
            wipLimitBlocksDrops = false, showLaneTotals = true,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    public async Task SetOptionsAsync(Guid boardId, PortalOptions options)
    {
        var response = await Admin.PutAsync($"/api/portal/boards/{boardId}/options", options);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Invites the contact (once per test run) and returns their signed-in client.</summary>
    public async Task<ApiClient> ContactAsync(PsaContact contact)
    {
        if (_contacts.TryGetValue(contact.PsaId, out var existing))
        {
            // Removing a contact ends their sessions; the password stays, so sign in again.
            if ((await existing.GetJsonAsync<JsonObject>("/api/session"))["user"] is not null)
            {
                return existing;
            }

            existing.Dispose();
            var again = await SignInAsync(contact.Email!, ContactPassword);
            _contacts[contact.PsaId] = again;
            return again;
        }

        var client = await InviteAndSignInAsync(contact);
        _contacts[contact.PsaId] = client;
        return client;
    }

    public async Task<ApiClient> InviteAndSignInAsync(PsaContact contact)
    {
        bool IsInvitation(MailCatcher.Mail m) => m.IsTo(contact.Email!) && m.Subject.Contains("invited", StringComparison.OrdinalIgnoreCase);
        var before = (await Mail.MessagesAsync()).Count(IsInvitation);
        var invited = await Admin.PostAsync($"/api/portal/contacts/{contact.PsaId}/invitation");
        invited.StatusCode.ShouldBe(HttpStatusCode.OK, await invited.Content.ReadAsStringAsync());
        var mails = await Eventually.Get(Mail.MessagesAsync, all => all.Count(IsInvitation) > before, TimeSpan.FromSeconds(20));
        var token = mails.Last(IsInvitation).Link($"http://{Slug}.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(App, Slug))
        {
            var accepted = await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = ContactPassword });
            accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        }

        return await SignInAsync(contact.Email!, ContactPassword);
    }

    /// <summary>The card keys a client sees on a board; null when the board is not there for them (404).</summary>
    public static async Task<IReadOnlySet<string>?> CardKeysAsync(ApiClient client, Guid boardId)
    {
        var response = await client.GetAsync($"/api/boards/{boardId}/view");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["cards"]!.AsArray().Select(c => (string)c!["key"]!).ToHashSet();
    }

    public static string Key(WorkItem item) => $"{item.Ref.Kind.ToString().ToLowerInvariant()}-{item.Ref.PsaId}";

    public async Task DisposeAsync()
    {
        foreach (var client in _contacts.Values)
        {
            client.Dispose();
        }

        Admin.Dispose();
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        await Simulator.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

/// <summary>A board's Portal tab as the API takes it.</summary>
public sealed record PortalOptions(
    bool Enabled = true,
    bool ShowNotesAndTimeEntries = false,
    bool ContactCanAddNotes = false,
    string Visibility = "company",
    bool ContactCanDrag = false,
    bool ShowBudgetSummary = false,
    IReadOnlyList<int>? CompanyAccess = null)
{
    public IReadOnlyList<int> CompanyAccess { get; init; } = CompanyAccess ?? [];
}

[CollectionDefinition(nameof(PortalCollection))]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>;
