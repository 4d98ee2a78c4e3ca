using System.Net;
using System.Text.Json.Nodes;

namespace TopLeft.PsaSimulator.Tests.Admin;

public sealed class AdminApiTests : TestSimulator
{
    [Fact]
    public async Task The_demo_page_and_info_are_served()
    {
        using var admin = Admin();

        var page = await admin.GetStringAsync("");
        var info = await admin.GetJson("info");

        page.ShouldContain("PSA simulator");
        info["connectWise"]!["companyId"]!.GetValue<string>().ShouldBe("topleft");
    }

    [Fact]
    public async Task Tickets_can_be_changed_noted_deleted_and_bulk_changed_over_http()
    {
        using var admin = Admin();
        var list = await admin.GetJson("cw/tickets?open=true&take=5");
        var id = list["tickets"]![0]!["id"]!.GetValue<int>();

        using var changed = await admin.PatchJson($"cw/tickets/{id}", """{"summary":"Changed by the dispatcher"}""");
        using var noted = await admin.PostJson($"cw/tickets/{id}/notes", """{"text":"Phoned the client","internal":true}""");
        using var bulk = await admin.PostAsync("at/bulk-changes?count=20&seed=3", null);
        using var deleted = await admin.DeleteAsync($"cw/tickets/{id}");
        using var gone = await admin.GetAsync($"cw/tickets/{id}");

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Json())["summary"]!.GetValue<string>().ShouldBe("Changed by the dispatcher");
        noted.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await bulk.Json())["applied"]!.GetValue<int>().ShouldBeGreaterThan(0);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Companies_and_contacts_can_be_changed_over_http_as_another_user()
    {
        using var admin = Admin();
        var cw = JsonNode.Parse(await admin.GetStringAsync("cw/export"))!;
        var at = JsonNode.Parse(await admin.GetStringAsync("at/export"))!;
        var company = cw["companies"]![1]!["id"]!.GetValue<int>();
        var contact = at["Contacts"]![2]!["id"]!.GetValue<int>();

        using var renamed = await admin.PatchJson($"cw/companies/{company}", """{"name":"Renamed Holdings"}""");
        using var retitled = await admin.PatchJson($"at/Contacts/{contact}", """{"firstName":"Renamed"}""");
        using var unknown = await admin.PatchJson("cw/widgets/1", """{"name":"x"}""");

        renamed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await renamed.Json())["name"]!.GetValue<string>().ShouldBe("Renamed Holdings");
        retitled.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonNode.Parse(await admin.GetStringAsync("at/export"))!["Contacts"]!.AsArray().Single(c => c!["id"]!.GetValue<int>() == contact)!["firstName"]!
            .GetValue<string>().ShouldBe("Renamed");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Faults_can_be_added_and_cleared_over_http()
    {
        using var admin = Admin();
        using var client = ConnectWise();

        using var added = await admin.PostJson("faults", """{"psa":"ConnectWise","kind":"ServerError","statusCode":502,"count":1}""");
        using var failed = await client.GetAsync("service/boards");
        using var cleared = await admin.DeleteAsync("faults");

        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        failed.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        (await admin.GetJson("faults")).AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task The_export_holds_every_record_and_reset_restores_the_seed()
    {
        using var admin = Admin();
        var before = await admin.GetStringAsync("cw/export");
        var ticketId = JsonNode.Parse(before)!["tickets"]![0]!["id"]!.GetValue<int>();
        (await admin.DeleteAsync($"cw/tickets/{ticketId}")).EnsureSuccessStatusCode();

        (await admin.PostAsync("reset", null)).EnsureSuccessStatusCode();
        var after = await admin.GetStringAsync("cw/export");

        after.ShouldBe(before);
        JsonNode.Parse(await admin.GetStringAsync("at/export"))!["Tickets"]!.AsArray().Count.ShouldBe(Sim.Options.Tickets);
    }
}
