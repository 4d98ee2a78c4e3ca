using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Admin;

namespace TopLeft.PsaSimulator.Tests.Autotask;

public sealed class AtWebhookDeliveryTests : TestSimulator
{
    protected override SimulatorOptions Options()
    {
        var options = SmallOptions();
        options.DeliveryTimeScale = 0.002;
        return options;
    }

    [Fact]
    public async Task A_failing_receiver_gets_five_attempts_and_the_failure_is_logged()
    {
        await using var receiver = await HookReceiver.StartAsync();
        receiver.ResponseStatus = 500;
        using var client = Autotask();
        using var created = await client.PostJson("TicketNoteWebhooks", $$"""
            {"name":"notes","webhookUrl":"{{receiver.BaseUrl}}/hook","deactivationUrl":"{{receiver.BaseUrl}}/deact","secretKey":"k",
             "isActive":true,"isSubscribedToCreateEvents":true}
            """);
        var webhookId = (await created.Json())["itemId"]!.GetValue<int>();
        (await client.PostJson($"TicketNoteWebhooks/{webhookId}/Fields", """{"fieldID":1,"isSubscribedField":true}""")).EnsureSuccessStatusCode();
        var ticketId = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();

        Sim.Control.AddNote(PsaKind.Autotask, ticketId, new NoteRequest("Parts ordered")).Ok.ShouldBeTrue();

        var attempts = await receiver.WaitForAsync(5);
        attempts.Select(a => a.Text).Distinct().Count().ShouldBe(1);
        JsonNode.Parse(attempts[0].Body)!["EntityType"]!.GetValue<string>().ShouldBe("TicketNote");
        JsonNode? logs = null;
        for (var i = 0; i < 100 && (logs?["items"]!.AsArray().Count ?? 0) == 0; i++)
        {
            await Task.Delay(50);
            logs = await client.GetJson("WebhookEventErrorLogs/query?search=" + Uri.EscapeDataString($$"""{"filter":[{"op":"eq","field":"ticketNoteWebhookID","value":{{webhookId}} }]}"""));
        }

        logs!["items"]!.AsArray().Count.ShouldBe(1);
    }
}
