using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator;
using TopLeft.PsaSimulator.Admin;
using TopLeft.Testing;
using static TopLeft.Boards.Tests.BoardApi;

namespace TopLeft.Boards.Tests;

/// <summary>
/// Board reads are served from a cached snapshot: these tests change what a board shows in every way the product
/// can (a move on another Host instance, a PSA callback, a license change, a board edit) and read the whole board
/// again, so a snapshot that outlives its data fails here.
/// </summary>
[Collection(nameof(BoardsCollection))]
public sealed class BoardReadCacheTests(BoardsFixture fixture)
{
    [Fact]
    public async Task A_board_read_on_one_Host_instance_shows_a_move_made_on_another()
    {
        var (board, view) = await NewBoardAsync();
        var columns = Columns(view);
        var card = Cards(view).First(c => ColumnOf(c) == Id(columns[0]));
        var (second, other) = await fixture.SecondInstanceAsync();
        await using var _ = second;
        using var __ = other;
        // A new instance reads recently used boards into its cache before it reports ready.
        var health = await Eventually.Get(
            async () => JsonNode.Parse(await (await other.GetAsync("/health")).Content.ReadAsStringAsync())!.AsObject(),
            h => (string?)h["entries"]?["boards-warm-up"]?["status"] == "Healthy");
        ((string?)health["entries"]!["boards-warm-up"]!["status"]).ShouldBe("Healthy");
        ColumnOf(CardIn(await ViewAsync(other, board), Key(card))).ShouldBe(Id(columns[0]));

        var moved = await MoveAsync(fixture.Admin, board, Key(card), new { columnId = Id(columns[1]) });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());

        ColumnOf(CardIn(await ViewAsync(other, board), Key(card))).ShouldBe(Id(columns[1]));
        ColumnOf(CardIn(await ViewAsync(fixture.Admin, board), Key(card))).ShouldBe(Id(columns[1]));
    }

    [Fact]
    public async Task A_PSA_change_through_a_callback_shows_on_the_next_whole_board_read()
    {
        var (board, view) = await NewBoardAsync();
        var columns = Columns(view);
        var card = Cards(view).Last(c => ColumnOf(c) == Id(columns[0]));
        var target = columns[2]["statuses"]![0]!;

        var changed = fixture.Simulator.Control.ChangeTicket(PsaKind.ConnectWise, PsaId(card), new TicketChange(Status: (string)target["name"]!));
        changed.Ok.ShouldBeTrue(changed.Body?.ToJsonString());

        var after = await Eventually.Get(() => ViewAsync(fixture.Admin, board), v => Cards(v).Any(c => Key(c) == Key(card) && ColumnOf(c) == Id(columns[2])));
        Columns(after).Single(c => Id(c) == Id(columns[2]))["count"]!.GetValue<int>().ShouldBe(Cards(after).Count(c => ColumnOf(c) == Id(columns[2])));
    }

    [Fact]
    public async Task Removing_a_members_license_hides_their_cards_on_the_next_read_and_restoring_it_brings_them_back()
    {
        var (board, view) = await NewBoardAsync("member");
        var owner = Cards(view).Select(c => c["assigneePsaIds"]!.AsArray()).Where(a => a.Count == 1).Select(a => a[0]!.GetValue<int>())
            .First(m => m != fixture.AdminMemberId);
        var theirs = Cards(view).Where(c => c["assigneePsaIds"]!.AsArray().Select(a => a!.GetValue<int>()).SequenceEqual([owner])).Select(Key).ToList();
        theirs.ShouldNotBeEmpty();
        try
        {
            await LicenseAsync(fixture.Licensed.Where(m => m != owner));
            var without = await ViewAsync(fixture.Admin, board);
            Cards(without).Select(Key).Intersect(theirs).ShouldBeEmpty();
        }
        finally
        {
            await LicenseAsync(fixture.Licensed);
        }

        theirs.Except(Cards(await ViewAsync(fixture.Admin, board)).Select(Key)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Editing_a_board_shows_the_new_definition_on_the_next_read()
    {
        var (board, view) = await NewBoardAsync();
        var definition = (await fixture.Admin.GetJsonAsync<JsonObject>($"/api/boards/{board}/definition"))["definition"]!.AsObject();
        definition["name"] = $"Renamed {Guid.NewGuid():N}"[..20];
        definition["swimlane"] = "priority";
        var saved = await fixture.Admin.PutAsync($"/api/boards/{board}", definition);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());

        var after = await ViewAsync(fixture.Admin, board);
        after["name"]!.GetValue<string>().ShouldBe(definition["name"]!.GetValue<string>());
        after["swimlane"]!.GetValue<string>().ShouldBe("priority");
        Cards(after).Select(c => c["laneKey"]!.GetValue<string>()).ShouldAllBe(k => k == "none" || k.StartsWith("priority-"));
        Cards(after).Count.ShouldBe(Cards(view).Count);
    }

    [Fact]
    public async Task A_client_that_takes_gzip_gets_the_same_board_compressed_and_a_filtered_read_only_the_matching_cards()
    {
        var (board, view) = await NewBoardAsync();
        using var handler = new HttpClientHandler { CookieContainer = fixture.Admin.Cookies, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None };
        using var raw = new HttpClient(handler) { BaseAddress = fixture.App.BaseAddress };
        raw.DefaultRequestHeaders.Host = fixture.Admin.DefaultHeaders.Host;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/boards/{board}/view");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await raw.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldContain("gzip");
        await using var unzipped = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var zipped = (await JsonNode.ParseAsync(unzipped))!.AsObject();
        Cards(zipped).Select(Key).ShouldBe(Cards(view).Select(Key));

        var company = Cards(view).Select(c => c["companyPsaId"]).First(c => c is not null)!.GetValue<int>();
        var filtered = await ViewAsync(fixture.Admin, board, $"?company={company}");
        Cards(filtered).ShouldNotBeEmpty();
        Cards(filtered).ShouldAllBe(c => c["companyPsaId"]!.GetValue<int>() == company);
        Cards(filtered).Count.ShouldBe(Cards(view).Count(c => c["companyPsaId"] != null && c["companyPsaId"]!.GetValue<int>() == company));
        view["companies"]!.AsArray().Select(c => c!["psaId"]!.GetValue<int>()).Order()
            .ShouldBe(Cards(view).Select(c => c["companyPsaId"]).Where(c => c is not null).Select(c => c!.GetValue<int>()).Distinct().Order());
    }

    private async Task LicenseAsync(IEnumerable<int> members)
    {
        var saved = await fixture.Admin.PutAsync("/api/licensing/members", new { selectedPsaIds = members.ToList(), sendInvitations = false });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private static JsonObject CardIn(JsonObject view, string key) => Cards(view).Single(c => Key(c) == key);

    private async Task<(Guid Board, JsonObject View)> NewBoardAsync(string swimlane = "none")
    {
        var psaBoard = fixture.SimulatorTickets().Values.GroupBy(t => t.BoardId).OrderByDescending(g => g.Count()).First().Key;
        var created = await CreateAsync(fixture.Admin, Definition($"Cache {Guid.NewGuid():N}"[..16], psaBoard, swimlane));
        return (Id(created), await ViewAsync(fixture.Admin, Id(created)));
    }
}
