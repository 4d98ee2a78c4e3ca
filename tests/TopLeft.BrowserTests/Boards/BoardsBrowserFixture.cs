using Microsoft.Playwright;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Boards;

/// <summary>A connected, synced workspace (licensed admin who is a PSA member) and headless Chromium.</summary>
public sealed class BoardsBrowserFixture : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public ConnectedWorkspace Workspace { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Workspace = await ConnectedWorkspace.StartAsync("kanbanco");
        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser context signed in as the admin, on <paramref name="path"/>.</summary>
    /// <param name="path">The page to end on.</param>
    /// <param name="prepare">Runs on the new context before anything loads (e.g. to route requests).</param>
    public async Task<IPage> AdminPageAsync(string path, Func<IBrowserContext, Task>? prepare = null)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        if (prepare is not null)
        {
            await prepare(context);
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync(Workspace.App.TenantUrl(Workspace.Slug, "/sign-in?returnUrl=" + Uri.EscapeDataString(path)).ToString());
        await page.GetByLabel("Username").FillAsync(Workspace.Members[Workspace.AdminMemberId].Email);
        await page.GetByLabel("Password").FillAsync(ConnectedWorkspace.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Workspace.App.TenantUrl(Workspace.Slug, path).ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Workspace.DisposeAsync();
    }
}

[CollectionDefinition(nameof(BoardsBrowserCollection))]
public sealed class BoardsBrowserCollection : ICollectionFixture<BoardsBrowserFixture>;
