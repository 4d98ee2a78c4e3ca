using System.Net;

namespace TopLeft.PsaSimulator.Tests.Autotask;

public sealed class AtWriteTests : TestSimulator
{
    [Fact]
    public async Task Patch_moves_a_ticket_and_stamps_its_activity_dates()
    {
        using var client = Autotask();
        var ticket = (await (await client.PostJson("Tickets/query", """{"filter":[{"op":"eq","field":"status","value":1}],"maxRecords":1}""")).Json())["items"]![0]!;
        var id = ticket["id"]!.GetValue<int>();

        using var response = await client.PatchJson("Tickets", $$"""{"id":{{id}},"status":8}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Json())["itemId"]!.GetValue<int>().ShouldBe(id);
        var after = (await client.GetJson($"Tickets/{id}"))["item"]!;
        after["status"]!.GetValue<int>().ShouldBe(8);
        after["lastActivityDate"]!.GetValue<DateTime>().ShouldBeGreaterThan(ticket["lastActivityDate"]!.GetValue<DateTime>());
        after["lastTrackedModificationDateTime"]!.GetValue<DateTime>().ShouldBe(after["lastActivityDate"]!.GetValue<DateTime>());
    }

    [Fact]
    public async Task Assigning_without_a_role_is_a_data_violation()
    {
        using var client = Autotask();
        var id = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();
        var resource = (await client.GetJson("Resources/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"noteq","field":"userName","value":"api@topleft-sim.example"}],"maxRecords":1}""")))["items"]![0]!;

        using var response = await client.PatchJson("Tickets", $$"""{"id":{{id}},"assignedResourceID":{{resource["id"]}},"assignedResourceRoleID":null}""");

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await response.Json())["errors"]![0]!.GetValue<string>().ShouldContain("assignedResourceRoleID");
    }

    [Fact]
    public async Task A_note_posted_under_impersonation_is_attributed_to_the_resource()
    {
        using var client = Autotask();
        var resource = (await client.GetJson("Resources/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"eq","field":"licenseType","value":1}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();
        var ticketId = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();
        client.DefaultRequestHeaders.Add("ImpersonationResourceId", resource.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var created = await client.PostJson($"Tickets/{ticketId}/Notes", $$"""{"ticketID":{{ticketId}},"title":"Call","description":"Rebooted the switch & <router>","noteType":1,"publish":1}""");

        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var noteId = (await created.Json())["itemId"]!.GetValue<int>();
        var note = (await client.GetJson($"Tickets/{ticketId}/Notes/{noteId}"))["item"]!;
        note["creatorResourceID"]!.GetValue<int>().ShouldBe(resource);
        note["impersonatorCreatorResourceID"]!.GetValue<int>().ShouldNotBe(resource);
        note["description"]!.GetValue<string>().ShouldBe("Rebooted the switch & <router>");
        var listed = await client.GetJson($"Tickets/{ticketId}/Notes");
        listed["items"]!.AsArray().ShouldContain(n => n!["id"]!.GetValue<int>() == noteId);
    }

    [Fact]
    public async Task Tickets_cannot_be_deleted_through_the_API_but_time_entries_can()
    {
        using var client = Autotask();
        var entry = (await client.GetJson("TimeEntries/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"exist","field":"ticketID"}],"maxRecords":1}""")))["items"]![0]!;

        using var ticketDelete = await client.DeleteAsync($"Tickets/{entry["ticketID"]}");
        using var entryDelete = await client.DeleteAsync($"TimeEntries/{entry["id"]}");

        ticketDelete.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        entryDelete.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetJson($"TimeEntries/{entry["id"]}"))["item"].ShouldBeNull();
    }

    [Fact]
    public async Task An_admin_delete_is_visible_in_DeletedTicketLogs()
    {
        using var client = Autotask();
        var id = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();

        Sim.Control.Delete(PsaSimulator.Admin.PsaKind.Autotask, "Tickets", id).Status.ShouldBe(204);

        var logs = await client.GetJson("DeletedTicketLogs/query?search=" + Uri.EscapeDataString($$"""{"filter":[{"op":"eq","field":"ticketID","value":{{id}} }]}"""));
        logs["items"]!.AsArray().Count.ShouldBe(1);
    }
}
