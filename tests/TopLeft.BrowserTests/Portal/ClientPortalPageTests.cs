using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TopLeft.BrowserTests.Portal;

[Collection(nameof(PortalBrowserCollection))]
public sealed class ClientPortalPageTests(PortalBrowserFixture fixture)
{
    [Fact]
    public async Task A_contact_signs_in_finds_the_portal_board_in_the_menu_and_sees_only_their_company_cards()
    {
        var (ofA, ofB) = (fixture.KeysOfA, fixture.KeysOfB);
        ofB.ShouldNotBeEmpty();

        var page = await fixture.SignedInAtAsync(fixture.ContactEmail, PortalBrowserFixture.ContactPassword, "/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await menu.GetByRole(AriaRole.Link, new() { Name = fixture.BoardName }).ClickAsync();
        var shown = await PortalBrowserFixture.CardKeysOnPageAsync(page, ofA.Count);

        shown.ShouldBe(ofA, ignoreOrder: true);
        shown.ShouldNotContain(k => ofB.Contains(k));
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Client Portal" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task View_as_shows_the_board_as_the_contact_sees_it_and_exit_returns_to_the_client_portal_page()
    {
        var ofA = fixture.KeysOfA;
        var page = await fixture.SignedInAtAsync(PortalBrowserFixture.AdminEmail, PortalBrowserFixture.Password, "/admin/portal");

        await page.GetByLabel("Company", new() { Exact = true }).SelectOptionAsync(fixture.CompanyA.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = fixture.ContactEmail });
        await row.GetByRole(AriaRole.Button, new() { Name = "View As" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(fixture.App.TenantUrl(PortalBrowserFixture.Slug, "/").ToString());
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(menu.Locator(".tl-main-menu__view-as")).ToContainTextAsync(fixture.ContactName);
        await menu.GetByRole(AriaRole.Link, new() { Name = fixture.BoardName }).ClickAsync();
        var shown = await PortalBrowserFixture.CardKeysOnPageAsync(page, ofA.Count);
        shown.ShouldBe(ofA, ignoreOrder: true);

        await menu.GetByRole(AriaRole.Button, new() { Name = "Exit" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(fixture.App.TenantUrl(PortalBrowserFixture.Slug, "/admin/portal").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Client Portal", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(menu.Locator(".tl-main-menu__view-as")).ToHaveCountAsync(0);
        using var admin = await fixture.AdminApiAsync();
        (await admin.GetJsonAsync<JsonArray>("/api/portal/view-as/log")).First()!["endedAt"].ShouldNotBeNull();
    }

    [Fact]
    public async Task The_companies_field_licenses_a_company_by_name_and_the_x_removes_it()
    {
        using var admin = await fixture.AdminApiAsync();
        var candidate = (await admin.GetJsonAsync<JsonArray>("/api/portal/companies/search?q=")).First(c => !(bool)c!["licensed"]!)!;
        var name = (string)candidate["name"]!;
        var page = await fixture.SignedInAtAsync(PortalBrowserFixture.AdminEmail, PortalBrowserFixture.Password, "/admin/portal");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Companies" }).FillAsync(name[..Math.Min(6, name.Length)]);
        await page.GetByRole(AriaRole.List, new() { Name = "Matching companies" }).GetByRole(AriaRole.Button).Filter(new() { HasText = name }).First.ClickAsync();
        var licensed = page.GetByRole(AriaRole.List, new() { Name = "Licensed companies" });
        await Assertions.Expect(licensed).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByText("3 licensed (unlimited during the trial)")).ToBeVisibleAsync();
        await licensed.GetByRole(AriaRole.Button, new() { Name = $"Remove the license of {name}" }).ClickAsync();

        await Assertions.Expect(licensed).Not.ToContainTextAsync(name);
        (await admin.GetJsonAsync<JsonObject>("/api/portal/companies"))["used"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task A_contact_arriving_from_CloudRadial_with_an_expired_link_sees_a_page_that_says_so_and_can_sign_in_instead()
    {
        using var admin = await fixture.AdminApiAsync();
        var secret = (await (await admin.PostAsync("/api/portal/cloudradial/secret")).Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
        var token = HandOffToken(secret, new { tenant = PortalBrowserFixture.Slug, email = fixture.ContactEmail, exp = DateTimeOffset.UtcNow.AddMinutes(-2).ToUnixTimeSeconds(), nonce = Guid.NewGuid().ToString("N") });
        var page = await (await fixture.Browser.NewContextAsync()).NewPageAsync();

        var response = await page.GotoAsync(fixture.App.TenantUrl(PortalBrowserFixture.Slug, $"/api/portal/cloudradial/hand-off?token={token}").ToString());

        response.ShouldNotBeNull().Status.ShouldBe(401);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We could not sign you in", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The sign-in link has expired.");
        await Assertions.Expect(page.GetByText("Portal UI Co client portal")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "sign in here" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Username")).ToBeVisibleAsync();
    }

    /// <summary>A CloudRadial hand-off token made the way the README documents it.</summary>
    private static string HandOffToken(string secret, object payload)
    {
        static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        return body + "." + Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(body)));
    }
}
