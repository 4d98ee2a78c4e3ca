using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using TopLeft.PsaSimulator;
using TopLeft.PsaSimulator.Admin;
using TopLeft.Testing;
using static TopLeft.Boards.Tests.BoardApi;

namespace TopLeft.Boards.Tests;

/// <summary>Open boards hear about changes over the live hub: from another user's drag, and from the PSA's callbacks.</summary>
[Collection(nameof(BoardsCollection))]
public sealed class LiveBoardTests(BoardsFixture fixture)
{
    [Fact]
    public async Task A_second_viewer_hears_of_a_move_and_rereads_the_card_in_its_new_column()
    {
        var (board, view) = await NewBoardAsync();
        var columns = Columns(view);
        var card = Cards(view).First(c => ColumnOf(c) == Id(columns[0]));
        using var watcher = await fixture.SignInAsync(fixture.Members[fixture.AdminMemberId].Email, BoardsFixture.Password);
        await using var hub = fixture.Hub(watcher);
        var heard = Listen(hub);
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeBoard", board.ToString());

        var moved = await MoveAsync(fixture.Admin, board, Key(card), new { columnId = Id(columns[1]) });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());

        var message = await NextForAsync(heard, Key(card));
        message.GetProperty("boardId").GetGuid().ShouldBe(board);
        var reread = await watcher.GetJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/boards/{board}/cards/{Key(card)}");
        ColumnOf(reread).ShouldBe(Id(columns[1]));
    }

    [Fact]
    public async Task Joining_a_board_tells_the_data_version_that_a_board_read_before_a_change_falls_behind()
    {
        var (board, view) = await NewBoardAsync();
        var columns = Columns(view);
        var card = Cards(view).First(c => ColumnOf(c) == Id(columns[0]));
        var readAt = (long)view["version"]!;
        await using var hub = fixture.Hub(fixture.Admin);
        await hub.StartAsync();
        (await hub.InvokeAsync<long?>("SubscribeBoard", board.ToString())).ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(readAt);

        var moved = await MoveAsync(fixture.Admin, board, Key(card), new { columnId = Id(columns[1]) });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());

        // A page that joins now, holding the board read before the move, sees it is behind; a fresh read is not.
        await using var late = fixture.Hub(fixture.Admin);
        await late.StartAsync();
        var joinedAt = await late.InvokeAsync<long?>("SubscribeBoard", board.ToString());
        joinedAt.ShouldNotBeNull().ShouldBeGreaterThan(readAt);
        var fresh = await fixture.Admin.GetJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/boards/{board}/view");
        ((long)fresh["version"]!).ShouldBeGreaterThanOrEqualTo(joinedAt.Value);
    }

    [Fact]
    public async Task A_status_change_made_in_the_PSA_reaches_an_open_board_through_the_callback()
    {
        var (board, view) = await NewBoardAsync();
        var columns = Columns(view);
        var card = Cards(view).Last(c => ColumnOf(c) == Id(columns[0]));
        var target = columns[2]["statuses"]![0]!;
        await using var hub = fixture.Hub(fixture.Admin);
        var heard = Listen(hub);
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeBoard", board.ToString());

        var changed = fixture.Simulator.Control.ChangeTicket(PsaKind.ConnectWise, PsaId(card), new TicketChange(Status: (string)target["name"]!));
        changed.Ok.ShouldBeTrue(changed.Body?.ToJsonString());

        var message = await NextForAsync(heard, Key(card));
        message.GetProperty("by").GetString().ShouldBe("PSA");
        var reread = await Eventually.Get(
            () => fixture.Admin.GetJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/boards/{board}/cards/{Key(card)}"),
            c => ColumnOf(c) == Id(columns[2]));
        var details = await fixture.Admin.GetJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/boards/{board}/cards/{Key(card)}/details");
        details["history"]!.AsArray().ShouldContain(h => (string)h!["by"]! == "PSA" && ((string)h["what"]!).Contains((string)target["name"]!));
    }

    [Fact]
    public async Task A_PSA_change_that_keeps_the_status_adds_no_status_change_to_the_history()
    {
        var (board, view) = await NewBoardAsync();
        var columns = Columns(view);
        var card = Cards(view).First(c => ColumnOf(c) == Id(columns[0]));
        var target = columns[1]["statuses"]![0]!;
        var title = $"Renamed in the PSA {Guid.NewGuid():N}"[..30];

        fixture.Simulator.Control.ChangeTicket(PsaKind.ConnectWise, PsaId(card), new TicketChange(Summary: title)).Ok.ShouldBeTrue();
        await Eventually.Get(
            () => fixture.Admin.GetJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/boards/{board}/cards/{Key(card)}"),
            c => (string)c["title"]! == title);

        // Then a real status change: events of one card are handled in order, so once its history shows, the rename's is done.
        fixture.Simulator.Control.ChangeTicket(PsaKind.ConnectWise, PsaId(card), new TicketChange(Status: (string)target["name"]!)).Ok.ShouldBeTrue();
        var history = await Eventually.Get(
            async () => (await fixture.Admin.GetJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/boards/{board}/cards/{Key(card)}/details"))["history"]!.AsArray(),
            h => h.Any(e => ((string)e!["what"]!).Contains((string)target["name"]!)));
        history.Where(e => (string)e!["by"]! == "PSA" && ((string)e["what"]!).StartsWith("Status changed", StringComparison.Ordinal)).Count().ShouldBe(1);
    }

    [Fact]
    public async Task A_move_on_one_Host_instance_reaches_a_viewer_connected_to_another_through_Redis()
    {
        var (board, view) = await NewBoardAsync();
        var columns = Columns(view);
        var card = Cards(view).First(c => ColumnOf(c) == Id(columns[0]));
        var (second, watcher) = await fixture.SecondInstanceAsync();
        await using var _ = second;
        using var __ = watcher;
        await using var hub = fixture.Hub(watcher, second);
        var heard = Listen(hub);
        await hub.StartAsync();
        await hub.InvokeAsync("SubscribeBoard", board.ToString());

        var moved = await MoveAsync(fixture.Admin, board, Key(card), new { columnId = Id(columns[1]) });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());

        (await NextForAsync(heard, Key(card))).GetProperty("boardId").GetGuid().ShouldBe(board);
        var reread = await watcher.GetJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/boards/{board}/cards/{Key(card)}");
        ColumnOf(reread).ShouldBe(Id(columns[1]));
    }

    private async Task<(Guid Board, System.Text.Json.Nodes.JsonObject View)> NewBoardAsync()
    {
        var psaBoard = fixture.SimulatorTickets().Values.GroupBy(t => t.BoardId).OrderByDescending(g => g.Count()).First().Key;
        var created = await CreateAsync(fixture.Admin, Definition($"Live {Guid.NewGuid():N}"[..16], psaBoard));
        return (Id(created), await ViewAsync(fixture.Admin, Id(created)));
    }

    private static ChannelReader<JsonElement> Listen(HubConnection hub)
    {
        var channel = Channel.CreateUnbounded<JsonElement>();
        hub.On<JsonElement>("CardChanged", m => channel.Writer.TryWrite(m));
        return channel.Reader;
    }

    private static async Task<JsonElement> NextForAsync(ChannelReader<JsonElement> heard, string key)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var message = await heard.ReadAsync(timeout.Token);
            if (message.GetProperty("cardKey").GetString() == key)
            {
                return message;
            }
        }
    }
}
