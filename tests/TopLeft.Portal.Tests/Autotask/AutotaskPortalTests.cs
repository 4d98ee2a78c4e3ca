using System.Net;
using System.Text.Json.Nodes;
using TopLeft.Integrations.Contracts;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests.Autotask;

[Collection(nameof(AutotaskPortalCollection))]
public sealed class AutotaskPortalTests(AutotaskPortalFixture fixture)
{
    [Theory]
    [InlineData(WorkItemKind.Ticket)]
    [InlineData(WorkItemKind.Task)]
    public async Task A_contact_sees_the_cards_of_their_company_and_its_child_companies_and_never_another_company_card(WorkItemKind kind)
    {
        var board = kind == WorkItemKind.Task ? fixture.TaskBoard : fixture.TicketBoard;
        var items = (await fixture.OpenAsync(kind)).ToDictionary(AutotaskPortalFixture.Key);
        var adminView = (await AutotaskPortalFixture.CardKeysAsync(fixture.Workspace.Admin, board))!;

        var seen = await AutotaskPortalFixture.CardKeysAsync(fixture.Contact, board);

        var expected = adminView.Where(k => items[k].CompanyPsaId is { } c && fixture.TreeOfA.Contains(c)).ToHashSet();
        expected.ShouldNotBeEmpty();
        seen.ShouldNotBeNull();
        seen.ShouldBe(expected, ignoreOrder: true);
        if (kind == WorkItemKind.Ticket)
        {
            seen.ShouldContain(k => items[k].CompanyPsaId == fixture.ChildOfA);
        }

        var other = adminView.First(k => items[k].CompanyPsaId == fixture.CompanyB);
        (await fixture.Contact.GetAsync($"/api/boards/{board}/cards/{other}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.Contact.PostAsync($"/api/boards/{board}/cards/{other}/notes", new { text = "not my company", isInternal = false })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await fixture.WithPsaAsync(psa => psa.GetNotesAsync(items[other].Ref, includeInternal: true))).ShouldNotContain(n => n.Text == "not my company");
    }

    [Theory]
    [InlineData(WorkItemKind.Ticket)]
    [InlineData(WorkItemKind.Task)]
    public async Task A_contact_note_reaches_Autotask_as_a_published_note_on_that_item_and_every_assigned_member_gets_an_email(WorkItemKind kind)
    {
        var board = kind == WorkItemKind.Task ? fixture.TaskBoard : fixture.TicketBoard;
        var keys = (await AutotaskPortalFixture.CardKeysAsync(fixture.Contact, board))!;
        var members = (await fixture.WithPsaAsync(psa => psa.GetMembersAsync())).ToDictionary(m => m.PsaId);
        var item = (await fixture.OpenAsync(kind)).First(i => keys.Contains(AutotaskPortalFixture.Key(i))
            && i.AssigneePsaIds.Count > 0 && i.AssigneePsaIds.All(m => members.ContainsKey(m) && members[m].Email is { Length: > 0 }));
        var text = $"Any news on this {kind}? " + Guid.NewGuid();

        var added = await fixture.Contact.PostAsync($"/api/boards/{board}/cards/{AutotaskPortalFixture.Key(item)}/notes", new { text, isInternal = true });

        added.StatusCode.ShouldBe(HttpStatusCode.Accepted, await added.Content.ReadAsStringAsync());
        var (entity, owner) = kind == WorkItemKind.Task ? ("TaskNotes", "taskID") : ("TicketNotes", "ticketID");
        var note = await Eventually.Get(
            () => Task.FromResult(fixture.Workspace.Simulator.Control.ExportAutotask()[entity]!.AsArray()
                .FirstOrDefault(n => ((string?)n!["description"])?.Contains(text, StringComparison.Ordinal) == true)),
            n => n is not null,
            TimeSpan.FromSeconds(30));
        ((int)note![owner]!).ShouldBe(item.Ref.PsaId);
        ((int)note["publish"]!).ShouldBe(1);
        ((int)note["noteType"]!).ShouldNotBe(2);
        foreach (var member in item.AssigneePsaIds.Distinct().Select(id => members[id]))
        {
            (await MailAsync(member.Email!, "added a note", text)).Text.ShouldNotBeNull().ShouldContain(text);
        }
    }

    [Fact]
    public async Task A_contact_drag_on_an_Autotask_ticket_board_writes_the_status_back_and_emails_the_assignees()
    {
        var board = fixture.TicketBoard;
        var members = (await fixture.WithPsaAsync(psa => psa.GetMembersAsync())).ToDictionary(m => m.PsaId);
        var view = await fixture.Contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        var card = view["cards"]!.AsArray().Select(c => c!.AsObject())
            .First(c => c["assigneePsaIds"]!.AsArray().Count > 0 && c["assigneePsaIds"]!.AsArray().All(m => members.ContainsKey((int)m!) && members[(int)m!].Email is { Length: > 0 }));
        var key = (string)card["key"]!;
        var target = view["columns"]!.AsArray().Select(c => (Guid)c!["id"]!).First(c => c != (Guid)card["columnId"]!);
        var before = (await fixture.WithPsaAsync(psa => psa.GetWorkItemAsync(new WorkItemRef(WorkItemKind.Ticket, (int)card["psaId"]!))))!;

        var moved = await fixture.Contact.PostAsync($"/api/boards/{board}/cards/{key}/move", new { columnId = target });

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var after = (await fixture.WithPsaAsync(psa => psa.GetWorkItemAsync(before.Ref)))!;
        after.StatusPsaId.ShouldNotBe(before.StatusPsaId);
        await Eventually.Get(
            () => Task.FromResult((int)fixture.Workspace.Simulator.Control.ExportAutotask()["Tickets"]!.AsArray().First(t => (int)t!["id"]! == before.Ref.PsaId)!["status"]!),
            status => status == after.StatusPsaId,
            TimeSpan.FromSeconds(30));
        foreach (var member in before.AssigneePsaIds.Distinct().Select(id => members[id]))
        {
            (await MailAsync(member.Email!, "moved", before.Title)).Text.ShouldNotBeNull().ShouldContain(before.Title);
        }
    }

    /// <summary>The newest mail to an address with this subject and text (the tests share one mail catcher and members).</summary>
    private async Task<MailCatcher.Mail> MailAsync(string to, string subject, string text)
    {
        bool Matches(MailCatcher.Mail m) =>
            m.IsTo(to) && m.Subject.Contains(subject, StringComparison.Ordinal) && (m.Text ?? "").Contains(text, StringComparison.Ordinal);
        var all = await Eventually.Get(fixture.Workspace.Mail.MessagesAsync, mails => mails.Any(Matches), TimeSpan.FromSeconds(30));
        return all.Last(Matches);
    }
}
