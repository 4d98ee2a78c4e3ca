using System.Net;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Tests.Faults;

public sealed class FaultInjectionTests : TestSimulator
{
    [Fact]
    public async Task A_scripted_429_carries_Retry_After_and_the_ConnectWise_throttle_body_then_calls_succeed()
    {
        Sim.AddFault(new FaultRule { Psa = FaultPsa.ConnectWise, Kind = FaultKind.TooManyRequests, Path = "*/service/tickets*", Count = 2, RetryAfterSeconds = 7 });
        using var client = ConnectWise();

        using var first = await client.GetAsync("service/tickets");
        using var second = await client.GetAsync("service/tickets");
        using var third = await client.GetAsync("service/tickets");

        first.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        first.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(7));
        (await first.Json())["message"]!.GetValue<string>().ShouldContain("7 seconds");
        second.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_429_without_Retry_After_can_be_scripted()
    {
        Sim.AddFault(new FaultRule { Kind = FaultKind.TooManyRequests, RetryAfterSeconds = null, Count = 1 });
        using var client = Autotask();

        using var response = await client.GetAsync("Tickets/entityInformation");

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldBeNull();
    }

    [Fact]
    public async Task Server_errors_use_the_configured_status_and_each_PSAs_error_body()
    {
        Sim.AddFault(new FaultRule { Psa = FaultPsa.Autotask, Kind = FaultKind.ServerError, StatusCode = 503, Count = 1 });
        Sim.AddFault(new FaultRule { Psa = FaultPsa.ConnectWise, Kind = FaultKind.ServerError, Count = 1 });
        using var at = Autotask();
        using var cw = ConnectWise();

        using var atResponse = await at.GetAsync("Tickets/entityInformation");
        using var cwResponse = await cw.GetAsync("service/boards");

        atResponse.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await atResponse.Json())["errors"].ShouldNotBeNull();
        cwResponse.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        (await cwResponse.Json())["code"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_delay_fault_on_page_two_slows_that_page_only_and_still_answers()
    {
        var rule = Sim.AddFault(new FaultRule { Kind = FaultKind.Delay, Path = "*/service/tickets", SkipFirst = 1, Count = 1, DelayMs = 300 });
        using var client = ConnectWise();

        using var page1 = await client.GetAsync("service/tickets?page=1");
        using var page2 = await client.GetAsync("service/tickets?page=2");

        page1.StatusCode.ShouldBe(HttpStatusCode.OK);
        page2.StatusCode.ShouldBe(HttpStatusCode.OK);
        rule.Fired.ShouldBe(1);
    }

    [Fact]
    public async Task A_hang_lasts_until_the_client_gives_up()
    {
        Sim.AddFault(new FaultRule { Kind = FaultKind.Hang, Count = 1 });
        using var client = ConnectWise();
        client.Timeout = TimeSpan.FromMilliseconds(500);

        await Should.ThrowAsync<TaskCanceledException>(() => client.GetAsync("service/boards"));
        using var after = await ConnectWise().GetAsync("service/boards");

        after.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_request_log_counts_calls_per_route_shape()
    {
        using var client = ConnectWise();
        var id = (await client.GetJson("service/tickets?pageSize=1"))[0]!["id"]!.GetValue<int>();

        await client.GetJson($"service/tickets/{id}");
        await client.GetJson($"service/tickets/{id}");

        Sim.Control.RequestCounters()["ConnectWise GET /v4_6_release/apis/3.0/service/tickets/{id}"].ShouldBe(2);
        Sim.Requests.ShouldContain(r => r.Path.EndsWith($"/service/tickets/{id}", StringComparison.Ordinal) && r.Headers["clientId"] == ClientId);
    }
}

public sealed class DeliveryFaultTests : TestSimulator
{
    [Fact]
    public async Task A_reordered_delivery_arrives_after_the_next_one_and_can_be_replayed()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = ConnectWise();
        (await client.PostJson("system/callbacks", $$"""{"url":"{{receiver.BaseUrl}}/cw?id=","type":"ticket","level":"owner","objectId":1}""")).EnsureSuccessStatusCode();
        var ids = (await client.GetJson("service/tickets?pageSize=2&conditions=closedFlag=false")).AsArray().Select(t => t!["id"]!.GetValue<int>()).ToArray();
        Sim.AddFault(new FaultRule { Psa = FaultPsa.ConnectWise, Kind = FaultKind.ReorderDelivery, Count = 1 });

        foreach (var id in ids)
        {
            Sim.Control.ChangeTicket(TopLeft.PsaSimulator.Admin.PsaKind.ConnectWise, id, new TopLeft.PsaSimulator.Admin.TicketChange(Summary: $"Step {id}")).Ok.ShouldBeTrue();
        }

        var hooks = await receiver.WaitForAsync(2);
        hooks.Select(h => System.Text.Json.Nodes.JsonNode.Parse(h.Body)!["ID"]!.GetValue<int>()).ShouldBe(ids.Reverse());
        Sim.Control.ReplayDelivery(Sim.Deliveries[0].Id).ShouldBeTrue();
        var replayed = await receiver.WaitForAsync(3);
        replayed[2].Text.ShouldBe(replayed[1].Text);
    }
}

public sealed class SignatureFaultTests : TestSimulator
{
    [Fact]
    public async Task A_corrupt_signature_fault_sends_a_webhook_whose_HMAC_does_not_verify()
    {
        await using var receiver = await HookReceiver.StartAsync();
        using var client = Autotask();
        using var created = await client.PostJson("TicketWebhooks", $$"""
            {"name":"k","webhookUrl":"{{receiver.BaseUrl}}/hook","deactivationUrl":"{{receiver.BaseUrl}}/d","secretKey":"abc",
             "isActive":true,"isSubscribedToUpdateEvents":true}
            """);
        var id = (await created.Json())["itemId"]!.GetValue<int>();
        (await client.PostJson($"TicketWebhooks/{id}/Fields", """{"fieldID":3,"isSubscribedField":true}""")).EnsureSuccessStatusCode();
        var ticketId = (await client.GetJson("Tickets/query?search=" + Uri.EscapeDataString("""{"filter":[{"op":"gt","field":"id","value":0}],"maxRecords":1}""")))["items"]![0]!["id"]!.GetValue<int>();
        Sim.AddFault(new FaultRule { Psa = FaultPsa.Autotask, Kind = FaultKind.CorruptSignature, Count = 1 });

        Sim.Control.ChangeTicket(TopLeft.PsaSimulator.Admin.PsaKind.Autotask, ticketId, new TopLeft.PsaSimulator.Admin.TicketChange(Summary: "One")).Ok.ShouldBeTrue();
        Sim.Control.ChangeTicket(TopLeft.PsaSimulator.Admin.PsaKind.Autotask, ticketId, new TopLeft.PsaSimulator.Admin.TicketChange(Summary: "Two")).Ok.ShouldBeTrue();

        var hooks = await receiver.WaitForAsync(2);
        string Expected(ReceivedHook hook) =>
            "sha1=" + Convert.ToBase64String(System.Security.Cryptography.HMACSHA1.HashData(System.Text.Encoding.UTF8.GetBytes("abc"), hook.Body));
        hooks[0].Headers["X-Hook-Signature"].ShouldNotBe(Expected(hooks[0]));
        hooks[0].Headers["X-Hook-Signature"].ShouldStartWith("sha1=");
        hooks[1].Headers["X-Hook-Signature"].ShouldBe(Expected(hooks[1]));
    }
}
