using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TopLeft.PsaSimulator.Admin;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Boards;

/// <summary>The board page in Chromium: drag and drop with write-back, the status pick, live updates from others and from the PSA.</summary>
[Collection(nameof(BoardsBrowserCollection))]
public sealed class BoardPageTests(BoardsBrowserFixture fixture)
{
    private ConnectedWorkspace Workspace => fixture.Workspace;

    [Fact]
    public async Task Dragging_a_card_moves_it_at_once_writes_the_status_to_the_PSA_and_a_second_browser_sees_it()
    {
        var (boardId, view) = await NewBoardAsync(columns: null);
        var columns = view["columns"]!.AsArray();
        var card = Cards(view).First(c => (string)c["columnId"]! == (string)columns[0]!["id"]!);
        var target = columns[1]!;
        var key = (string)card["key"]!;

        var mover = await fixture.AdminPageAsync($"/boards/{boardId}");
        var watcher = await fixture.AdminPageAsync($"/boards/{boardId}");
        await Assertions.Expect(watcher.Locator($"[data-card-key='{key}']")).ToBeVisibleAsync();

        await mover.Locator($"[data-card-key='{key}']").DragToAsync(Cell(mover, (string)target["id"]!), NearTop);

        await Assertions.Expect(Cell(mover, (string)target["id"]!).Locator($"[data-card-key='{key}']")).ToBeVisibleAsync();
        await Assertions.Expect(Cell(watcher, (string)target["id"]!).Locator($"[data-card-key='{key}']")).ToBeVisibleAsync();
        var status = (int)target["statuses"]![0]!["psaId"]!;
        await Eventually.Get(() => Task.FromResult(Workspace.SimulatorTickets()[(int)card["psaId"]!].StatusId), s => s == status, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Dropping_on_a_column_of_several_statuses_asks_which_one()
    {
        var options = await Workspace.Admin.GetJsonAsync<JsonObject>("/api/boards/setup-options");
        var psaBoard = BusiestBoard();
        var statuses = options["psaBoards"]!.AsArray().Single(b => (int)b!["psaId"]! == psaBoard)!["statuses"]!.AsArray()
            .Where(s => !(bool)s!["isClosed"]! && (bool)s["isActive"]!).ToList();
        var (boardId, view) = await NewBoardAsync(columns: new object[]
        {
            new { id = (Guid?)null, name = "Inbox", statusPsaIds = new[] { (int)statuses[0]!["psaId"]! }, wipLimit = (int?)null },
            new { id = (Guid?)null, name = "Working", statusPsaIds = statuses.Skip(1).Select(s => (int)s!["psaId"]!).ToArray(), wipLimit = (int?)null },
        });
        var card = Cards(view).First(c => (string)c["columnId"]! == (string)view["columns"]![0]!["id"]!);
        var working = (string)view["columns"]![1]!["id"]!;
        var page = await fixture.AdminPageAsync($"/boards/{boardId}");

        await page.Locator($"[data-card-key='{card["key"]}']").DragToAsync(Cell(page, working), NearTop);

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Pick a status" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        var choice = statuses[^1]!;
        await dialog.GetByRole(AriaRole.Button, new() { Name = (string)choice["name"]!, Exact = true }).ClickAsync();
        await Assertions.Expect(Cell(page, working).Locator($"[data-card-key='{card["key"]}']")).ToBeVisibleAsync();
        await Eventually.Get(() => Task.FromResult(Workspace.SimulatorTickets()[(int)card["psaId"]!].StatusId), s => s == (int)choice["psaId"]!, TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_change_made_in_the_PSA_moves_the_card_on_an_open_board()
    {
        var (boardId, view) = await NewBoardAsync(columns: null);
        var columns = view["columns"]!.AsArray();
        var card = Cards(view).Last(c => (string)c["columnId"]! == (string)columns[0]!["id"]!);
        var target = columns[^1]!;
        var page = await fixture.AdminPageAsync($"/boards/{boardId}");
        await Assertions.Expect(page.Locator($"[data-card-key='{card["key"]}']")).ToBeVisibleAsync();

        var changed = Workspace.Simulator.Control.ChangeTicket(PsaKind.ConnectWise, (int)card["psaId"]!, new TicketChange(Status: (string)target["statuses"]![0]!["name"]!));
        changed.Ok.ShouldBeTrue(changed.Body?.ToJsonString());

        await Assertions.Expect(Cell(page, (string)target["id"]!).Locator($"[data-card-key='{card["key"]}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_PSA_change_made_while_the_page_is_still_joining_live_updates_is_not_missed()
    {
        var (boardId, view) = await NewBoardAsync(columns: null);
        var columns = view["columns"]!.AsArray();
        var card = Cards(view).First(c => (string)c["columnId"]! == (string)columns[0]!["id"]!);
        var target = columns[^1]!;
        // Hold the live connection's start until the change has been announced to the (still empty) board group.
        var release = new TaskCompletionSource();
        var page = await fixture.AdminPageAsync($"/boards/{boardId}", context => context.RouteAsync("**/hubs/live/negotiate**", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        }));
        await Assertions.Expect(page.Locator($"[data-card-key='{card["key"]}']")).ToBeVisibleAsync();

        var changed = Workspace.Simulator.Control.ChangeTicket(PsaKind.ConnectWise, (int)card["psaId"]!, new TicketChange(Status: (string)target["statuses"]![0]!["name"]!));
        changed.Ok.ShouldBeTrue(changed.Body?.ToJsonString());
        await Eventually.Get(
            () => Workspace.Admin.GetJsonAsync<JsonObject>($"/api/boards/{boardId}/cards/{card["key"]}"),
            c => (string)c["columnId"]! == (string)target["id"]!,
            TimeSpan.FromSeconds(15));
        (await Cell(page, (string)target["id"]!).Locator($"[data-card-key='{card["key"]}']").CountAsync()).ShouldBe(0);
        release.SetResult();

        await Assertions.Expect(Cell(page, (string)target["id"]!).Locator($"[data-card-key='{card["key"]}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Every_lane_of_a_long_board_shows_its_cards_once_scrolled_to()
    {
        var (boardId, view) = await NewBoardAsync(columns: null, swimlane: "company");
        var lanes = view["lanes"]!.AsArray().Select(l => (string)l!["key"]!).ToList();
        lanes.Count.ShouldBeGreaterThan(3);
        var page = await fixture.AdminPageAsync($"/boards/{boardId}");
        await Assertions.Expect(page.Locator("[data-card-key]").First).ToBeVisibleAsync();

        // Lanes far below are drawn as they come near; scrolling to each shows its cards (up to 40 a cell).
        foreach (var lane in lanes)
        {
            var section = page.Locator($".tl-klane[data-lane-key='{lane}']");
            await section.ScrollIntoViewIfNeededAsync();
            var expected = Cards(view).Where(c => (string)c["laneKey"]! == lane).GroupBy(c => (string)c["columnId"]!).Sum(g => Math.Min(40, g.Count()));
            await Assertions.Expect(section.Locator("[data-card-key]")).ToHaveCountAsync(expected);
        }
    }

    [Fact]
    public async Task An_admin_creates_a_board_in_the_editor_from_the_synced_statuses()
    {
        var page = await fixture.AdminPageAsync("/boards/new");
        var name = $"Editor {Guid.NewGuid():N}"[..15];
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "One column per open status" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Column 1", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create board" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        // The heading shows before the cards have loaded: wait for them rather than count at once.
        await Assertions.Expect(page.Locator(".tl-kcolumn").Nth(1)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-card-key]").First).ToBeVisibleAsync();
    }

    /// <summary>Drops near the top of the target cell, so Playwright need not scroll between mouse down and drop.</summary>
    private static LocatorDragToOptions NearTop { get; } = new() { SourcePosition = new() { X = 12, Y = 10 }, TargetPosition = new() { X = 40, Y = 8 } };

    /// <summary>The drop zone of a column (its first lane).</summary>
    private static ILocator Cell(IPage page, string columnId) => page.Locator($".tl-kcell[data-column-id='{columnId}']").First;

    private int BusiestBoard() =>
        Workspace.SimulatorTickets().Values.GroupBy(t => t.BoardId).OrderByDescending(g => g.Count()).First().Key;

    private async Task<(Guid Id, JsonObject View)> NewBoardAsync(object? columns, string swimlane = "none")
    {
        var response = await Workspace.Admin.PostAsync("/api/boards", new
        {
            name = $"Browser {Guid.NewGuid():N}"[..16], kind = 1, psaBoardIds = new[] { BusiestBoard() }, swimlane,
            wipLimitBlocksDrops = false, showLaneTotals = true, columns,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        return (id, await Workspace.Admin.GetJsonAsync<JsonObject>($"/api/boards/{id}/view"));
    }

    private static IEnumerable<JsonObject> Cards(JsonObject view) => view["cards"]!.AsArray().Select(c => c!.AsObject());
}
