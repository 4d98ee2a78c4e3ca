using System.Net;

namespace TopLeft.PsaSimulator.Tests.ConnectWise;

public sealed class CwAuthTests : TestSimulator
{
    [Fact]
    public async Task A_call_without_clientId_is_refused_with_the_error_envelope()
    {
        using var client = ConnectWise();
        client.DefaultRequestHeaders.Remove("clientId");

        using var response = await client.GetAsync("service/tickets");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var body = await response.Json();
        body["code"]!.GetValue<string>().ShouldBe("Unauthorized");
        body["message"]!.GetValue<string>().ShouldContain("clientId");
    }

    [Fact]
    public async Task Wrong_keys_are_refused_as_not_authenticated()
    {
        using var client = ConnectWise(privateKey: "wrong");

        using var response = await client.GetAsync("service/tickets");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Json())["message"]!.GetValue<string>().ShouldBe("UserNotAuthenticated");
    }

    [Fact]
    public async Task Valid_keys_and_clientId_read_tickets()
    {
        using var client = ConnectWise();

        using var response = await client.GetAsync("service/tickets");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Json()).AsArray().Count.ShouldBe(25);
    }

    [Fact]
    public async Task Company_info_needs_no_auth_and_names_the_codebase()
    {
        using var client = new HttpClient();

        var info = await client.GetJson($"{Sim.BaseUrl}/login/companyinfo/{Sim.Options.ConnectWiseCompanyId}");

        info["Codebase"]!.GetValue<string>().ShouldBe("v4_6_release/");
    }

    [Fact]
    public async Task Impersonation_keys_attribute_writes_to_the_member()
    {
        using var api = ConnectWise();
        var member = (await api.GetJson("system/members?pageSize=1"))[0]!;
        var identifier = member["identifier"]!.GetValue<string>();
        using var tokenResponse = await api.PostJson($"system/members/{identifier}/tokens", $$"""{"memberIdentifier":"{{identifier}}"}""");
        var token = await tokenResponse.Json();
        using var impersonated = ConnectWise(token["publicKey"]!.GetValue<string>(), token["privateKey"]!.GetValue<string>());
        var ticketId = (await api.GetJson("service/tickets?pageSize=1"))[0]!["id"]!.GetValue<int>();

        using var noteResponse = await impersonated.PostJson($"service/tickets/{ticketId}/notes", """{"text":"Rebooted switch","detailDescriptionFlag":true}""");

        noteResponse.StatusCode.ShouldBe(HttpStatusCode.Created);
        var note = await noteResponse.Json();
        note["member"]!["identifier"]!.GetValue<string>().ShouldBe(identifier);
        note["_info"]!["updatedBy"]!.GetValue<string>().ShouldBe(identifier);
    }
}
