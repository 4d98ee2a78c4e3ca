using System.Net;
using System.Text.Json.Nodes;
using TopLeft.Integrations.Contracts;
using TopLeft.Testing;
using static TopLeft.Boards.Tests.BoardApi;

namespace TopLeft.Boards.Tests;

/// <summary>A workspace connected to the Autotask simulator, every member licensed.</summary>
public sealed class AutotaskBoardsFixture : IAsyncLifetime
{
    public ConnectedWorkspace Workspace { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Workspace = await ConnectedWorkspace.StartAsync("atboards", tickets: 150, psa: PsaKind.Autotask, simulator: o =>
        {
            o.Companies = 8;
            o.Members = 6;
            o.Projects = 8;
        });
        (await Workspace.Admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 20, endTrial = true })).EnsureSuccessStatusCode();
        (await Workspace.Admin.PutAsync("/api/licensing/members", new { selectedPsaIds = Workspace.Members.Keys.ToList(), sendInvitations = false })).EnsureSuccessStatusCode();
        await Workspace.Admin.RefreshSessionAsync();
    }

    /// <summary>An entity set of the Autotask simulator, as its API would return it.</summary>
    public List<JsonObject> Export(string entity) =>
        Workspace.Simulator.Control.ExportAutotask()[entity]!.AsArray().Select(e => e!.AsObject()).ToList();

    public async Task DisposeAsync() => await Workspace.DisposeAsync();
}

/// <summary>Autotask ticket and project boards: columns from the synced statuses, cards in their columns and lanes, drops written back.</summary>
public sealed class AutotaskBoardTests(AutotaskBoardsFixture fixture) : IClassFixture<AutotaskBoardsFixture>
{
    private ApiClient Admin => fixture.Workspace.Admin;

    [Fact]
    public async Task An_Autotask_ticket_board_puts_each_open_ticket_of_its_queue_in_its_status_column_and_member_lane_and_a_drop_sets_the_status()
    {
        var tickets = fixture.Export("Tickets");
        var options = await Admin.GetJsonAsync<JsonObject>("/api/boards/setup-options");
        var queues = options["psaBoards"]!.AsArray().Select(b => (int)b!["psaId"]!).ToHashSet();
        var queue = tickets.Where(t => t["queueID"] is not null && queues.Contains((int)t["queueID"]!))
            .GroupBy(t => (int)t["queueID"]!).OrderByDescending(g => g.Count()).First().Key;
        var board = await CreateAsync(Admin, Definition($"AT queue {Guid.NewGuid():N}"[..18], queue, swimlane: "member"));
        var view = await ViewAsync(Admin, Id(board));

        var statusToColumn = Columns(view).SelectMany(c => c["statuses"]!.AsArray().Select(s => ((int)s!["psaId"]!, Id(c)))).ToDictionary();
        var expected = tickets.Where(t => (int?)t["queueID"] == queue && statusToColumn.ContainsKey((int)t["status"]!)).Select(t => (int)t["id"]!).Order().ToList();
        expected.ShouldNotBeEmpty();
        Cards(view).Select(PsaId).Order().ShouldBe(expected);
        foreach (var card in Cards(view))
        {
            var ticket = tickets.Single(t => (int)t["id"]! == PsaId(card));
            ColumnOf(card).ShouldBe(statusToColumn[(int)ticket["status"]!]);
            var assignees = card["assigneePsaIds"]!.AsArray().Select(a => a!.GetValue<int>()).ToList();
            card["laneKey"]!.GetValue<string>().ShouldBe(assignees.Count == 0 ? "unassigned" : $"member-{assignees[0]}");
            if ((int?)ticket["assignedResourceID"] is { } primary)
            {
                assignees.ShouldContain(primary);
            }
        }

        var moved = Cards(view).First();
        var target = Columns(view).First(c => Id(c) != ColumnOf(moved) && c["statuses"]!.AsArray().Count == 1);
        var status = (int)target["statuses"]![0]!["psaId"]!;
        (await MoveAsync(Admin, Id(board), Key(moved), new { columnId = Id(target) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.Get(() => Task.FromResult((int)fixture.Export("Tickets").Single(t => (int)t["id"]! == PsaId(moved))["status"]!), s => s == status, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task An_Autotask_project_board_shows_the_open_projects_in_their_status_columns_and_a_drop_sets_the_project_status()
    {
        var board = await CreateAsync(Admin, new
        {
            name = $"AT projects {Guid.NewGuid():N}"[..20], kind = (int)WorkItemKind.Project, psaBoardIds = Array.Empty<int>(), swimlane = "none",
            wipLimitBlocksDrops = false, showLaneTotals = true, columns = (object?)null,
        });
        var view = await ViewAsync(Admin, Id(board));

        var statusToColumn = Columns(view).SelectMany(c => c["statuses"]!.AsArray().Select(s => ((int)s!["psaId"]!, Id(c)))).ToDictionary();
        statusToColumn.Count.ShouldBeGreaterThan(1);
        var projects = fixture.Export("Projects");
        var expected = projects.Where(p => statusToColumn.ContainsKey((int)p["status"]!)).Select(p => (int)p["id"]!).Order().ToList();
        expected.ShouldNotBeEmpty("the simulator seeds open projects");
        Cards(view).Select(PsaId).Order().ShouldBe(expected);
        foreach (var card in Cards(view))
        {
            card["kind"]!.GetValue<int>().ShouldBe((int)WorkItemKind.Project);
            ColumnOf(card).ShouldBe(statusToColumn[(int)projects.Single(p => (int)p["id"]! == PsaId(card))["status"]!]);
        }

        var moved = Cards(view).First();
        var target = Columns(view).First(c => Id(c) != ColumnOf(moved));
        var status = (int)target["statuses"]![0]!["psaId"]!;
        (await MoveAsync(Admin, Id(board), Key(moved), new { columnId = Id(target), statusPsaId = status })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.Get(() => Task.FromResult((int)fixture.Export("Projects").Single(p => (int)p["id"]! == PsaId(moved))["status"]!), s => s == status, TimeSpan.FromSeconds(20));
        ColumnOf(CardIn(await ViewAsync(Admin, Id(board)), Key(moved))).ShouldBe(Id(target));
    }

    private static JsonObject CardIn(JsonObject view, string key) => Cards(view).Single(c => Key(c) == key);
}
