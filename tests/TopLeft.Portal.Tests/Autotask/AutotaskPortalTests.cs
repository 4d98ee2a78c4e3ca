using System.Net;
using System.Net.Http.Json;
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
            (await fixture.Workspace.Mail.WaitForAsync(member.Email!, "added a note", text)).Subject.ShouldContain(item.Number);
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
            (await fixture.Workspace.Mail.WaitForAsync(member.Email!, "moved", before.Title)).Subject.ShouldContain(before.Number);
        }
    }

    [Fact]
    public async Task Project_lane_time_and_budget_reach_a_contact_only_when_the_board_shows_the_summary()
    {
        var admin = fixture.Workspace.Admin;
        var created = await admin.PostAsync("/api/boards", new
        {
            name = "Autotask projects " + Guid.NewGuid().ToString("N")[..6], kind = (int)WorkItemKind.Task, psaBoardIds = Array.Empty<int>(), swimlane = "project",
            wipLimitBlocksDrops = false, showLaneTotals = true,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var board = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        async Task<JsonObject> ContactViewAsync(bool showBudgetSummary)
        {
            var saved = await admin.PutAsync($"/api/portal/boards/{board}/options", new
            {
                enabled = true, showNotesAndTimeEntries = false, contactCanAddNotes = false, visibility = "company", contactCanDrag = false,
                showBudgetSummary, companyAccess = Array.Empty<int>(),
            });
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
            return await fixture.Contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        }

        static List<JsonObject> Lanes(JsonObject view) => view["lanes"]!.AsArray().Select(l => l!.AsObject()).ToList();
        static bool HasTotals(JsonObject lane) => lane["budgetHours"] is not null || lane["actualHours"] is not null;

        var hidden = await ContactViewAsync(showBudgetSummary: false);
        var shown = await ContactViewAsync(showBudgetSummary: true);
        var asAdmin = Lanes(await admin.GetJsonAsync<JsonObject>($"/api/boards/{board}/view")).ToDictionary(l => (string)l["key"]!);

        hidden["cards"]!.AsArray().ShouldNotBeEmpty();
        Lanes(hidden).Where(HasTotals).ShouldBeEmpty();
        var lanes = Lanes(shown).Where(HasTotals).ToList();
        lanes.ShouldNotBeEmpty();
        foreach (var lane in lanes)
        {
            var same = asAdmin[(string)lane["key"]!];
            ((decimal?)lane["budgetHours"]).ShouldBe((decimal?)same["budgetHours"]);
            ((decimal?)lane["actualHours"]).ShouldBe((decimal?)same["actualHours"]);
        }
    }
}
