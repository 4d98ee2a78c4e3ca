using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TopLeft.Integrations.Contracts;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Portal;

/// <summary>
/// A workspace connected to the simulator's Autotask and synced, every member licensed, a portal ticket board over every
/// queue, two licensed companies whose contacts see cards on it, and one invited contact of the first (invitation
/// accepted). Chromium is the machine's own, headless.
/// </summary>
public sealed class AutotaskPortalBrowserFixture : IAsyncLifetime
{
    public const string ContactPassword = "autotask contact password";

    private IPlaywright _playwright = null!;

    public ConnectedWorkspace Workspace { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BoardName { get; } = "Autotask client board";

    public string ContactEmail { get; private set; } = "";

    /// <summary>The board's cards as the contact of company A, and a contact of company B, see them through the API.</summary>
    public IReadOnlyList<string> KeysOfA { get; private set; } = [];

    public IReadOnlyList<string> KeysOfB { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Workspace = await ConnectedWorkspace.StartAsync("atportalui", tickets: 60, psa: PsaKind.Autotask, simulator: o =>
        {
            o.Companies = 4;
            o.ContactsPerCompany = 2;
            o.Members = 4;
            o.Projects = 1;
        });
        var admin = Workspace.Admin;
        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = Workspace.Members.Keys.ToList(), sendInvitations = false })).EnsureSuccessStatusCode();
        await admin.RefreshSessionAsync();
        var created = await admin.PostAsync("/api/boards", new
        {
            name = BoardName, kind = (int)WorkItemKind.Ticket, psaBoardIds = Array.Empty<int>(), swimlane = "none", wipLimitBlocksDrops = false, showLaneTotals = true,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var board = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        (await admin.PutAsync($"/api/portal/boards/{board}/options", new
        {
            enabled = true, showNotesAndTimeEntries = false, contactCanAddNotes = false, visibility = "company", contactCanDrag = false, showBudgetSummary = false,
            companyAccess = Array.Empty<int>(),
        })).EnsureSuccessStatusCode();

        // View As gives each company's cards as one of its contacts sees them.
        var found = new List<(JsonNode Contact, List<string> Keys)>();
        foreach (var company in (await admin.GetJsonAsync<JsonArray>("/api/portal/companies/search?q=")).Select(c => (int)c!["psaId"]!))
        {
            (await admin.PostAsync("/api/portal/companies", new { companyPsaId = company })).EnsureSuccessStatusCode();
            var first = (await admin.GetJsonAsync<JsonArray>($"/api/portal/companies/{company}/contacts"))
                .FirstOrDefault(c => (bool)c!["isActive"]! && (string?)c["email"] is { Length: > 0 });
            if (first is null)
            {
                continue;
            }

            (await admin.PostAsync("/api/portal/view-as", new { contactPsaId = (int)first["psaId"]! })).EnsureSuccessStatusCode();
            var keys = (await admin.GetJsonAsync<JsonObject>($"/api/boards/{board}/view"))["cards"]!.AsArray().Select(c => (string)c!["key"]!).ToList();
            (await admin.DeleteAsync("/api/portal/view-as")).EnsureSuccessStatusCode();
            if (keys.Count > 0)
            {
                found.Add((first, keys));
            }
        }

        found.Count.ShouldBeGreaterThanOrEqualTo(2);
        (KeysOfA, KeysOfB) = (found[0].Keys, found[1].Keys);
        ContactEmail = (string)found[0].Contact["email"]!;
        (await admin.PostAsync($"/api/portal/contacts/{(int)found[0].Contact["psaId"]!}/invitation")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await Workspace.Mail.WaitForAsync(ContactEmail, "invited")).Link($"http://{Workspace.Slug}.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(Workspace.App, Workspace.Slug))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = ContactPassword })).EnsureSuccessStatusCode();
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh browser profile signed in through the sign-in page, then at <paramref name="path"/>.</summary>
    public async Task<IPage> SignedInAtAsync(string userName, string password, string path)
    {
        var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Workspace.App.TenantUrl(Workspace.Slug, "/sign-in?returnUrl=" + Uri.EscapeDataString(path)).ToString());
        await page.GetByLabel("Username").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Workspace.App.TenantUrl(Workspace.Slug, path).ToString());
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Workspace is not null)
        {
            await Workspace.DisposeAsync();
        }
    }
}

[CollectionDefinition(nameof(AutotaskPortalBrowserCollection))]
public sealed class AutotaskPortalBrowserCollection : ICollectionFixture<AutotaskPortalBrowserFixture>;
