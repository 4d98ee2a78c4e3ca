using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TopLeft.Portal.Tests.Features.ViewAs;

[Collection(nameof(PortalCollection))]
public sealed class ViewAsTests(PortalFixture fixture)
{
    [Fact]
    public async Task View_as_shows_exactly_the_contact_boards_and_cards_changes_nothing_is_logged_and_exit_returns_to_the_settings_page()
    {
        var (a, b) = (fixture.Companies[0], fixture.Companies[1]);
        await fixture.LicenseExactlyAsync(a.PsaId, b.PsaId);
        var open = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(open, new PortalOptions(ContactCanDrag: true, ContactCanAddNotes: true, ShowNotesAndTimeEntries: true));
        var onlyB = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(onlyB, new PortalOptions(CompanyAccess: [b.PsaId]));
        var person = fixture.ContactsOf(a.PsaId)[0];
        var contact = await fixture.ContactAsync(person);
        var contactMenu = (await contact.GetJsonAsync<JsonArray>("/api/boards")).Select(x => (Guid)x!["id"]!).ToList();
        var contactCards = await PortalFixture.CardKeysAsync(contact, open);
        var allCards = await PortalFixture.CardKeysAsync(fixture.Admin, open);

        var started = await fixture.Admin.PostAsync("/api/portal/view-as", new { contactPsaId = person.PsaId });
        started.StatusCode.ShouldBe(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        var state = await fixture.Admin.GetJsonAsync<JsonObject>("/api/portal/view-as");
        var menu = (await fixture.Admin.GetJsonAsync<JsonArray>("/api/boards")).Select(x => (Guid)x!["id"]!).ToList();
        var view = await fixture.Admin.GetJsonAsync<JsonObject>($"/api/boards/{open}/view");
        var cards = await PortalFixture.CardKeysAsync(fixture.Admin, open);
        var card = view["cards"]!.AsArray()[0]!;
        var target = view["columns"]!.AsArray().Select(c => (Guid)c!["id"]!).First(c => c != (Guid)card["columnId"]!);
        var move = await fixture.Admin.PostAsync($"/api/boards/{open}/cards/{(string)card["key"]!}/move", new { columnId = target });
        var note = await fixture.Admin.PostAsync($"/api/boards/{open}/cards/{(string)card["key"]!}/notes", new { text = "as contact", isInternal = false });
        var status = await fixture.Admin.PostAsync($"/api/boards/{open}/cards/{(string)card["key"]!}/status", new { statusPsaId = 1 });
        var exit = await fixture.Admin.DeleteAsync("/api/portal/view-as");
        var after = await PortalFixture.CardKeysAsync(fixture.Admin, open);
        var log = await fixture.Admin.GetJsonAsync<JsonArray>("/api/portal/view-as/log");

        state["active"]!.GetValue<bool>().ShouldBeTrue();
        state["contactPsaId"]!.GetValue<int>().ShouldBe(person.PsaId);
        menu.ShouldBe(contactMenu, ignoreOrder: true);
        menu.ShouldNotContain(onlyB);
        cards.ShouldBe(contactCards, ignoreOrder: true);
        view["capabilities"]!["readOnly"]!.GetValue<bool>().ShouldBeTrue();
        view["capabilities"]!["canDrag"]!.GetValue<bool>().ShouldBeFalse();
        view["capabilities"]!["canAddNotes"]!.GetValue<bool>().ShouldBeFalse();
        move.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        note.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        status.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        exit.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await exit.Content.ReadFromJsonAsync<JsonObject>())!["returnTo"]!.GetValue<string>().ShouldBe("/admin/portal");
        after.ShouldBe(allCards, ignoreOrder: true);
        (await fixture.Admin.GetJsonAsync<JsonObject>("/api/portal/view-as"))["active"]!.GetValue<bool>().ShouldBeFalse();
        var entry = log.First()!;
        entry["contactPsaId"]!.GetValue<int>().ShouldBe(person.PsaId);
        entry["endedAt"].ShouldNotBeNull();
        var audit = await fixture.Admin.GetJsonAsync<JsonNode>("/api/accounts/audit");
        audit.ToJsonString().ShouldContain("portal-view-as-started");
    }
}
