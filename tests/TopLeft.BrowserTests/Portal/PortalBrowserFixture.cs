using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Portal;

/// <summary>
/// A workspace connected to the PSA simulator (run as its own process, as the AppHost runs it; the Host's demo settings
/// connect and sync it), every member licensed, a portal board, two licensed companies and one invited contact of the
/// first, who has accepted the invitation. Chromium is the machine's own, headless.
/// </summary>
public sealed class PortalBrowserFixture : IAsyncLifetime
{
    public const string Slug = "portalui";
    public const string AdminEmail = "admin@portalui.local";
    public const string Password = "portal admin password";
    public const string ContactPassword = "portal contact password";

    private IPlaywright _playwright = null!;
    private Process _simulator = null!;

    public TopLeftApp App { get; private set; } = null!;

    public MailCatcher Mail { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Guid BoardId { get; private set; }

    public string BoardName { get; private set; } = "";

    public int CompanyA { get; private set; }

    public int CompanyB { get; private set; }

    /// <summary>The board's cards of company A and B, as their contacts see them.</summary>
    public IReadOnlyList<string> KeysOfA { get; private set; } = [];

    public IReadOnlyList<string> KeysOfB { get; private set; } = [];

    public int ContactPsaId { get; private set; }

    public string ContactName { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        var simulatorUrl = await StartSimulatorAsync();
        App = new TopLeftApp(await PostgresDatabase.CreateAsync(), TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Accounts:DemoTenant"] = Slug,
            ["Accounts:DemoTenantName"] = "Portal UI Co",
            ["Accounts:DemoAdminPassword"] = Password,
            ["Integrations:Simulator:Url"] = simulatorUrl,
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await App.StartAsync();

        using var admin = await AdminApiAsync();
        var members = await Eventually.Get(
            async () => (await admin.GetJsonAsync<JsonObject>("/api/licensing/members"))["available"]!.AsArray().Select(m => (int)m!["psaId"]!).ToList(),
            ids => ids.Count >= 4, TimeSpan.FromSeconds(120));
        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = members, sendInvitations = false })).EnsureSuccessStatusCode();
        var options = await Eventually.Get(() => admin.GetJsonAsync<JsonObject>("/api/boards/setup-options"),
            o => o["psaBoards"]!.AsArray().Count > 0 && o["companies"]!.AsArray().Count >= 2, TimeSpan.FromSeconds(60));

        BoardName = "Client board";
        var created = await admin.PostAsync("/api/boards", new
        {
            name = BoardName, kind = 1, psaBoardIds = options["psaBoards"]!.AsArray().Select(b => (int)b!["psaId"]!).ToList(), swimlane = "none",
            wipLimitBlocksDrops = false, showLaneTotals = true,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        BoardId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        (await admin.PutAsync($"/api/portal/boards/{BoardId}/options", new
        {
            enabled = true, showNotesAndTimeEntries = false, contactCanAddNotes = false, visibility = "company", contactCanDrag = false, showBudgetSummary = false,
            companyAccess = Array.Empty<int>(),
        })).EnsureSuccessStatusCode();

        // The admin holds no member license; View As shows each company's cards as one of its contacts sees them.
        var found = new List<(int Company, JsonNode Contact, List<string> Keys)>();
        foreach (var company in options["companies"]!.AsArray().Select(c => (int)c!["psaId"]!))
        {
            (await admin.PostAsync("/api/portal/companies", new { companyPsaId = company })).EnsureSuccessStatusCode();
            var first = (await admin.GetJsonAsync<JsonArray>($"/api/portal/companies/{company}/contacts"))
                .FirstOrDefault(c => (bool)c!["isActive"]! && (string?)c["email"] is { Length: > 0 });
            if (first is not null)
            {
                (await admin.PostAsync("/api/portal/view-as", new { contactPsaId = (int)first["psaId"]! })).EnsureSuccessStatusCode();
                var keys = (await admin.GetJsonAsync<JsonObject>($"/api/boards/{BoardId}/view"))["cards"]!.AsArray().Select(c => (string)c!["key"]!).ToList();
                (await admin.DeleteAsync("/api/portal/view-as")).EnsureSuccessStatusCode();
                if (keys.Count > 0)
                {
                    found.Add((company, first, keys));
                }
            }
        }

        found.Count.ShouldBeGreaterThanOrEqualTo(2);
        (CompanyA, CompanyB) = (found[0].Company, found[1].Company);
        (KeysOfA, KeysOfB) = (found[0].Keys, found[1].Keys);
        foreach (var company in options["companies"]!.AsArray().Select(c => (int)c!["psaId"]!).Where(c => c != CompanyA && c != CompanyB))
        {
            (await admin.DeleteAsync($"/api/portal/companies/{company}")).EnsureSuccessStatusCode();
        }

        var contact = found[0].Contact;
        (ContactPsaId, ContactName, ContactEmail) = ((int)contact["psaId"]!, (string)contact["name"]!, (string)contact["email"]!);
        (await admin.PostAsync($"/api/portal/contacts/{ContactPsaId}/invitation")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await Mail.WaitForAsync(ContactEmail, "invited")).Link($"http://{Slug}.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(App, Slug))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = ContactPassword })).EnsureSuccessStatusCode();
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public async Task<ApiClient> AdminApiAsync() => await SignedInApiAsync(AdminEmail, Password);

    public async Task<ApiClient> SignedInApiAsync(string userName, string password)
    {
        var client = new ApiClient(App, Slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = userName, password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await client.RefreshSessionAsync();
        return client;
    }

    /// <summary>A fresh browser profile signed in through the sign-in page, then at <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInAtAsync(string userName, string password, string path)
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(App.TenantUrl(Slug, "/sign-in?returnUrl=" + Uri.EscapeDataString(path)).ToString());
        await page.GetByLabel("Username").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(App.TenantUrl(Slug, path).ToString());
        return page;
    }

    /// <summary>The card keys the board page shows, once it shows the expected number.</summary>
    public static async Task<IReadOnlyList<string>> CardKeysOnPageAsync(IPage page, int expected)
    {
        var cards = page.Locator("[data-card-key]");
        await Assertions.Expect(cards).ToHaveCountAsync(expected);
        return await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-card-key'))");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
            await App.Database.DisposeAsync();
        }

        if (_simulator is not null && !_simulator.HasExited)
        {
            _simulator.Kill(entireProcessTree: true);
            await _simulator.WaitForExitAsync();
        }

        _simulator?.Dispose();
        if (Mail is not null)
        {
            await Mail.DisposeAsync();
        }
    }

    private async Task<string> StartSimulatorAsync()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Combine(TestEnvironment.RepositoryRoot, "src", "TopLeft.PsaSimulator");
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "TopLeft.PsaSimulator.dll");
        if (!File.Exists(dll))
        {
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", configuration, "-nologo", "-v", "q"]))!;
            await build.WaitForExitAsync();
            build.ExitCode.ShouldBe(0, "building the PSA simulator failed");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        _simulator = Process.Start(new ProcessStartInfo("dotnet",
        [
            dll, "--urls", url, "--members", "4", "--companies", "3", "--contactsPerCompany", "2", "--tickets", "30", "--projects", "1",
            "--deliveryTimeScale", "0.05", "--quiet", "true",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _simulator.OutputDataReceived += (_, _) => { };
        _simulator.ErrorDataReceived += (_, _) => { };
        _simulator.BeginOutputReadLine();
        _simulator.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await Eventually.Get(async () =>
        {
            try
            {
                return (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode;
            }
            catch (HttpRequestException)
            {
                return _simulator.HasExited ? HttpStatusCode.InternalServerError : HttpStatusCode.ServiceUnavailable;
            }
        }, status => status != HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
        _simulator.HasExited.ShouldBeFalse("the PSA simulator stopped at start-up");
        return url;
    }
}

[CollectionDefinition(nameof(PortalBrowserCollection))]
public sealed class PortalBrowserCollection : ICollectionFixture<PortalBrowserFixture>;
