using System.Net;
using System.Text.Json.Nodes;
using TopLeft.Testing;
using static TopLeft.Boards.Tests.BoardApi;

namespace TopLeft.Boards.Tests;

/// <summary>The card menu: each change reaches the PSA (the simulator) and the card's history.</summary>
[Collection(nameof(BoardsCollection))]
public sealed class CardActionsTests(BoardsFixture fixture)
{
    [Fact]
    public async Task Note_priority_assignees_and_a_status_on_no_column_are_written_to_the_PSA_and_recorded()
    {
        var psaBoard = fixture.SimulatorTickets().Values.GroupBy(t => t.BoardId).OrderByDescending(g => g.Count()).First().Key;
        var options = await fixture.Admin.GetJsonAsync<JsonObject>("/api/boards/setup-options");
        var open = options["psaBoards"]!.AsArray().Single(b => (int)b!["psaId"]! == psaBoard)!["statuses"]!.AsArray()
            .Where(s => !(bool)s!["isClosed"]! && (bool)s["isActive"]!).Select(s => (int)s!["psaId"]!).ToList();
        var offBoard = open[^1];
        var board = await CreateAsync(fixture.Admin, Definition($"Actions {Guid.NewGuid():N}"[..18], psaBoard,
            columns: open.SkipLast(1).Select(s => new { id = (Guid?)null, name = $"S{s}", statusPsaIds = new[] { s }, wipLimit = (int?)null }).ToArray()));
        var view = await ViewAsync(fixture.Admin, Id(board));
        var card = Cards(view)[^1];
        var url = $"/api/boards/{Id(board)}/cards/{Key(card)}";
        var ticket = PsaId(card);

        (await fixture.Admin.PostAsync($"{url}/notes", new { text = "Checked the backup logs.", isInternal = true })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually.Get(() => Task.FromResult(Notes(ticket)), notes => notes.Any(n => (string)n["text"]! == "Checked the backup logs." && (bool)n["internalAnalysisFlag"]!),
            TimeSpan.FromSeconds(30));

        var priority = view["priorities"]!.AsArray().Select(p => (int)p!["psaId"]!).First(p => p != card["priorityPsaId"]?.GetValue<int>());
        (await fixture.Admin.PostAsync($"{url}/priority", new { priorityPsaId = priority })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually.Get(() => Task.FromResult((int)Ticket(ticket)["priority"]!["id"]!), p => p == priority, TimeSpan.FromSeconds(30));

        var member = fixture.Licensed[^1];
        (await fixture.Admin.PutAsync($"{url}/assignees", new { memberPsaIds = new[] { member } })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually.Get(() => Task.FromResult((string?)Ticket(ticket)["resources"] ?? ""), r => r.Contains(fixture.Members[member].Identifier, StringComparison.OrdinalIgnoreCase),
            TimeSpan.FromSeconds(30));

        (await fixture.Admin.PostAsync($"{url}/status", new { statusPsaId = offBoard })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually.Get(() => Task.FromResult(fixture.SimulatorTickets().GetValueOrDefault(ticket)?.StatusId), s => s == offBoard, TimeSpan.FromSeconds(30));
        // A status on no column takes the card off this board.
        (await fixture.Admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var refused = await fixture.Admin.PostAsync($"{url}/priority", new { priorityPsaId = 987_654 });
        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_card_menu_change_is_refused_with_a_reason_when_its_input_is_wrong()
    {
        var psaBoard = fixture.SimulatorTickets().Values.GroupBy(t => t.BoardId).OrderByDescending(g => g.Count()).First().Key;
        var board = await CreateAsync(fixture.Admin, Definition($"Bad {Guid.NewGuid():N}"[..14], psaBoard));
        var card = Cards(await ViewAsync(fixture.Admin, Id(board)))[0];
        var url = $"/api/boards/{Id(board)}/cards/{Key(card)}";

        Code(await ProblemAsync(await fixture.Admin.PostAsync($"{url}/priority", new { priorityPsaId = 987_654 }), HttpStatusCode.UnprocessableEntity)).ShouldBe("invalid-priority");
        Code(await ProblemAsync(await fixture.Admin.PostAsync($"{url}/status", new { statusPsaId = 987_654 }), HttpStatusCode.UnprocessableEntity)).ShouldBe("invalid-status");
        (await ProblemAsync(await fixture.Admin.PostAsync($"{url}/notes", new { text = "  ", isInternal = false }), HttpStatusCode.BadRequest))["errors"]!["text"].ShouldNotBeNull();
        (await ProblemAsync(await fixture.Admin.PostAsync($"{url}/time-entries", new { start = DateTimeOffset.UtcNow, hours = 30, notes = "x" }), HttpStatusCode.BadRequest))["errors"]!["hours"].ShouldNotBeNull();
        (await ProblemAsync(await fixture.Admin.PutAsync($"{url}/assignees", new { memberPsaIds = new[] { 987_654 } }), HttpStatusCode.BadRequest))["errors"]!["memberPsaIds"].ShouldNotBeNull();
    }

    private JsonObject Ticket(int id) =>
        fixture.Simulator.Control.ExportConnectWise()["tickets"]!.AsArray().Single(t => (int)t!["id"]! == id)!.AsObject();

    private List<JsonObject> Notes(int ticket) =>
        fixture.Simulator.Control.ExportConnectWise()["ticketNotes"]!.AsArray().Select(n => n!.AsObject()).Where(n => (int)n["ticketId"]! == ticket).ToList();
}

/// <summary>Project boards: columns come from the statuses the synced projects are in.</summary>
[Collection(nameof(BoardsCollection))]
public sealed class ProjectBoardTests(BoardsFixture fixture)
{
    [Fact]
    public async Task A_project_board_shows_the_open_projects_in_their_status_columns()
    {
        var board = await CreateAsync(fixture.Admin, new
        {
            name = $"Projects {Guid.NewGuid():N}"[..18], kind = 4, psaBoardIds = Array.Empty<int>(), swimlane = "none",
            wipLimitBlocksDrops = false, showLaneTotals = true, columns = (object?)null,
        });
        var view = await ViewAsync(fixture.Admin, Id(board));

        var projects = fixture.Simulator.Control.ExportConnectWise()["projects"]!.AsArray().Select(p => p!.AsObject())
            .Where(p => !((bool?)p["closedFlag"] ?? false)).ToList();
        projects.ShouldNotBeEmpty();
        var statusToColumn = Columns(view).SelectMany(c => c["statuses"]!.AsArray().Select(s => ((int)s!["psaId"]!, Id(c)))).ToDictionary(x => x.Item1, x => x.Item2);
        // Projects whose manager holds no license are hidden by the licensing rule; every card shown is an open project.
        Cards(view).ShouldNotBeEmpty();
        Cards(view).Select(PsaId).ShouldBeSubsetOf(projects.Where(p => statusToColumn.ContainsKey((int)p["status"]!["id"]!)).Select(p => (int)p["id"]!));
        foreach (var card in Cards(view))
        {
            card["kind"]!.GetValue<int>().ShouldBe(4);
            ColumnOf(card).ShouldBe(statusToColumn[(int)projects.Single(p => (int)p["id"]! == PsaId(card))["status"]!["id"]!]);
        }

        // Columns come from ConnectWise's project statuses, so a drop can set a status no project is in yet; it lands on the project.
        var moved = Cards(view).First();
        var target = Columns(view).Last(c => Id(c) != ColumnOf(moved));
        var status = (int)target["statuses"]![0]!["psaId"]!;
        (await MoveAsync(fixture.Admin, Id(board), Key(moved), new { columnId = Id(target), statusPsaId = status })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.Get(
            () => Task.FromResult((int)fixture.Simulator.Control.ExportConnectWise()["projects"]!.AsArray().Single(p => (int)p!["id"]! == PsaId(moved))!["status"]!["id"]!),
            s => s == status, TimeSpan.FromSeconds(20));
    }
}
