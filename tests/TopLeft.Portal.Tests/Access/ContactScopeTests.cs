using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TopLeft.Integrations.Contracts;
using TopLeft.PsaSimulator.Admin;
using SimPsa = TopLeft.PsaSimulator.Admin.PsaKind;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests.Access;

[Collection(nameof(PortalCollection))]
public sealed class ContactScopeTests(PortalFixture fixture)
{
    [Fact]
    public async Task A_contact_sees_only_their_company_cards_and_every_call_with_another_company_card_is_refused_without_a_change()
    {
        var (a, b) = (fixture.Companies[0], fixture.Companies[1]);
        await fixture.LicenseExactlyAsync(a.PsaId, b.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions(ContactCanDrag: true, ContactCanAddNotes: true, ShowNotesAndTimeEntries: true));
        var contact = await fixture.ContactAsync(fixture.ContactsOf(a.PsaId)[0]);
        var tickets = await fixture.ServiceTicketsAsync();
        var adminView = (await PortalFixture.CardKeysAsync(fixture.Admin, board))!;

        var seen = await PortalFixture.CardKeysAsync(contact, board);
        var filtered = await contact.GetAsync($"/api/boards/{board}/view?company={b.PsaId}");

        var expected = tickets.Where(t => t.CompanyPsaId == a.PsaId).Select(PortalFixture.Key).Where(adminView.Contains).ToHashSet();
        expected.ShouldNotBeEmpty();
        seen.ShouldNotBeNull();
        seen.ShouldBe(expected, ignoreOrder: true);
        var filteredKeys = (await filtered.Content.ReadFromJsonAsync<JsonObject>())!["cards"]!.AsArray().Select(c => (string)c!["key"]!).ToList();
        filteredKeys.ShouldAllBe(k => expected.Contains(k));

        var other = tickets.First(t => t.CompanyPsaId == b.PsaId && adminView.Contains(PortalFixture.Key(t)));
        var key = PortalFixture.Key(other);
        var view = await fixture.Admin.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        var otherColumn = view["columns"]!.AsArray().Select(c => (Guid)c!["id"]!)
            .First(id => id != (Guid)view["cards"]!.AsArray().First(c => (string)c!["key"]! == key)!["columnId"]!);
        var notesBefore = await fixture.WithPsaAsync(psa => psa.GetNotesAsync(other.Ref, includeInternal: true));
        var simBefore = fixture.Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().First(t => (int)t!["id"]! == other.Ref.PsaId)!["status"]!["id"]!.GetValue<int>();

        (await contact.GetAsync($"/api/boards/{board}/cards/{key}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await contact.GetAsync($"/api/boards/{board}/cards/{key}/details")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await contact.PostAsync($"/api/boards/{board}/cards/{key}/move", new { columnId = otherColumn })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await contact.PostAsync($"/api/boards/{board}/cards/{key}/notes", new { text = "from the wrong company", isInternal = false })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await contact.PostAsync($"/api/boards/{board}/cards/{key}/status", new { statusPsaId = other.StatusPsaId })).StatusCode.ShouldNotBe(HttpStatusCode.Accepted);

        (await fixture.WithPsaAsync(psa => psa.GetWorkItemAsync(other.Ref)))!.StatusPsaId.ShouldBe(other.StatusPsaId);
        (await fixture.WithPsaAsync(psa => psa.GetNotesAsync(other.Ref, includeInternal: true))).Count.ShouldBe(notesBefore.Count);
        fixture.Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().First(t => (int)t!["id"]! == other.Ref.PsaId)!["status"]!["id"]!.GetValue<int>().ShouldBe(simBefore);
    }

    [Fact]
    public async Task Contacts_never_get_status_names_the_card_menu_or_the_filter()
    {
        var a = fixture.Companies[0];
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions(ContactCanDrag: true));
        var contact = await fixture.ContactAsync(fixture.ContactsOf(a.PsaId)[0]);

        var view = await contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        var key = (string)view["cards"]!.AsArray()[0]!["key"]!;

        view["columns"]!.AsArray().ShouldAllBe(c => c!["statuses"]!.AsArray().Count == 0);
        view["capabilities"]!["canFilter"]!.GetValue<bool>().ShouldBeFalse();
        view["capabilities"]!["canEditCards"]!.GetValue<bool>().ShouldBeFalse();
        (await contact.PostAsync($"/api/boards/{board}/cards/{key}/priority", new { priorityPsaId = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await contact.PutAsync($"/api/boards/{board}/cards/{key}/assignees", new { memberPsaIds = Array.Empty<int>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await contact.PostAsync($"/api/boards/{board}/cards/{key}/time-entries", new { start = DateTimeOffset.UtcNow, hours = 1, notes = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await contact.PostAsync($"/api/boards/{board}/cards/{key}/status", new { statusPsaId = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        view["cards"]!.AsArray().ShouldAllBe(c => c!["statusName"] == null && c["statusPsaId"] == null && c["psaUrl"] == null);
        view["statuses"]!.AsArray().ShouldBeEmpty();
        view["members"]!.AsArray().ShouldBeEmpty();
        (await contact.GetAsync($"/api/portal/companies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Only_my_cards_shows_just_the_cards_whose_contact_is_the_signed_in_contact()
    {
        var a = fixture.Companies[0];
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions(Visibility: "only-mine"));
        var tickets = await fixture.ServiceTicketsAsync();
        var adminView = (await PortalFixture.CardKeysAsync(fixture.Admin, board))!;
        var person = fixture.ContactsOf(a.PsaId).OrderByDescending(c => tickets.Count(t => t.ContactPsaId == c.PsaId)).First();
        var contact = await fixture.ContactAsync(person);

        var seen = await PortalFixture.CardKeysAsync(contact, board);

        var expected = tickets.Where(t => t.CompanyPsaId == a.PsaId && t.ContactPsaId == person.PsaId).Select(PortalFixture.Key).Where(adminView.Contains).ToHashSet();
        seen.ShouldNotBeNull();
        seen.ShouldBe(expected, ignoreOrder: true);
        tickets.Count(t => t.CompanyPsaId == a.PsaId && t.ContactPsaId != person.PsaId && adminView.Contains(PortalFixture.Key(t))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Company_access_limits_a_board_to_the_listed_companies_and_a_board_not_enabled_is_invisible()
    {
        var (a, b) = (fixture.Companies[0], fixture.Companies[1]);
        await fixture.LicenseExactlyAsync(a.PsaId, b.PsaId);
        var restricted = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(restricted, new PortalOptions(CompanyAccess: [b.PsaId]));
        var disabled = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(disabled, new PortalOptions(Enabled: false));
        var never = await fixture.CreateBoardAsync();
        var contactA = await fixture.ContactAsync(fixture.ContactsOf(a.PsaId)[0]);
        var contactB = await fixture.ContactAsync(fixture.ContactsOf(b.PsaId)[0]);

        var menuA = (await contactA.GetJsonAsync<JsonArray>("/api/boards")).Select(x => (Guid)x!["id"]!).ToList();
        var menuB = (await contactB.GetJsonAsync<JsonArray>("/api/boards")).Select(x => (Guid)x!["id"]!).ToList();

        (await PortalFixture.CardKeysAsync(contactA, restricted)).ShouldBeNull();
        (await PortalFixture.CardKeysAsync(contactB, restricted)).ShouldNotBeNull().ShouldNotBeEmpty();
        menuA.ShouldNotContain(restricted);
        menuB.ShouldContain(restricted);
        foreach (var hidden in new[] { disabled, never })
        {
            (await PortalFixture.CardKeysAsync(contactA, hidden)).ShouldBeNull();
            menuA.ShouldNotContain(hidden);
            menuB.ShouldNotContain(hidden);
        }
    }

    [Fact]
    public async Task Internal_notes_are_never_returned_and_external_notes_and_time_only_with_the_option()
    {
        var a = fixture.Companies[0];
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync();
        var contact = await fixture.ContactAsync(fixture.ContactsOf(a.PsaId)[0]);
        var ticket = (await fixture.ServiceTicketsAsync()).First(t => t.CompanyPsaId == a.PsaId);
        fixture.Simulator.Control.AddNote(SimPsa.ConnectWise, ticket.Ref.PsaId, new NoteRequest("internal only " + Guid.NewGuid(), Internal: true)).ShouldNotBeNull();
        fixture.Simulator.Control.AddNote(SimPsa.ConnectWise, ticket.Ref.PsaId, new NoteRequest("for the customer " + Guid.NewGuid())).ShouldNotBeNull();
        await fixture.SyncAsync("full");
        var all = await fixture.WithPsaAsync(psa => psa.GetNotesAsync(ticket.Ref, includeInternal: true));
        all.ShouldContain(n => n.IsInternal);
        all.ShouldContain(n => !n.IsInternal);
        var key = PortalFixture.Key(ticket);

        await fixture.SetOptionsAsync(board, new PortalOptions(ShowNotesAndTimeEntries: false));
        var hidden = await contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/cards/{key}/details");
        await fixture.SetOptionsAsync(board, new PortalOptions(ShowNotesAndTimeEntries: true));
        var shown = await contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/cards/{key}/details");
        var asAdmin = await fixture.Admin.GetJsonAsync<JsonObject>($"/api/boards/{board}/cards/{key}/details");

        hidden["notes"]!.AsArray().ShouldBeEmpty();
        hidden["timeEntries"]!.AsArray().ShouldBeEmpty();
        hidden["history"]!.AsArray().ShouldBeEmpty();
        shown["notes"]!.AsArray().Count.ShouldBe(all.Count(n => !n.IsInternal));
        shown["notes"]!.AsArray().ShouldAllBe(n => !(bool)n!["isInternal"]!);
        shown["history"]!.AsArray().ShouldBeEmpty();
        asAdmin["notes"]!.AsArray().ShouldContain(n => (bool)n!["isInternal"]!);
    }
}
