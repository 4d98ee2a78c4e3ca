using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Admin;

namespace TopLeft.PsaSimulator.Tests.Autotask;

public sealed class AtWebhookTests : TestSimulator
{
    private const string Secret = "s3cret-key";

    [Fact]
    public async Task A_status_change_by_another_user_is_delivered_with_a_valid_HMAC()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = Autotask();
        var statusField = await FieldId(client, "status");
        var webhookId = await Register(client, receiver, statusField);
        var ticketId = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"eq","field":"status","value":1}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();

        Sim.Control.ChangeTicket(PsaKind.Autotask, ticketId, new TicketChange(Status: "In Progress")).Ok.ShouldBeTrue();

        var hook = (await receiver.WaitForAsync(1))[0];
        var expected = "sha1=" + Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(Secret), hook.Body));
        hook.Headers["X-Hook-Signature"].ShouldBe(expected);
        var payload = JsonNode.Parse(hook.Body)!;
        payload["Action"]!.GetValue<string>().ShouldBe("Update");
        payload["EntityType"]!.GetValue<string>().ShouldBe("Ticket");
        payload["Id"]!.GetValue<int>().ShouldBe(ticketId);
        payload["Fields"]!["status"]!.GetValue<int>().ShouldBe(8);
        payload["SequenceNumber"]!.GetValue<long>().ShouldBe(1);
        var registered = (await client.GetJson($"TicketWebhooks/{webhookId}"))["item"]!;
        payload["Guid"]!.GetValue<string>().ShouldBe(registered["webhookGUID"]!.GetValue<string>());
    }

    [Fact]
    public async Task Changes_to_unsubscribed_fields_and_by_excluded_resources_are_not_delivered()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = Autotask();
        var webhookId = await Register(client, receiver, await FieldId(client, "status"));
        (await client.PostJson($"TicketWebhooks/{webhookId}/ExcludedResources", $$"""{"resourceID":{{await ApiResource(client)}} }""")).EnsureSuccessStatusCode();
        var ticketId = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"eq","field":"status","value":1}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();

        (await client.PatchJson("Tickets", $$"""{"id":{{ticketId}},"status":8}""")).EnsureSuccessStatusCode();
        Sim.Control.ChangeTicket(PsaKind.Autotask, ticketId, new TicketChange(Summary: "Only the title changed")).Ok.ShouldBeTrue();
        Sim.Control.ChangeTicket(PsaKind.Autotask, ticketId, new TicketChange(Status: "Complete")).Ok.ShouldBeTrue();

        var hooks = await receiver.WaitForAsync(1);
        await Task.Delay(300);
        receiver.Received.Count.ShouldBe(1);
        JsonNode.Parse(hooks[0].Body)!["Fields"]!["status"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task Unicode_and_html_characters_are_escaped_in_the_signed_body()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = Autotask();
        await Register(client, receiver, await FieldId(client, "title"));
        var ticketId = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();

        Sim.Control.ChangeTicket(PsaKind.Autotask, ticketId, new TicketChange(Summary: "Café <printer> & 'scanner'")).Ok.ShouldBeTrue();

        var hook = (await receiver.WaitForAsync(1))[0];
        hook.Text.ShouldContain("\\u00E9");
        hook.Text.ShouldContain("\\u003C");
        JsonNode.Parse(hook.Body)!["Fields"]!["title"]!.GetValue<string>().ShouldBe("Café <printer> & 'scanner'");
    }

    private static async Task<int> FieldId(HttpClient client, string name)
    {
        var fields = (await client.GetJson("Tickets/entityInformation/fields"))["fields"]!.AsArray();
        return fields.Select((f, i) => (f, i)).Single(x => x.f!["name"]!.GetValue<string>() == name).i + 1;
    }

    private static async Task<int> ApiResource(HttpClient client) =>
        (await client.GetJson("Resources/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"eq","field":"userName","value":"api@topleft-sim.example"}]}""")))["items"]![0]!["id"]!.GetValue<int>();

    private static async Task<int> Register(HttpClient client, HookReceiver receiver, int fieldId)
    {
        using var created = await client.PostJson("TicketWebhooks", $$"""
            {"name":"kanban","webhookUrl":"{{receiver.BaseUrl}}/at/hook","deactivationUrl":"{{receiver.BaseUrl}}/at/deact",
             "secretKey":"{{Secret}}","isActive":true,"isSubscribedToCreateEvents":true,"isSubscribedToUpdateEvents":true,
             "isSubscribedToDeleteEvents":true,"sendThresholdExceededNotification":false}
            """);
        created.EnsureSuccessStatusCode();
        var id = (await created.Json())["itemId"]!.GetValue<int>();
        (await client.GetJson($"TicketWebhooks/{id}"))["item"]!["isReady"]!.GetValue<bool>().ShouldBeFalse();
        (await client.PostJson($"TicketWebhooks/{id}/Fields", $$"""{"fieldID":{{fieldId}},"isSubscribedField":true,"isDisplayAlwaysField":false}""")).EnsureSuccessStatusCode();
        (await client.GetJson($"TicketWebhooks/{id}"))["item"]!["isReady"]!.GetValue<bool>().ShouldBeTrue();
        return id;
    }
}
