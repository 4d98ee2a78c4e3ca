using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Licensing;

/// <summary>
/// A workspace whose members come from a PSA: the Host runs with the demo settings the AppHost uses, so the
/// DemoConnector connects workspace "licco" to the PSA simulator and syncs it; the outbox then makes the members
/// Licensing's members and Accounts' users. Mail goes to a real SMTP catcher; Chromium is the machine's own, headless.
/// </summary>
public sealed class ConnectedWorkspaceBrowserFixture : IAsyncLifetime
{
    public const string Slug = "licco";
    public const string AdminEmail = "admin@licco.local";
    public const string Password = "licco admin password";
    public const int PsaMembers = 6;

    private IPlaywright _playwright = null!;
    private SimulatorProcess _simulator = null!;

    public TopLeftApp App { get; private set; } = null!;

    /// <summary>The PSA simulator process (to inject faults).</summary>
    public SimulatorProcess Simulator => _simulator;

    public MailCatcher Mail { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The synced PSA members, sorted by name, as the Licensing page lists them.</summary>
    public IReadOnlyList<PsaMember> Members { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        _simulator = await SimulatorProcess.StartAsync(PsaMembers);
        App = new TopLeftApp(await PostgresDatabase.CreateAsync(), TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Accounts:DemoTenant"] = Slug,
            ["Accounts:DemoTenantName"] = "Licensing Co",
            ["Accounts:DemoAdminPassword"] = Password,
            ["Integrations:Simulator:Url"] = _simulator.Url,
            ["Integrations:Sync:Enabled"] = "false",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await App.StartAsync();

        using var admin = await AdminApiAsync();
        Members = (await Eventually.Get(() => admin.GetJsonAsync<LicensingState>("/api/licensing/members"), s => s.Available.Count >= PsaMembers,
            TimeSpan.FromSeconds(120))).Available;
        var userNames = Members.Select(m => m.UserName).ToList();
        await Eventually.Get(() => admin.GetJsonAsync<List<UserRow>>("/api/accounts/users"), users => userNames.All(n => users.Any(u => u.UserName == n)),
            TimeSpan.FromSeconds(60));

        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>The workspace admin, signed in through the HTTP API (for arranging what the page then shows).</summary>
    public async Task<ApiClient> AdminApiAsync()
    {
        var client = new ApiClient(App, Slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = AdminEmail, password = Password, rememberMe = false });
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

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        await _simulator.DisposeAsync();
        await Mail.DisposeAsync();
    }

    public sealed record PsaMember(int PsaId, string Name, string UserName, string? Email);

    public sealed record UserRow(Guid Id, string UserName, string? Email);

    private sealed record LicensingState(IReadOnlyList<PsaMember> Available);
}

[CollectionDefinition(nameof(ConnectedWorkspaceBrowserCollection))]
public sealed class ConnectedWorkspaceBrowserCollection : ICollectionFixture<ConnectedWorkspaceBrowserFixture>;
