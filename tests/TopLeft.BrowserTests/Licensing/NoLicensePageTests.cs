using System.Net;
using Microsoft.Playwright;

namespace TopLeft.BrowserTests.Licensing;

[Collection(nameof(ConnectedWorkspaceBrowserCollection))]
public sealed class NoLicensePageTests(ConnectedWorkspaceBrowserFixture fixture)
{
    [Fact]
    public async Task An_unlicensed_member_is_told_which_administrator_to_ask()
    {
        const string email = "una@licco.test";
        using (var admin = await fixture.AdminApiAsync())
        {
            var added = await admin.PostAsync("/api/accounts/users",
                new { displayName = "Una Licensed", userName = "una", email, kind = "member", isAdmin = false, sendInvitation = true });
            added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        }

        var token = (await fixture.Mail.WaitForAsync(email, "invited")).Link($"http://{ConnectedWorkspaceBrowserFixture.Slug}.localhost").Query["?token=".Length..];
        using (var visitor = new Testing.ApiClient(fixture.App, ConnectedWorkspaceBrowserFixture.Slug))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "una's password" })).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInAtAsync("una", "una's password", "/");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You don't have a TopLeft license" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Administrators" })).ToContainTextAsync("Demo Admin (admin@licco.local)");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "admin@licco.local" })).ToHaveAttributeAsync("href", "mailto:admin@licco.local");
    }
}
