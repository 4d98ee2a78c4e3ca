using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Admin;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Tests.ConnectWise;

public sealed class CwCallbackTests : TestSimulator
{
    [Fact]
    public async Task A_registered_callback_receives_a_signed_payload_when_another_user_moves_a_ticket()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = ConnectWise();
        using var registration = await client.PostJson("system/callbacks",
            $$"""{"description":"kanban ticket feed","url":"{{receiver.BaseUrl}}/cw/callback?tenant=7&recordId=","type":"ticket","level":"owner","objectId":1,"inactiveFlag":false}""");
        registration.StatusCode.ShouldBe(HttpStatusCode.Created);
        var callbackId = (await registration.Json())["id"]!.GetValue<int>();
        var ticket = (await client.GetJson("service/tickets?pageSize=1&conditions=closedFlag=false"))[0]!;
        var ticketId = ticket["id"]!.GetValue<int>();

        Sim.Control.ChangeTicket(PsaKind.ConnectWise, ticketId, new TicketChange(Status: "Waiting on Client")).Ok.ShouldBeTrue();

        var hook = (await receiver.WaitForAsync(1))[0];
        hook.PathAndQuery.ShouldEndWith($"recordId={ticketId}");
        var payload = JsonNode.Parse(hook.Body)!;
        payload["Action"]!.GetValue<string>().ShouldBe("updated");
        payload["Type"]!.GetValue<string>().ShouldBe("ticket");
        payload["ID"]!.GetValue<int>().ShouldBe(ticketId);
        payload["CallbackObjectRecId"]!.GetValue<int>().ShouldBe(callbackId);
        var entity = JsonNode.Parse(payload["Entity"]!.GetValue<string>())!;
        entity["status"]!["name"]!.GetValue<string>().ShouldBe("Waiting on Client");
        using var anonymous = new HttpClient();
        var key = (await anonymous.GetJson(payload["Metadata"]!["key_url"]!.GetValue<string>()))["signing_key"]!.GetValue<string>();
        var expected = Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes(key)), hook.Body));
        hook.Headers["x-content-signature"].ShouldBe(expected);
    }

    [Fact]
    public async Task A_deleted_ticket_sends_deleted_with_a_null_entity()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = ConnectWise();
        (await client.PostJson("system/callbacks", $$"""{"url":"{{receiver.BaseUrl}}/cw?id=","type":"ticket","level":"owner","objectId":1}""")).EnsureSuccessStatusCode();
        var ticketId = (await client.GetJson("service/tickets?pageSize=1"))[0]!["id"]!.GetValue<int>();

        Sim.Control.Delete(PsaKind.ConnectWise, "tickets", ticketId).Ok.ShouldBeTrue();

        var payload = JsonNode.Parse((await receiver.WaitForAsync(1))[0].Body)!;
        payload["Action"]!.GetValue<string>().ShouldBe("deleted");
        payload["Entity"].ShouldBeNull();
    }

    [Fact]
    public async Task A_duplicate_delivery_fault_sends_the_same_message_twice()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = ConnectWise();
        (await client.PostJson("system/callbacks", $$"""{"url":"{{receiver.BaseUrl}}/cw?id=","type":"ticket","level":"owner","objectId":1}""")).EnsureSuccessStatusCode();
        var ticketId = (await client.GetJson("service/tickets?pageSize=1&conditions=closedFlag=false"))[0]!["id"]!.GetValue<int>();
        Sim.AddFault(new FaultRule { Psa = FaultPsa.ConnectWise, Kind = FaultKind.DuplicateDelivery, Count = 1 });

        Sim.Control.AddNote(PsaKind.ConnectWise, ticketId, new NoteRequest("Customer called back", FromCustomer: true)).Ok.ShouldBeTrue();

        var hooks = await receiver.WaitForAsync(2);
        JsonNode.Parse(hooks[0].Body)!["MessageId"]!.GetValue<string>().ShouldBe(JsonNode.Parse(hooks[1].Body)!["MessageId"]!.GetValue<string>());
        var entity = JsonNode.Parse(JsonNode.Parse(hooks[0].Body)!["Entity"]!.GetValue<string>())!;
        entity["customerUpdatedFlag"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Callbacks_are_retried_on_429_and_not_on_500()
    {
        await using var receiver = await HookReceiver.StartAsync();
        receiver.ResponseStatus = 429;
        using var client = ConnectWise();
        (await client.PostJson("system/callbacks", $$"""{"url":"{{receiver.BaseUrl}}/cw?id=","type":"ticket","level":"owner","objectId":1}""")).EnsureSuccessStatusCode();
        var ticketId = (await client.GetJson("service/tickets?pageSize=1&conditions=closedFlag=false"))[0]!["id"]!.GetValue<int>();

        Sim.Control.ChangeTicket(PsaKind.ConnectWise, ticketId, new TicketChange(Summary: "Retry me")).Ok.ShouldBeTrue();
        await receiver.WaitForAsync(3);
        receiver.ResponseStatus = 500;
        Sim.Control.ChangeTicket(PsaKind.ConnectWise, ticketId, new TicketChange(Summary: "Do not retry me")).Ok.ShouldBeTrue();
        await receiver.WaitForAsync(4);
        await Task.Delay(600);

        receiver.Received.Count.ShouldBe(4);
        Sim.Deliveries.Select(d => d.Attempts.Count).ShouldBe([3, 1]);
    }
}

public sealed class CwSelfSuppressedCallbackTests : TestSimulator
{
    [Fact]
    public async Task A_self_suppressed_callback_skips_the_API_members_own_writes()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = ConnectWise();
        (await client.PostJson("system/callbacks", $$"""{"url":"{{receiver.BaseUrl}}/cw?id=","type":"ticket","level":"owner","objectId":1,"isSelfSuppressedFlag":true}""")).EnsureSuccessStatusCode();
        var ticketId = (await client.GetJson("service/tickets?pageSize=1&conditions=closedFlag=false"))[0]!["id"]!.GetValue<int>();

        (await client.PatchJson($"service/tickets/{ticketId}", """[{"op":"replace","path":"summary","value":"Mine"}]""")).EnsureSuccessStatusCode();
        Sim.Control.ChangeTicket(TopLeft.PsaSimulator.Admin.PsaKind.ConnectWise, ticketId, new TopLeft.PsaSimulator.Admin.TicketChange(Summary: "Theirs")).Ok.ShouldBeTrue();

        var hooks = await receiver.WaitForAsync(1);
        await Task.Delay(300);
        receiver.Received.Count.ShouldBe(1);
        System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.Nodes.JsonNode.Parse(hooks[0].Body)!["Entity"]!.GetValue<string>())!["summary"]!.GetValue<string>().ShouldBe("Theirs");
    }
}
