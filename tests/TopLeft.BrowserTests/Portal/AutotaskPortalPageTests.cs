using Microsoft.Playwright;

namespace TopLeft.BrowserTests.Portal;

[Collection(nameof(AutotaskPortalBrowserCollection))]
public sealed class AutotaskPortalPageTests(AutotaskPortalBrowserFixture fixture)
{
    [Fact]
    public async Task An_Autotask_contact_finds_the_portal_board_in_the_menu_and_sees_only_their_company_cards()
    {
        var (ofA, ofB) = (fixture.KeysOfA, fixture.KeysOfB);

        var page = await fixture.SignedInAtAsync(fixture.ContactEmail, AutotaskPortalBrowserFixture.ContactPassword, "/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await menu.GetByRole(AriaRole.Link, new() { Name = fixture.BoardName }).ClickAsync();
        var cards = page.Locator("[data-card-key]");
        await Assertions.Expect(cards).ToHaveCountAsync(ofA.Count);
        var shown = await cards.EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-card-key'))");

        ofB.ShouldNotBeEmpty();
        shown.ShouldBe(ofA, ignoreOrder: true);
        shown.ShouldNotContain(k => ofB.Contains(k));
    }
}
