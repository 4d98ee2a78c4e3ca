using Microsoft.Playwright;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Licensing;

[Collection(nameof(ConnectedWorkspaceBrowserCollection))]
public sealed class LicensingPageTests(ConnectedWorkspaceBrowserFixture fixture)
{
    [Fact]
    public async Task Names_move_between_the_lists_the_search_filters_and_the_newly_selected_are_invited_by_e_mail_after_save()
    {
        using (var admin = await fixture.AdminApiAsync())
        {
            (await admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 3, portalCompanyLicenses = 1, endTrial = true })).EnsureSuccessStatusCode();
        }

        var page = await fixture.SignedInAtAsync(ConnectedWorkspaceBrowserFixture.AdminEmail, ConnectedWorkspaceBrowserFixture.Password, "/admin/licensing");
        var available = page.GetByRole(AriaRole.Region, new() { Name = "Available" });
        var selected = page.GetByRole(AriaRole.Region, new() { Name = "Selected" });
        var (ann, bob, cat) = (fixture.Members[0], fixture.Members[1], fixture.Members[2]);
        await Assertions.Expect(page.GetByText("0 of 3 licenses used")).ToBeVisibleAsync();

        await Name(available, ann).ClickAsync();
        await Name(available, bob).ClickAsync();

        await Assertions.Expect(Name(selected, ann)).ToBeVisibleAsync();
        await Assertions.Expect(Name(selected, bob)).ToBeVisibleAsync();
        await Assertions.Expect(Name(available, ann)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("2 of 3 licenses used")).ToBeVisibleAsync();
        await Name(selected, bob).ClickAsync();
        await Assertions.Expect(Name(available, bob)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("1 of 3 licenses used")).ToBeVisibleAsync();
        await Name(available, bob).ClickAsync();

        await page.GetByLabel("Search").FillAsync(cat.UserName);

        await Assertions.Expect(Name(available, cat)).ToBeVisibleAsync();
        await Assertions.Expect(available.GetByRole(AriaRole.Button)).ToHaveCountAsync(
            fixture.Members.Count(m => m != ann && m != bob && Matches(m, cat.UserName)));
        await page.GetByLabel("Search").FillAsync("");
        await Assertions.Expect(available.GetByRole(AriaRole.Button)).ToHaveCountAsync(fixture.Members.Count - 2);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send e-mail invitations" }).ClickAsync();

        var invitations = page.GetByRole(AriaRole.Region, new() { Name = "Invitations" });
        await Assertions.Expect(invitations).ToContainTextAsync("Invitations sent to 2 members");
        await Assertions.Expect(invitations).ToContainTextAsync(ann.Email!);
        await Assertions.Expect(invitations).ToContainTextAsync(bob.Email!);
        foreach (var member in new[] { ann, bob })
        {
            var mail = await fixture.Mail.WaitForAsync(member.Email!, "invited");
            mail.Link(fixture.App.TenantUrl(ConnectedWorkspaceBrowserFixture.Slug, "/invitation?token=").ToString()).ShouldNotBeNull();
        }

        await page.ReloadAsync();
        await Assertions.Expect(Name(selected, ann)).ToBeVisibleAsync();
        await Assertions.Expect(Name(selected, bob)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("2 of 3 licenses used")).ToBeVisibleAsync();
    }

    // A list entry shows the name and the e-mail (else the username); the e-mail is what tells two people apart.
    private static ILocator Name(ILocator list, ConnectedWorkspaceBrowserFixture.PsaMember member) =>
        list.GetByRole(AriaRole.Button, new() { Name = member.Email ?? member.UserName });

    private static bool Matches(ConnectedWorkspaceBrowserFixture.PsaMember member, string term) =>
        new[] { member.Name, member.UserName, member.Email ?? "" }.Any(v => v.Contains(term, StringComparison.OrdinalIgnoreCase));
}
