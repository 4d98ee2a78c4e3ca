using Microsoft.Playwright;
using TopLeft.Testing;

namespace TopLeft.BrowserTests;

/// <summary>
/// The Host on a real port with tenant "acme", and the machine's Chromium driven headless by Playwright
/// (never a downloaded browser). Tenants are browsed as {slug}.localhost, which Chromium resolves itself.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public TopLeftApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        App = new TopLeftApp(database, TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Accounts:DemoTenant"] = "acme",
            ["Accounts:DemoTenantName"] = "Acme IT Services",
        });
        await App.StartAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    public async Task<IPage> OpenAsync(Uri url)
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;
