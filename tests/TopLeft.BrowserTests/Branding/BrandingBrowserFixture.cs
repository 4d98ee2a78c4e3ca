using System.Net;
using Microsoft.Playwright;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Branding;

/// <summary>
/// Its own Host and workspace ("brandco", made through the sign-up API), so logos uploaded here never show up in
/// other browser tests; Chromium is the machine's own, headless.
/// </summary>
public sealed class BrandingBrowserFixture : IAsyncLifetime
{
    public const string Slug = "brandco";
    public const string AdminEmail = "admin@brandco.test";
    public const string Password = "correct horse battery";

    private IPlaywright _playwright = null!;

    public TopLeftApp App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        App = new TopLeftApp(database, TestEnvironment.Redis);
        await App.StartAsync();
        using (var anonymous = new ApiClient(App, null))
        {
            var response = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "Brand Co", slug = Slug, adminEmail = AdminEmail, password = Password });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser profile at a page of the workspace, signed out.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(App.TenantUrl(Slug, path).ToString());
        return page;
    }

    /// <summary>A fresh browser profile signed in as the workspace admin through the sign-in page, at the Branding page.</summary>
    public async Task<IPage> AdminAtBrandingPageAsync()
    {
        var page = await OpenAsync("/sign-in?returnUrl=%2Fadmin%2Fbranding");
        await page.GetByLabel("Username").FillAsync(AdminEmail);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Sign-in page" })).ToBeVisibleAsync();
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

[CollectionDefinition(nameof(BrandingBrowserCollection))]
public sealed class BrandingBrowserCollection : ICollectionFixture<BrandingBrowserFixture>;
