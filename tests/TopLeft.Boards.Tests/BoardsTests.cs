using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using System.Text.Json.Nodes;
using TopLeft.Testing;
using static TopLeft.Boards.Tests.BoardApi;

namespace TopLeft.Boards.Tests;

[Collection(nameof(BoardsCollection))]
public sealed class BoardsTests(BoardsFixture fixture)
{
    private static int _boards;

    [Fact]
    public async Task A_board_made_from_synced_statuses_puts_each_visible_card_in_its_status_column_and_member_lane()
    {
        var psaBoard = BusiestBoard();
        var board = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, swimlane: "member"));
        var view = await ViewAsync(fixture.Admin, Id(board));

        var sim = fixture.SimulatorTickets().Values.Where(t => t.BoardId == psaBoard).ToList();
        var columns = Columns(view);
        columns.Count.ShouldBeGreaterThan(1);
        var statusToColumn = columns.SelectMany(c => c["statuses"]!.AsArray().Select(s => (Status: s!["psaId"]!.GetValue<int>(), Column: Id(c))))
            .ToDictionary(x => x.Status, x => x.Column);
        var cards = Cards(view);
        cards.Count.ShouldBeGreaterThan(0);
        foreach (var card in cards)
        {
            var ticket = sim.Single(t => t.Id == PsaId(card));
            ColumnOf(card).ShouldBe(statusToColumn[ticket.StatusId]);
            var assignees = card["assigneePsaIds"]!.AsArray().Select(a => a!.GetValue<int>()).ToList();
            card["laneKey"]!.GetValue<string>().ShouldBe(assignees.Count == 0 ? "unassigned" : $"member-{assignees[0]}");
            card["psaUrl"]!.GetValue<string>().ShouldBe($"{fixture.Simulator.BaseUrl}/v4_6_release/services/system_io/router/openrecord.rsp?recordType=ServiceFv&recid={PsaId(card)}");
            // The licensing rule: unassigned, or at least one licensed assignee.
            (assignees.Count == 0 || assignees.Any(fixture.Licensed.Contains)).ShouldBeTrue();
        }

        // Every open ticket of the board whose status has a column and that the rule lets through is there.
        var expected = VisibleTicketIds(psaBoard, statusToColumn.Keys);
        cards.Select(PsaId).Order().ShouldBe(expected.Order());
        view["lanes"]!.AsArray().Select(l => (string)l!["key"]!).ShouldBe(cards.Select(c => (string)c["laneKey"]!).Distinct(), ignoreOrder: true);
    }

    [Fact]
    public async Task A_project_ticket_board_shows_the_open_project_tickets_of_its_PSA_board_in_their_status_columns()
    {
        var projectTickets = fixture.Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().Select(t => t!.AsObject())
            .Where(t => !(bool)t["closedFlag"]! && t["project"] is not null).ToList();
        projectTickets.ShouldNotBeEmpty("the simulator seeds open project tickets");
        var psaBoard = projectTickets.GroupBy(t => (int)t["board"]!["id"]!).OrderByDescending(g => g.Count()).First().Key;
        var board = await CreateAsync(fixture.Admin, new
        {
            name = NewName(), kind = 2, psaBoardIds = new[] { psaBoard }, swimlane = "none", wipLimitBlocksDrops = false, showLaneTotals = true,
        });
        var view = await ViewAsync(fixture.Admin, Id(board));

        var statuses = Columns(view).SelectMany(c => c["statuses"]!.AsArray().Select(s => s!["psaId"]!.GetValue<int>())).ToList();
        var projectIds = projectTickets.Select(t => (int)t["id"]!).ToHashSet();
        var expected = VisibleTicketIds(psaBoard, statuses).Where(projectIds.Contains).ToList();
        expected.ShouldNotBeEmpty();
        Cards(view).Select(PsaId).Order().ShouldBe(expected.Order());
        Cards(view).ShouldAllBe(c => c["kind"]!.GetValue<int>() == 2 && c["key"]!.GetValue<string>().StartsWith("projectticket-"));
        Cards(view).ShouldAllBe(c => c["psaUrl"]!.GetValue<string>().Contains("recordType=ProjectTicket"));
    }

    [Fact]
    public async Task Dragging_a_card_to_another_column_changes_the_ticket_status_in_the_PSA_and_records_history()
    {
        var psaBoard = BusiestBoard();
        var board = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard));
        var view = await ViewAsync(fixture.Admin, Id(board));
        var columns = Columns(view);
        var card = Cards(view).First(c => ColumnOf(c) == Id(columns[0]));
        var target = columns[1];
        var targetStatus = target["statuses"]![0]!["psaId"]!.GetValue<int>();

        var response = await MoveAsync(fixture.Admin, Id(board), Key(card), new { columnId = Id(target), expectedStatusPsaId = card["statusPsaId"]!.GetValue<int>() });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());

        await Eventually.Get(() => Task.FromResult(fixture.SimulatorTickets()[PsaId(card)].StatusId), s => s == targetStatus, TimeSpan.FromSeconds(15));
        var details = await fixture.Admin.GetJsonAsync<JsonObject>($"/api/boards/{Id(board)}/cards/{Key(card)}/details");
        ((string)details["history"]![0]!["what"]!).ShouldStartWith("Moved from");
    }

    [Fact]
    public async Task A_column_with_several_statuses_asks_which_one_and_applies_the_pick()
    {
        var psaBoard = BusiestBoard();
        var statuses = await OpenStatusesAsync(psaBoard);
        var first = statuses[0];
        var rest = statuses.Skip(1).ToList();
        var board = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, columns: new[]
        {
            new { id = (Guid?)null, name = "Start", statusPsaIds = new[] { first }, wipLimit = (int?)null },
            new { id = (Guid?)null, name = "Rest", statusPsaIds = rest.ToArray(), wipLimit = (int?)null },
        }));
        var view = await ViewAsync(fixture.Admin, Id(board));
        var card = Cards(view).First(c => ColumnOf(c) == Id(Columns(view)[0]));
        var restColumn = Id(Columns(view)[1]);

        var ask = await ProblemAsync(await MoveAsync(fixture.Admin, Id(board), Key(card), new { columnId = restColumn }), HttpStatusCode.UnprocessableEntity);
        Code(ask).ShouldBe("choose-status");
        var choices = ask["data"]!.AsArray().Select(c => c!["psaId"]!.GetValue<int>()).ToList();
        choices.ShouldBe(rest, ignoreOrder: true);

        var picked = choices[^1];
        var moved = await MoveAsync(fixture.Admin, Id(board), Key(card), new { columnId = restColumn, statusPsaId = picked });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        await Eventually.Get(() => Task.FromResult(fixture.SimulatorTickets()[PsaId(card)].StatusId), s => s == picked, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Over_limit_columns_are_marked_and_a_blocking_limit_refuses_the_drop()
    {
        var psaBoard = BusiestBoard();
        var statuses = await OpenStatusesAsync(psaBoard);
        var board = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, wipBlocks: true, columns: statuses.Select((s, i) =>
            new { id = (Guid?)null, name = $"Column {i}", statusPsaIds = new[] { s }, wipLimit = (int?)1 }).ToArray()));
        var view = await ViewAsync(fixture.Admin, Id(board));
        var columns = Columns(view);
        foreach (var column in columns)
        {
            column["overLimit"]!.GetValue<bool>().ShouldBe(column["count"]!.GetValue<int>() > 1);
        }

        var full = columns.First(c => c["count"]!.GetValue<int>() >= 1);
        var card = Cards(view).First(c => ColumnOf(c) != Id(full));
        var refused = await ProblemAsync(await MoveAsync(fixture.Admin, Id(board), Key(card), new { columnId = Id(full) }), HttpStatusCode.Conflict);
        Code(refused).ShouldBe("wip-limit");
        fixture.SimulatorTickets()[PsaId(card)].StatusId.ShouldBe(card["statusPsaId"]!.GetValue<int>());
    }

    [Fact]
    public async Task Saved_filters_personal_filters_and_text_search_narrow_the_cards()
    {
        var psaBoard = BusiestBoard();
        var all = Cards(await ViewAsync(fixture.Admin, Id(await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard)))));
        var company = all.GroupBy(c => c["companyPsaId"]?.GetValue<int>()).OrderByDescending(g => g.Count()).First(g => g.Key is not null).Key!.Value;

        var filtered = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, filter: new { companyPsaIds = new[] { company } }));
        var byCompany = Cards(await ViewAsync(fixture.Admin, Id(filtered)));
        byCompany.Select(PsaId).Order().ShouldBe(all.Where(c => c["companyPsaId"]?.GetValue<int>() == company).Select(PsaId).Order());

        var member = fixture.AdminMemberId;
        var mine = Cards(await ViewAsync(fixture.Admin, Id(filtered), $"?member={member}"));
        mine.Select(PsaId).Order().ShouldBe(byCompany.Where(c => c["assigneePsaIds"]!.AsArray().Any(a => a!.GetValue<int>() == member)).Select(PsaId).Order());

        var nobodys = Cards(await ViewAsync(fixture.Admin, Id(filtered), "?unassigned=true"));
        nobodys.Select(PsaId).Order().ShouldBe(byCompany.Where(c => c["assigneePsaIds"]!.AsArray().Count == 0).Select(PsaId).Order());
        var mineOrNobodys = Cards(await ViewAsync(fixture.Admin, Id(filtered), $"?member={member}&unassigned=true"));
        mineOrNobodys.Select(PsaId).Order().ShouldBe(byCompany.Where(c => c["assigneePsaIds"]!.AsArray() is var a && (a.Count == 0 || a.Any(x => x!.GetValue<int>() == member))).Select(PsaId).Order());

        var word = ((string)all[0]["title"]!).Split(' ')[0];
        var found = Cards(await ViewAsync(fixture.Admin, Id(filtered), $"?q={Uri.EscapeDataString(word)}"));
        found.ShouldAllBe(c => ((string)c["title"]!).Contains(word, StringComparison.OrdinalIgnoreCase) || ((string)c["number"]!).Contains(word));
    }

    [Fact]
    public async Task The_relative_order_of_two_cards_is_the_same_on_every_board_where_both_appear()
    {
        var psaBoard = BusiestBoard();
        var one = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard));
        var two = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, swimlane: "company"));
        var view = await ViewAsync(fixture.Admin, Id(one));
        var column = Columns(view).First(c => c["count"]!.GetValue<int>() >= 3);
        var inColumn = Cards(view).Where(c => ColumnOf(c) == Id(column)).ToList();
        var (top, last) = (inColumn[0], inColumn[^1]);

        // Put the last card above the first one, on board one.
        var moved = await MoveAsync(fixture.Admin, Id(one), Key(last), new { columnId = Id(column), beforeKey = (string?)null, afterKey = Key(top) });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());

        foreach (var board in new[] { Id(one), Id(two) })
        {
            var order = Cards(await ViewAsync(fixture.Admin, board)).Select(Key).ToList();
            order.IndexOf(Key(last)).ShouldBeLessThan(order.IndexOf(Key(top)));
        }

        (await fixture.Admin.PostAsync($"/api/boards/{Id(one)}/cards/{Key(last)}/rank", new { position = "bottom" })).EnsureSuccessStatusCode();
        foreach (var board in new[] { Id(one), Id(two) })
        {
            var order = Cards(await ViewAsync(fixture.Admin, board)).Select(Key).ToList();
            order.IndexOf(Key(last)).ShouldBeGreaterThan(order.IndexOf(Key(top)));
        }
    }

    [Fact]
    public async Task Two_simultaneous_drags_of_one_card_have_one_winner_and_the_other_is_told()
    {
        var psaBoard = BusiestBoard();
        var board = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard));
        var view = await ViewAsync(fixture.Admin, Id(board));
        var columns = Columns(view);
        var card = Cards(view).Last(c => ColumnOf(c) == Id(columns[0]));
        var status = card["statusPsaId"]!.GetValue<int>();
        using var other = await fixture.SignInAsync(fixture.Members[fixture.AdminMemberId].Email, BoardsFixture.Password);

        var results = await Task.WhenAll(
            MoveAsync(fixture.Admin, Id(board), Key(card), new { columnId = Id(columns[1]), expectedStatusPsaId = status }),
            MoveAsync(other, Id(board), Key(card), new { columnId = Id(columns[2]), expectedStatusPsaId = status }));

        results.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        var loser = results.Single(r => r.StatusCode != HttpStatusCode.OK);
        var problem = await ProblemAsync(loser, HttpStatusCode.Conflict);
        Code(problem).ShouldBe("card-changed");
        ((string)problem["detail"]!).ShouldContain("just before you");
    }

    [Fact]
    public async Task Boards_api_validates_definitions_with_clear_messages()
    {
        var response = await fixture.Admin.PostAsync("/api/boards", new { name = "", kind = 1, psaBoardIds = new[] { 999_999 }, columns = Array.Empty<object>() });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem["errors"]!["name"]!.ToString().ShouldContain("name");
        problem["errors"]!["psaBoardIds"]!.ToString().ShouldContain("999999");
        problem["errors"]!["columns"]!.ToString().ShouldContain("at least one column");
    }

    [Fact]
    public async Task A_member_without_a_license_gets_no_board_list_no_board_and_no_live_channel()
    {
        var psaBoard = BusiestBoard();
        var board = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard));
        var unlicensed = fixture.Members.Keys.First(id => !fixture.Licensed.Contains(id));
        using var member = await fixture.MemberAsync(unlicensed);

        Code(await ProblemAsync(await member.GetAsync("/api/boards"), HttpStatusCode.Forbidden)).ShouldBe("no-license");
        Code(await ProblemAsync(await member.GetAsync($"/api/boards/{Id(board)}/view"), HttpStatusCode.Forbidden)).ShouldBe("no-license");
        var card = Cards(await ViewAsync(fixture.Admin, Id(board)))[0];
        (await MoveAsync(member, Id(board), Key(card), new { columnId = card["columnId"]!.GetValue<Guid>() })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var hub = fixture.Hub(member);
        await hub.StartAsync();
        var denied = await Should.ThrowAsync<Exception>(() => hub.InvokeAsync("SubscribeBoard", Id(board).ToString()));
        denied.Message.ShouldContain("access");
    }

    [Fact]
    public async Task Dragging_across_member_lanes_reassigns_while_other_lanes_refuse_and_full_lanes_block()
    {
        var psaBoard = BusiestBoard();
        var byMember = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, swimlane: "member"));
        var view = await ViewAsync(fixture.Admin, Id(byMember));
        var card = Cards(view).First(c => c["assigneePsaIds"]!.AsArray().Count == 1 && (string)c["laneKey"]! != $"member-{fixture.AdminMemberId}");
        var moved = await MoveAsync(fixture.Admin, Id(byMember), Key(card), new { columnId = ColumnOf(card), laneKey = $"member-{fixture.AdminMemberId}" });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        var reread = await fixture.Admin.GetJsonAsync<JsonObject>($"/api/boards/{Id(byMember)}/cards/{Key(card)}");
        reread["assigneePsaIds"]!.AsArray().Select(a => a!.GetValue<int>()).ShouldBe([fixture.AdminMemberId]);

        var byCompany = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, swimlane: "company"));
        var companyView = await ViewAsync(fixture.Admin, Id(byCompany));
        var lanes = companyView["lanes"]!.AsArray().Select(l => (string)l!["key"]!).ToList();
        var some = Cards(companyView)[0];
        var refused = await MoveAsync(fixture.Admin, Id(byCompany), Key(some), new { columnId = ColumnOf(some), laneKey = lanes.First(l => l != (string)some["laneKey"]!) });
        Code(await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity)).ShouldBe("lane-move-not-allowed");

        var limited = await CreateAsync(fixture.Admin, Definition(NewName(), psaBoard, swimlane: "member", wipBlocks: true, laneWipLimit: 1));
        var limitedView = await ViewAsync(fixture.Admin, Id(limited));
        var full = limitedView["lanes"]!.AsArray().First(l => (string)l!["key"]! != "unassigned" && (int)l["count"]! >= 1)!;
        full["overLimit"]!.GetValue<bool>().ShouldBe((int)full["count"]! > 1);
        var outsider = Cards(limitedView).First(c => (string)c["laneKey"]! != (string)full["key"]!);
        var blocked = await MoveAsync(fixture.Admin, Id(limited), Key(outsider), new { columnId = ColumnOf(outsider), laneKey = (string)full["key"]! });
        Code(await ProblemAsync(blocked, HttpStatusCode.Conflict)).ShouldBe("wip-limit");
    }

    [Fact]
    public async Task Opening_a_board_is_recorded_as_the_users_last_board_view()
    {
        var board = await CreateAsync(fixture.Admin, Definition(NewName(), BusiestBoard()));
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await ViewAsync(fixture.Admin, Id(board));

        var users = await fixture.Admin.GetJsonAsync<JsonArray>("/api/accounts/users");
        var admin = users.Single(u => string.Equals((string?)u!["email"], fixture.Members[fixture.AdminMemberId].Email, StringComparison.OrdinalIgnoreCase))!;
        admin["lastBoardViewAt"]!.GetValue<DateTimeOffset>().ShouldBeGreaterThan(before);
    }

    private int BusiestBoard() =>
        fixture.SimulatorTickets().Values.GroupBy(t => t.BoardId).OrderByDescending(g => g.Count()).First().Key;

    private async Task<List<int>> OpenStatusesAsync(int psaBoard)
    {
        var options = await fixture.Admin.GetJsonAsync<JsonObject>("/api/boards/setup-options");
        return options["psaBoards"]!.AsArray().Single(b => b!["psaId"]!.GetValue<int>() == psaBoard)!["statuses"]!.AsArray()
            .Where(s => !s!["isClosed"]!.GetValue<bool>() && s["isActive"]!.GetValue<bool>()).Select(s => s!["psaId"]!.GetValue<int>()).ToList();
    }

    /// <summary>A plain reading of the rule over the simulator's own data: unassigned, or at least one licensed assignee.</summary>
    private List<int> VisibleTicketIds(int psaBoard, IEnumerable<int> statuses)
    {
        var onColumns = statuses.ToHashSet();
        var byIdentifier = fixture.Members.ToDictionary(m => m.Value.Identifier, m => m.Key, StringComparer.OrdinalIgnoreCase);
        var resources = fixture.Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().Select(t => t!.AsObject())
            .ToDictionary(t => (int)t["id"]!, t => ((string?)t["resources"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(r => byIdentifier.TryGetValue(r, out var id) ? id : -1).ToList());
        return fixture.SimulatorTickets().Values
            .Where(t => t.BoardId == psaBoard && onColumns.Contains(t.StatusId))
            .Where(t => resources[t.Id].Count == 0 || resources[t.Id].Any(fixture.Licensed.Contains))
            .Select(t => t.Id).ToList();
    }

    private static string NewName() => $"Board {Interlocked.Increment(ref _boards)} {Guid.NewGuid():N}"[..20];
}
