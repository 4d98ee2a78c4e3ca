using Microsoft.Playwright;

namespace TopLeft.BrowserTests.Accounts;

[Collection(nameof(BrowserCollection))]
public sealed class SignInPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_sign_in_page_shows_the_tenants_name_and_the_sign_in_form()
    {
        var page = await fixture.OpenAsync(fixture.App.TenantUrl("acme", "/sign-in"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("Sign in") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Acme IT Services").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Username")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true })).ToBeEnabledAsync();
    }

    [Fact]
    public async Task A_signed_out_visitor_of_the_workspace_is_sent_to_sign_in()
    {
        var page = await fixture.OpenAsync(fixture.App.TenantUrl("acme", "/"));

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("Sign in") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_address_without_a_workspace_says_so()
    {
        var page = await fixture.OpenAsync(fixture.App.TenantUrl("nosuchmsp", "/sign-in"));

        await Assertions.Expect(page.GetByText("No TopLeft workspace", new() { Exact = false }).First).ToBeVisibleAsync();
    }
}
