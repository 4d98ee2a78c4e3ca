using System.Net;

namespace TopLeft.PsaSimulator.Tests.ConnectWise;

public sealed class CwMoreTests : TestSimulator
{
    [Fact]
    public async Task A_cloud_codebase_serves_the_same_api()
    {
        using var client = ConnectWise();
        client.BaseAddress = new Uri($"{Sim.BaseUrl}/v2025_1/apis/3.0/");

        var boards = await client.GetJson("service/boards");

        boards.AsArray().Select(b => b!["name"]!.GetValue<string>()).ShouldBe(["Service Desk", "Monitoring", "Projects"]);
    }

    [Fact]
    public async Task Board_statuses_carry_column_order_and_closed_flags()
    {
        using var client = ConnectWise();

        var statuses = (await client.GetJson("service/boards/1/statuses?orderBy=sortOrder asc")).AsArray();

        statuses.Select(s => s!["name"]!.GetValue<string>()).ShouldContain("Waiting on Client");
        statuses.Where(s => s!["closedStatus"]!.GetValue<bool>()).Select(s => s!["name"]!.GetValue<string>()).ShouldBe(["Completed", "Closed"], ignoreOrder: true);
        statuses.Select(s => s!["board"]!["id"]!.GetValue<int>()).Distinct().ShouldBe([1]);
    }

    [Fact]
    public async Task A_project_ticket_is_created_on_the_project_board_and_listed_in_both_collections()
    {
        using var client = ConnectWise();
        var phase = (await client.GetJson("project/projects/301/phases"))[0]!;

        using var created = await client.PostJson("project/tickets", $$"""{"summary":"Cable the new office","phase":{"id":{{phase["id"]}} } }""");

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var ticket = await created.Json();
        ticket["recordType"]!.GetValue<string>().ShouldBe("ProjectTicket");
        ticket["project"]!["id"]!.GetValue<int>().ShouldBe(301);
        (await client.GetJson($"service/tickets/{ticket["id"]}"))["summary"]!.GetValue<string>().ShouldBe("Cable the new office");
        (await client.GetJson($"project/tickets?conditions=id={ticket["id"]}")).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Put_replaces_the_ticket_and_resets_omitted_fields()
    {
        using var client = ConnectWise();
        var ticket = (await client.GetJson("service/tickets?pageSize=1&conditions=owner/id!=null and board/id=1"))[0]!;

        using var response = await client.PutAsync($"service/tickets/{ticket["id"]}",
            JsonHelpers.Body($$"""{"summary":"Replaced","company":{"id":{{ticket["company"]!["id"]}} },"board":{"id":1} }"""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var replaced = await response.Json();
        replaced["summary"]!.GetValue<string>().ShouldBe("Replaced");
        replaced["owner"].ShouldBeNull();
        replaced["status"]!["name"]!.GetValue<string>().ShouldBe("New");
    }

    [Fact]
    public async Task A_board_level_callback_only_hears_its_board()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = ConnectWise();
        (await client.PostJson("system/callbacks", $$"""{"url":"{{receiver.BaseUrl}}/cw?id=","type":"ticket","level":"board","objectId":2}""")).EnsureSuccessStatusCode();
        var onBoard1 = (await client.GetJson("service/tickets?pageSize=1&conditions=board/id=1"))[0]!["id"]!.GetValue<int>();
        var onBoard2 = (await client.GetJson("service/tickets?pageSize=1&conditions=board/id=2"))[0]!["id"]!.GetValue<int>();

        (await client.PatchJson($"service/tickets/{onBoard1}", """[{"op":"replace","path":"summary","value":"one"}]""")).EnsureSuccessStatusCode();
        (await client.PatchJson($"service/tickets/{onBoard2}", """[{"op":"replace","path":"summary","value":"two"}]""")).EnsureSuccessStatusCode();

        var hooks = await receiver.WaitForAsync(1);
        await Task.Delay(300);
        receiver.Received.Count.ShouldBe(1);
        System.Text.Json.Nodes.JsonNode.Parse(hooks[0].Body)!["ID"]!.GetValue<int>().ShouldBe(onBoard2);
    }
}
