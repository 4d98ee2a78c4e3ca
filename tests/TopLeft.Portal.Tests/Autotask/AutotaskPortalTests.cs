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
    public async Task An_Autotask_task_board_made_from_the_synced_task_statuses_shows_every_open_task_in_its_column_task_only_statuses_included()
    {
        using var autotask = fixture.Workspace.Simulator.CreateAutotaskClient();
        var fields = await autotask.GetFromJsonAsync<JsonObject>("Tasks/entityInformation/fields");
        var picklist = fields!["fields"]!.AsArray().First(f => (string)f!["name"]! == "status")!["picklistValues"]!.AsArray()
            .OrderBy(v => (int)v!["sortOrder"]!).Select(v => (Id: int.Parse((string)v!["value"]!, System.Globalization.CultureInfo.InvariantCulture), Label: (string)v["label"]!))
            .ToList();
        var ticketStatuses = (await fixture.WithPsaAsync(psa => psa.GetBoardsAsync())).SelectMany(b => b.Statuses).Select(s => s.PsaId).ToHashSet();
        var openTasks = await fixture.OpenAsync(WorkItemKind.Task);

        var options = await fixture.Workspace.Admin.GetJsonAsync<JsonObject>("/api/boards/setup-options");
        var view = await fixture.Workspace.Admin.GetJsonAsync<JsonObject>($"/api/boards/{fixture.TaskBoard}/view");

        var offered = options["taskBoards"]!.AsArray().Single()!["statuses"]!.AsArray().Select(s => ((int)s!["psaId"]!, (string)s["name"]!)).ToList();
        offered.ShouldBe(picklist.Select(p => (p.Id, p.Label)).ToList());
        var columns = view["columns"]!.AsArray().Select(c => c!.AsObject()).ToList();
        columns.Select(c => (string)c["name"]!).ShouldBe(picklist.Where(p => p.Label != "Complete").Select(p => p.Label));
        // Column status names and the card menu's status list are the task statuses, never ticket statuses or "Status 4".
        columns.SelectMany(c => c["statuses"]!.AsArray().Select(s => ((int)s!["psaId"]!, (string)s["name"]!)))
            .ShouldAllBe(s => picklist.Contains(new ValueTuple<int, string>(s.Item1, s.Item2)));
        view["statuses"]!.AsArray().Select(s => ((int)s!["psaId"]!, (string)s["name"]!)).ToList().ShouldBe(picklist.Select(p => (p.Id, p.Label)).ToList());
        var columnOfStatus = columns.SelectMany(c => c["statuses"]!.AsArray().Select(s => ((int)s!["psaId"]!, (Guid)c["id"]!))).ToDictionary();
        var cards = view["cards"]!.AsArray().Select(c => c!.AsObject()).ToDictionary(c => (string)c["key"]!);
        // Every member is licensed; the licensing rule still hides work only inactive (unlicensed) resources hold.
        var shown = openTasks.Where(t => t.AssigneePsaIds.Count == 0 || t.AssigneePsaIds.Any(fixture.Workspace.Members.ContainsKey)).ToList();
        cards.Keys.ShouldBe(shown.Select(AutotaskPortalFixture.Key), ignoreOrder: true);
        foreach (var task in shown)
        {
            var card = cards[AutotaskPortalFixture.Key(task)];
            ((Guid)card["columnId"]!).ShouldBe(columnOfStatus[task.StatusPsaId!.Value]);
            ((string)card["statusName"]!).ShouldBe(picklist.First(p => p.Id == task.StatusPsaId).Label);
        }

        shown.ShouldContain(t => !ticketStatuses.Contains(t.StatusPsaId!.Value), "the simulator seeds tasks in a task-only status");
    }

    [Fact]
    public async Task Dragging_a_task_to_another_column_sets_that_task_status_in_Autotask()
    {
        var admin = fixture.Workspace.Admin;
        var view = await admin.GetJsonAsync<JsonObject>($"/api/boards/{fixture.TaskBoard}/view");
        var columns = view["columns"]!.AsArray().Select(c => c!.AsObject()).ToList();
        var card = view["cards"]!.AsArray().Select(c => c!.AsObject()).First();
        var target = columns.Last(c => (Guid)c["id"]! != (Guid)card["columnId"]!);
        var status = (int)target["statuses"]!.AsArray().Single()!["psaId"]!;

        var moved = await admin.PostAsync($"/api/boards/{fixture.TaskBoard}/cards/{(string)card["key"]!}/move",
            new { columnId = (Guid)target["id"]!, expectedStatusPsaId = (int)card["statusPsaId"]! });

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        await TaskStatusInAutotaskAsync((int)card["psaId"]!, status);
        var after = (await fixture.WithPsaAsync(psa => psa.GetWorkItemAsync(new WorkItemRef(WorkItemKind.Task, (int)card["psaId"]!))))!;
        after.StatusPsaId.ShouldBe(status);
        after.StatusName.ShouldBe((string)target["name"]!);
    }

    [Fact]
    public async Task A_contact_with_drag_permission_can_drag_a_task_on_a_task_board_and_Autotask_takes_the_status()
    {
        var board = fixture.TaskBoard;
        var columns = (await fixture.Workspace.Admin.GetJsonAsync<JsonObject>($"/api/boards/{board}/view"))["columns"]!.AsArray().Select(c => c!.AsObject()).ToList();
        var view = await fixture.Contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        var card = view["cards"]!.AsArray().Select(c => c!.AsObject()).First();
        var target = columns.First(c => (Guid)c["id"]! != (Guid)card["columnId"]!);
        var status = (int)target["statuses"]!.AsArray().Single()!["psaId"]!;

        var moved = await fixture.Contact.PostAsync($"/api/boards/{board}/cards/{(string)card["key"]!}/move", new { columnId = (Guid)target["id"]! });

        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        await TaskStatusInAutotaskAsync((int)card["psaId"]!, status);
        var seen = await fixture.Contact.GetJsonAsync<JsonObject>($"/api/boards/{board}/view");
        ((Guid)seen["cards"]!.AsArray().First(c => (string)c!["key"]! == (string)card["key"]!)!["columnId"]!).ShouldBe((Guid)target["id"]!);
    }

    private Task TaskStatusInAutotaskAsync(int taskId, int status) => Eventually.Get(
        () => Task.FromResult((int)fixture.Workspace.Simulator.Control.ExportAutotask()["Tasks"]!.AsArray().First(t => (int)t!["id"]! == taskId)!["status"]!),
        s => s == status,
        TimeSpan.FromSeconds(30));

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
