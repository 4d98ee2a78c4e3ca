using System.Net;

namespace TopLeft.PsaSimulator.Tests.ConnectWise;

public sealed class CwWriteTests : TestSimulator
{
    [Fact]
    public async Task Json_patch_moves_a_ticket_to_another_status_of_its_board()
    {
        using var client = ConnectWise();
        var ticket = (await client.GetJson("service/tickets?pageSize=1&conditions=closedFlag=false"))[0]!;
        var boardId = ticket["board"]!["id"]!.GetValue<int>();
        var target = (await client.GetJson($"service/boards/{boardId}/statuses?conditions=closedStatus=true"))[0]!;

        using var response = await client.PatchJson($"service/tickets/{ticket["id"]}",
            $$"""[{"op":"replace","path":"status","value":{"id":{{target["id"]}} } }]""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var updated = await response.Json();
        updated["status"]!["id"]!.GetValue<int>().ShouldBe(target["id"]!.GetValue<int>());
        updated["status"]!["name"]!.GetValue<string>().ShouldBe(target["name"]!.GetValue<string>());
        updated["closedFlag"]!.GetValue<bool>().ShouldBeTrue();
        updated["_info"]!["lastUpdated"]!.GetValue<DateTime>().ShouldBeGreaterThan(ticket["_info"]!["lastUpdated"]!.GetValue<DateTime>());
    }

    [Fact]
    public async Task A_status_from_another_board_is_refused_with_400_InvalidObject()
    {
        using var client = ConnectWise();
        var ticket = (await client.GetJson("service/tickets?pageSize=1&conditions=board/id=1"))[0]!;
        var foreign = (await client.GetJson("service/boards/2/statuses"))[0]!;

        using var response = await client.PatchJson($"service/tickets/{ticket["id"]}",
            $$"""[{"op":"replace","path":"status/id","value":{{foreign["id"]}}}]""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await response.Json();
        error["code"]!.GetValue<string>().ShouldBe("InvalidObject");
        error["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("status");
        (await client.GetJson($"service/tickets/{ticket["id"]}"))["status"]!["id"]!.GetValue<int>()
            .ShouldBe(ticket["status"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task Notes_time_entries_and_schedule_entries_are_created_and_reflected_on_the_ticket()
    {
        using var client = ConnectWise();
        var ticket = (await client.GetJson("service/tickets?pageSize=1&conditions=closedFlag=false"))[0]!;
        var id = ticket["id"]!.GetValue<int>();
        var member = (await client.GetJson("system/members?pageSize=1&orderBy=id desc"))[0]!["identifier"]!.GetValue<string>();

        using var note = await client.PostJson($"service/tickets/{id}/notes", """{"text":"Rebooted switch","internalAnalysisFlag":true}""");
        using var time = await client.PostJson("time/entries", $$"""{"chargeToId":{{id}},"chargeToType":"ServiceTicket","member":{"identifier":"{{member}}"},"timeStart":"2026-03-01T09:00:00Z","timeEnd":"2026-03-01T10:30:00Z","notes":"Onsite"}""");
        using var schedule = await client.PostJson("schedule/entries", $$"""{"objectId":{{id}},"type":{"identifier":"S"},"member":{"identifier":"{{member}}"} }""");

        note.StatusCode.ShouldBe(HttpStatusCode.Created);
        time.StatusCode.ShouldBe(HttpStatusCode.Created);
        schedule.StatusCode.ShouldBe(HttpStatusCode.Created);
        var notes = await client.GetJson($"service/tickets/{id}/notes");
        notes.AsArray().ShouldContain(n => n!["text"]!.GetValue<string>() == "Rebooted switch" && n["internalAnalysisFlag"]!.GetValue<bool>());
        var entries = await client.GetJson($"time/entries?conditions=chargeToType=\"ServiceTicket\" and chargeToId={id}");
        entries.AsArray().ShouldContain(e => e!["actualHours"]!.GetValue<decimal>() == 1.5m);
        var after = await client.GetJson($"service/tickets/{id}");
        after["resources"]!.GetValue<string>().ShouldContain(member);
        after["actualHours"]!.GetValue<decimal>().ShouldBeGreaterThanOrEqualTo(1.5m);
    }

    [Fact]
    public async Task Delete_returns_204_and_the_ticket_is_gone()
    {
        using var client = ConnectWise();
        var id = (await client.GetJson("service/tickets?pageSize=1"))[0]!["id"]!.GetValue<int>();

        using var deleted = await client.DeleteAsync($"service/tickets/{id}");
        using var read = await client.GetAsync($"service/tickets/{id}");

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_ticket_without_summary_is_refused()
    {
        using var client = ConnectWise();

        using var response = await client.PostJson("service/tickets", """{"company":{"id":250}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Json())["errors"]![0]!["field"]!.GetValue<string>().ShouldBe("summary");
    }
}
