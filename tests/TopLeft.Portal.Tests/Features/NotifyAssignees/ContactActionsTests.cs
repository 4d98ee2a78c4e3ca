using System.Net;
using System.Text.Json.Nodes;
using TopLeft.Integrations.Contracts;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests.Features.NotifyAssignees;

[Collection(nameof(PortalCollection))]
public sealed class ContactActionsTests(PortalFixture fixture)
{
    [Fact]
    public async Task A_contact_note_reaches_the_PSA_as_from_the_contact_sets_client_responded_and_every_assigned_member_gets_an_email()
    {
        var a = fixture.Companies[0];
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions(ContactCanAddNotes: true, ShowNotesAndTimeEntries: true));
        var person = fixture.ContactsOf(a.PsaId)[0];
        var contact = await fixture.ContactAsync(person);
        var keys = (await PortalFixture.CardKeysAsync(contact, board))!;
        var members = (await fixture.WithPsaAsync(psa => psa.GetMembersAsync())).ToDictionary(m => m.PsaId);
        var ticket = (await fixture.ServiceTicketsAsync())
            .First(t => keys.Contains(PortalFixture.Key(t)) && !t.ClientResponded && t.AssigneePsaIds.Count > 0 && t.AssigneePsaIds.All(m => members.ContainsKey(m) && members[m].Email is { Length: > 0 }));
        var text = "Any news on this? " + Guid.NewGuid();

        var added = await contact.PostAsync($"/api/boards/{board}/cards/{PortalFixture.Key(ticket)}/notes", new { text, isInternal = true });

        added.StatusCode.ShouldBe(HttpStatusCode.Accepted, await added.Content.ReadAsStringAsync());
        await Eventually.Get(
            () => Task.FromResult(fixture.Simulator.Control.ExportConnectWise()["ticketNotes"]!.AsArray()
                .FirstOrDefault(n => (int)n!["ticketId"]! == ticket.Ref.PsaId && ((string?)n["text"])?.Contains(text, StringComparison.Ordinal) == true)),
            note => note is not null && !(bool)note["internalAnalysisFlag"]! && (int?)note["contact"]?["id"] == person.PsaId && note["member"] is null,
            TimeSpan.FromSeconds(30));
        await ClientRespondedAsync(ticket.Ref.PsaId);
        foreach (var member in ticket.AssigneePsaIds.Distinct().Select(id => members[id]))
        {
            var mail = await fixture.Mail.WaitForAsync(member.Email!, "added a note", text);
            mail.Subject.ShouldContain(ticket.Number);
        }
    }

    [Fact]
    public async Task A_contact_drag_writes_the_status_back_and_emails_the_assignees_but_a_drag_across_swimlanes_is_refused()
    {
        var a = fixture.Companies[0];
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync(swimlane: "member");
        await fixture.SetOptionsAsync(board, new PortalOptions(ContactCanDrag: true));
        var contact = await fixture.ContactAsync(fixture.ContactsOf(a.PsaId)[1]);
        var members = (await fixture.WithPsaAsync(psa => psa.GetMembersAsync())).ToDictionary(m => m.PsaId);
        var view = await contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        var card = view["cards"]!.AsArray().Select(c => c!.AsObject())
            .First(c => !(bool)c["clientResponded"]! && c["assigneePsaIds"]!.AsArray().Count > 0 && c["assigneePsaIds"]!.AsArray().All(m => members.ContainsKey((int)m!)));
        var key = (string)card["key"]!;
        var columns = view["columns"]!.AsArray().Select(c => (Guid)c!["id"]!).ToList();
        var target = columns.First(c => c != (Guid)card["columnId"]!);
        var otherLane = (await fixture.Admin.GetJsonAsync<JsonObject>($"/api/boards/{board}/view"))["lanes"]!.AsArray()
            .Select(l => (string)l!["key"]!).First(k => k != (string)card["laneKey"]!);
        var before = (await fixture.WithPsaAsync(psa => psa.GetWorkItemAsync(new WorkItemRef(WorkItemKind.Ticket, (int)card["psaId"]!))))!;

        var across = await contact.PostAsync($"/api/boards/{board}/cards/{key}/move", new { columnId = (Guid)card["columnId"]!, laneKey = otherLane });
        (await fixture.WithPsaAsync(psa => psa.GetWorkItemAsync(before.Ref)))!.AssigneePsaIds.ShouldBe(before.AssigneePsaIds);
        var moved = await contact.PostAsync($"/api/boards/{board}/cards/{key}/move", new { columnId = target });

        across.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var after = (await fixture.WithPsaAsync(psa => psa.GetWorkItemAsync(before.Ref)))!;
        after.StatusPsaId.ShouldNotBe(before.StatusPsaId);
        await Eventually.Get(
            () => Task.FromResult(fixture.Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().First(t => (int)t!["id"]! == before.Ref.PsaId)!["status"]!["id"]!.GetValue<int>()),
            status => status == after.StatusPsaId,
            TimeSpan.FromSeconds(30));
        await ClientRespondedAsync(before.Ref.PsaId);
        foreach (var member in before.AssigneePsaIds.Distinct().Select(id => members[id]).Where(m => m.Email is { Length: > 0 }))
        {
            (await fixture.Mail.WaitForAsync(member.Email!, "moved", before.Title)).Subject.ShouldContain(before.Number);
        }
    }

    private Task ClientRespondedAsync(int ticketId) =>
        Eventually.Get(
            () => Task.FromResult(fixture.Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().First(t => (int)t!["id"]! == ticketId)!["customerUpdatedFlag"]!.GetValue<bool>()),
            flag => flag,
            TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Without_the_options_a_contact_can_neither_drag_nor_add_notes()
    {
        var a = fixture.Companies[0];
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions());
        var contact = await fixture.ContactAsync(fixture.ContactsOf(a.PsaId)[0]);
        var view = await contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        var card = view["cards"]!.AsArray()[0]!;
        var target = view["columns"]!.AsArray().Select(c => (Guid)c!["id"]!).First(c => c != (Guid)card["columnId"]!);

        var move = await contact.PostAsync($"/api/boards/{board}/cards/{(string)card["key"]!}/move", new { columnId = target });
        var note = await contact.PostAsync($"/api/boards/{board}/cards/{(string)card["key"]!}/notes", new { text = "hello", isInternal = false });

        move.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        note.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        view["capabilities"]!["canDrag"]!.GetValue<bool>().ShouldBeFalse();
        view["capabilities"]!["canAddNotes"]!.GetValue<bool>().ShouldBeFalse();
    }
}
