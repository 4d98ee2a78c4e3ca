using System.Net;

namespace TopLeft.PsaSimulator.Tests.ConnectWise;

public sealed class CwPagingTests : TestSimulator
{
    [Fact]
    public async Task Following_Link_next_returns_every_ticket_exactly_once()
    {
        using var client = ConnectWise();
        var expected = (await client.GetJson("service/tickets/count"))["count"]!.GetValue<int>();
        var seen = new List<int>();
        string? url = "service/tickets?pageSize=40&orderBy=summary asc";

        while (url is not null)
        {
            using var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            seen.AddRange((await response.Json()).AsArray().Select(t => t!["id"]!.GetValue<int>()));
            url = response.NextLink();
        }

        seen.Count.ShouldBe(expected);
        seen.Distinct().Count().ShouldBe(expected);
    }

    [Fact]
    public async Task Forward_only_paging_returns_every_matching_ticket_once_in_id_order()
    {
        using var client = ConnectWise();
        client.DefaultRequestHeaders.Add("pagination-type", "forward-only");
        var expected = (await client.GetJson("service/tickets/count?conditions=closedFlag=false")).AsObject()["count"]!.GetValue<int>();
        var seen = new List<int>();
        string? url = "service/tickets?pageSize=25&conditions=closedFlag=false&fields=id,closedFlag";

        // Forward-only always links a next page, so a client stops on a short page.
        while (url is not null)
        {
            using var response = await client.GetAsync(url);
            var page = (await response.Json()).AsArray();
            page.ShouldAllBe(t => t!["closedFlag"]!.GetValue<bool>() == false);
            seen.AddRange(page.Select(t => t!["id"]!.GetValue<int>()));
            url = page.Count < 25 ? null : response.NextLink().ShouldNotBeNull();
        }

        seen.Count.ShouldBe(expected);
        seen.ShouldBeInOrder();
        seen.Distinct().Count().ShouldBe(expected);
    }

    [Fact]
    public async Task Forward_only_paging_refuses_orderBy()
    {
        using var client = ConnectWise();
        client.DefaultRequestHeaders.Add("pagination-type", "forward-only");

        using var response = await client.GetAsync("service/tickets?orderBy=id desc");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Page_size_is_capped_at_1000()
    {
        using var client = ConnectWise();

        var page = await client.GetJson("service/tickets?pageSize=5000");

        page.AsArray().Count.ShouldBe(Math.Min(1000, (await client.GetJson("service/tickets/count"))["count"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Fields_projects_nested_paths()
    {
        using var client = ConnectWise();

        var ticket = (await client.GetJson("service/tickets?pageSize=1&fields=id,status/id,_info/lastUpdated"))[0]!.AsObject();

        ticket.Select(p => p.Key).ShouldBe(["id", "status", "_info"], ignoreOrder: true);
        ticket["status"]!.AsObject().Select(p => p.Key).ShouldBe(["id"]);
    }
}
