using System.Net;
using TopLeft.PsaSimulator.ConnectWise.Conditions;
using TopLeft.PsaSimulator.ConnectWise.Model;

namespace TopLeft.PsaSimulator.Tests.ConnectWise;

public sealed class CwConditionTests
{
    private static readonly CwTicket Ticket = new()
    {
        Id = 42,
        Summary = "Printer [2F] offline",
        Board = new CwRef { Id = 4, Name = "Service Desk" },
        Status = new CwRef { Id = 17, Name = "In Progress" },
        ClosedFlag = false,
        BudgetHours = 2.5m,
        Info = new CwInfo { LastUpdated = new DateTime(2024, 5, 2, 10, 0, 0, DateTimeKind.Utc) },
    };

    [Theory]
    [InlineData("closedFlag=false", true)]
    [InlineData("closedFlag = False", true)]
    [InlineData("closedFlag=true", false)]
    [InlineData("board/id in (1,4)", true)]
    [InlineData("board/id not in (1,4)", false)]
    [InlineData("status/name = \"in progress\"", true)]
    [InlineData("status/name != \"In Progress\"", false)]
    [InlineData("summary like \"Printer*\"", true)]
    [InlineData("summary like \"*offline\"", true)]
    [InlineData("summary like \"Scanner*\"", false)]
    [InlineData("summary contains \"[[]2F]\"", true)]
    [InlineData("lastUpdated > [2024-05-01T00:00:00Z]", true)]
    [InlineData("_info/lastUpdated <= [2024-05-01T00:00:00Z]", false)]
    [InlineData("budgetHours >= 2.5 and budgetHours < 3", true)]
    [InlineData("closedFlag=true or (board/id=4 and status/id=17)", true)]
    [InlineData("not (board/id=4)", false)]
    [InlineData("contact/id = null", true)]
    [InlineData("owner/identifier != null", false)]
    [InlineData("id=42 AND (status/id=1 OR status/id=17)", true)]
    public void Conditions_filter_like_ConnectWise(string conditions, bool matches)
    {
        var predicate = CwConditionParser.Parse(conditions, typeof(CwTicket));

        predicate(Ticket).ShouldBe(matches);
    }

    [Theory]
    [InlineData("closedFlag=")]
    [InlineData("(board/id=1")]
    [InlineData("nosuchfield=1")]
    [InlineData("summary like")]
    [InlineData("lastUpdated > [yesterday]")]
    public void Malformed_conditions_are_rejected(string conditions) =>
        Should.Throw<CwConditionException>(() => CwConditionParser.Parse(conditions, typeof(CwTicket)));
}

public sealed class CwConditionEndpointTests : TestSimulator
{
    [Fact]
    public async Task Bad_conditions_return_400_with_the_error_envelope()
    {
        using var client = ConnectWise();

        using var response = await client.GetAsync("service/tickets?conditions=nosuch=1");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Json())["code"]!.GetValue<string>().ShouldBe("InvalidObject");
    }

    [Fact]
    public async Task Conditions_on_the_wire_match_the_count_endpoint_and_search()
    {
        using var client = ConnectWise();
        const string conditions = "closedFlag=false and board/id in (1,2) and lastUpdated>[2025-12-01T00:00:00Z]";

        var count = (await client.GetJson($"service/tickets/count?conditions={Uri.EscapeDataString(conditions)}"))["count"]!.GetValue<int>();
        var listed = await client.GetJson($"service/tickets?pageSize=1000&conditions={Uri.EscapeDataString(conditions)}");
        using var searched = await client.PostJson("service/tickets/search?pageSize=1000", $$"""{"conditions":"{{conditions}}"}""");

        count.ShouldBeGreaterThan(0);
        listed.AsArray().Count.ShouldBe(count);
        (await searched.Json()).AsArray().Count.ShouldBe(count);
        listed.AsArray().ShouldAllBe(t => !t!["closedFlag"]!.GetValue<bool>() && t["board"]!["id"]!.GetValue<int>() <= 2);
    }
}

public sealed class CwIdListTests : TestSimulator
{
    protected override SimulatorOptions Options()
    {
        var options = SmallOptions();
        options.Tickets = 400;
        return options;
    }

    [Fact]
    public async Task An_id_in_list_on_the_tickets_endpoint_returns_exactly_the_listed_tickets_that_exist()
    {
        using var client = ConnectWise();
        var all = (await client.GetJson("service/tickets?pageSize=1000")).AsArray().Select(t => t!["id"]!.GetValue<int>()).ToList();
        var wanted = all.Where((_, i) => i % 2 == 0).Take(100).ToList();
        var conditions = $"id in ({string.Join(',', wanted.Append(999_999))})";

        var listed = await client.GetJson($"service/tickets?pageSize=1000&conditions={Uri.EscapeDataString(conditions)}");

        wanted.Count.ShouldBe(100);
        listed.AsArray().Select(t => t!["id"]!.GetValue<int>()).Order().ShouldBe(wanted.Order());
    }

    [Fact]
    public async Task An_id_in_list_stays_within_the_endpoint_and_pages_in_id_order()
    {
        using var client = ConnectWise();
        var service = (await client.GetJson("service/tickets?pageSize=1000&conditions=" + Uri.EscapeDataString("recordType=\"ServiceTicket\"")))
            .AsArray().Select(t => t!["id"]!.GetValue<int>()).Take(30).ToList();
        var ids = string.Join(',', service.AsEnumerable().Reverse());

        (await client.GetJson($"project/tickets?conditions={Uri.EscapeDataString($"id in ({ids})")}")).AsArray().ShouldBeEmpty();
        var second = await client.GetJson($"service/tickets?pageSize=10&page=2&conditions={Uri.EscapeDataString($"id in ({ids})")}");
        second.AsArray().Select(t => t!["id"]!.GetValue<int>()).ShouldBe(service.Order().Skip(10).Take(10));
    }

    [Fact]
    public async Task Forward_only_pages_of_an_id_in_list_continue_after_their_page_id_within_the_list()
    {
        using var client = ConnectWise();
        var service = (await client.GetJson("service/tickets?pageSize=1000&conditions=" + Uri.EscapeDataString("recordType=\"ServiceTicket\"")))
            .AsArray().Select(t => t!["id"]!.GetValue<int>()).Take(25).Order().ToList();
        var conditions = Uri.EscapeDataString($"id in ({string.Join(',', service.AsEnumerable().Reverse())})");

        var pages = new List<List<int>>();
        var pageId = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"service/tickets?pageSize=10&pageId={pageId}&conditions={conditions}");
            request.Headers.Add("pagination-type", "forward-only");
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            pages.Add([.. (await response.Json()).AsArray().Select(t => t!["id"]!.GetValue<int>())]);
            pageId = pages[^1].LastOrDefault(pageId);
        }
        while (pages[^1].Count == 10);

        pages.Select(p => p.Count).ShouldBe([10, 10, 5]);
        pages.SelectMany(p => p).ShouldBe(service);
    }
}

public sealed class CwChildConditionTests : TestSimulator
{
    [Fact]
    public async Task childConditions_find_a_contact_by_email()
    {
        using var client = ConnectWise();
        var contact = (await client.GetJson("company/contacts?pageSize=1&page=3"))[0]!;
        var email = contact["communicationItems"]!.AsArray().First(c => c!["communicationType"]!.GetValue<string>() == "Email")!["value"]!.GetValue<string>();
        var child = $"communicationItems/value like \"{email}\" AND communicationItems/communicationType=\"Email\"";

        var found = await client.GetJson($"company/contacts?childConditions={Uri.EscapeDataString(child)}");

        found.AsArray().Select(c => c!["id"]!.GetValue<int>()).ShouldBe([contact["id"]!.GetValue<int>()]);
    }
}
