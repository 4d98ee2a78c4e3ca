using System.Net;
using System.Text.Json.Nodes;

namespace TopLeft.PsaSimulator.Tests.Autotask;

public sealed class AtQueryTests : TestSimulator
{
    protected override SimulatorOptions Options()
    {
        var options = SmallOptions();
        options.Tickets = 1200;
        return options;
    }

    [Fact]
    public async Task Following_nextPageUrl_returns_every_ticket_exactly_once()
    {
        using var client = Autotask();
        const string query = """{"MaxRecords":500,"Filter":[{"op":"gt","field":"id","value":0}]}""";
        var expected = (await (await client.PostJson("Tickets/query/count", query)).Json())["queryCount"]!.GetValue<int>();
        var seen = new List<int>();
        string? next = "Tickets/query";

        while (next is not null)
        {
            using var response = await client.PostJson(next, query);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var page = await response.Json();
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()));
            next = page["pageDetails"]!["nextPageUrl"]?.GetValue<string>();
        }

        expected.ShouldBeGreaterThan(1000);
        seen.Count.ShouldBe(expected);
        seen.Distinct().Count().ShouldBe(expected);
    }

    [Fact]
    public async Task An_in_filter_on_id_returns_exactly_the_listed_tickets_that_exist()
    {
        using var client = Autotask();
        var first = await (await client.PostJson("Tickets/query", """{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":500}""")).Json();
        var wanted = first["items"]!.AsArray().Select(t => t!["id"]!.GetValue<int>()).Where((_, i) => i % 2 == 0).Take(200).ToList();
        var query = new JsonObject
        {
            ["filter"] = new JsonArray(new JsonObject { ["op"] = "in", ["field"] = "id", ["value"] = new JsonArray([.. wanted.Append(999_999).Select(i => (JsonNode)i)]) }),
        };

        var page = await (await client.PostJson("Tickets/query", query.ToJsonString())).Json();

        wanted.Count.ShouldBe(200);
        page["items"]!.AsArray().Select(t => t!["id"]!.GetValue<int>()).Order().ShouldBe(wanted.Order());
    }

    [Fact]
    public async Task An_id_list_pages_in_id_order_and_still_applies_the_other_conditions()
    {
        using var client = Autotask();
        var all = (await (await client.PostJson("Tickets/query", """{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":500}""")).Json())["items"]!
            .AsArray().Select(t => (Id: t!["id"]!.GetValue<int>(), Status: t["status"]!.GetValue<int>())).ToList();
        var status = all[0].Status;
        var listed = all.Where((_, i) => i % 3 == 0).Take(90).ToList();
        var expected = listed.Where(t => t.Status == status).Select(t => t.Id).Order().ToList();
        var query = new JsonObject
        {
            ["filter"] = new JsonArray(
                new JsonObject { ["op"] = "in", ["field"] = "id", ["value"] = new JsonArray([.. listed.Select(t => (JsonNode)t.Id).Reverse()]) },
                new JsonObject { ["op"] = "eq", ["field"] = "status", ["value"] = status }),
            ["maxRecords"] = 5,
        }.ToJsonString();

        var seen = new List<int>();
        string? next = "Tickets/query";
        while (next is not null)
        {
            var page = await (await client.PostJson(next, query)).Json();
            seen.AddRange(page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()));
            next = page["pageDetails"]!["nextPageUrl"]?.GetValue<string>();
        }

        expected.Count.ShouldBeGreaterThan(5);
        seen.ShouldBe(expected);
    }

    [Fact]
    public async Task A_next_url_from_a_POST_query_refuses_GET_with_405_but_accepts_a_bodiless_POST()
    {
        using var client = Autotask();
        var first = await (await client.PostJson("Tickets/query", """{"filter":[{"op":"exist","field":"id"}],"maxRecords":10}""")).Json();
        var next = first["pageDetails"]!["nextPageUrl"]!.GetValue<string>();

        using var get = await client.GetAsync(next);
        using var post = await client.PostAsync(next, null);

        get.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await get.Json())["Message"].ShouldNotBeNull();
        post.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await post.Json())["items"]!.AsArray().Count.ShouldBe(10);
    }

    [Fact]
    public async Task Filters_combine_operators_and_groups()
    {
        using var client = Autotask();
        var query = """
            {"filter":[
              {"op":"noteq","field":"status","value":5},
              {"op":"or","items":[{"op":"eq","field":"queueID","value":29682833},{"op":"in","field":"priority","value":[1,4]}]},
              {"op":"contains","field":"title","value":"e"}],
             "IncludeFields":["id","status","queueID","priority","title"]}
            """;

        var items = (await (await client.PostJson("Tickets/query", query)).Json())["items"]!.AsArray();

        items.Count.ShouldBeGreaterThan(0);
        foreach (var item in items)
        {
            item!.AsObject().Count.ShouldBe(5);
            item["status"]!.GetValue<int>().ShouldNotBe(5);
            (item["queueID"]!.GetValue<int>() == 29682833 || item["priority"]!.GetValue<int>() is 1 or 4).ShouldBeTrue();
            item["title"]!.GetValue<string>().ShouldContain("e", Case.Insensitive);
        }
    }

    [Fact]
    public async Task The_GET_search_form_and_count_agree_with_POST()
    {
        using var client = Autotask();
        const string query = """{"filter":[{"op":"beginsWith","field":"title","value":"[Alert]"}]}""";

        var viaGet = await client.GetJson($"Tickets/query?search={Uri.EscapeDataString(query)}");
        var count = (await (await client.PostJson("Tickets/query/count", query)).Json())["queryCount"]!.GetValue<int>();

        viaGet["items"]!.AsArray().Count.ShouldBe(Math.Min(500, count));
    }

    [Theory]
    [InlineData("""{"filter":[]}""")]
    [InlineData("""{"maxRecords":10}""")]
    [InlineData("""{"filter":[{"op":"eq","field":"nosuchfield","value":1}]}""")]
    [InlineData("""{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":501}""")]
    public async Task Invalid_queries_return_errors(string query)
    {
        using var client = Autotask();

        using var response = await client.PostJson("Tickets/query", query);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Json())["errors"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Picklists_describe_statuses_priorities_and_queues()
    {
        using var client = Autotask();

        var fields = (await client.GetJson("Tickets/entityInformation/fields"))["fields"]!.AsArray();

        JsonNode Field(string name) => fields.Single(f => f!["name"]!.GetValue<string>() == name)!;
        Field("status")["picklistValues"]!.AsArray().ShouldContain(v => v!["value"]!.GetValue<string>() == "5" && v["label"]!.GetValue<string>() == "Complete");
        Field("priority")["isPickList"]!.GetValue<bool>().ShouldBeTrue();
        Field("queueID")["picklistValues"]!.AsArray().Count.ShouldBe(3);
    }
}

public sealed class AtPrevPageTests : TestSimulator
{
    [Fact]
    public async Task prevPageUrl_leads_back_to_the_previous_page()
    {
        using var client = Autotask();
        const string query = """{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":20}""";
        var first = await (await client.PostJson("Tickets/query", query)).Json();
        var second = await (await client.PostJson(first["pageDetails"]!["nextPageUrl"]!.GetValue<string>(), query)).Json();

        var back = await (await client.PostJson(second["pageDetails"]!["prevPageUrl"]!.GetValue<string>(), query)).Json();

        first["pageDetails"]!["prevPageUrl"].ShouldBeNull();
        back["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()).ShouldBe(first["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()));
    }
}
