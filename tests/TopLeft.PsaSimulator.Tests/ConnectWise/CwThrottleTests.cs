using System.Net;

namespace TopLeft.PsaSimulator.Tests.ConnectWise;

public sealed class CwThrottleTests : TestSimulator
{
    protected override SimulatorOptions Options()
    {
        var options = SmallOptions();
        options.ConnectWiseRequestsPerMinute = 3;
        return options;
    }

    [Fact]
    public async Task Past_the_per_minute_budget_ConnectWise_answers_429_with_Retry_After()
    {
        using var client = Sim.CreateConnectWiseClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("service/boards")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var throttled = await client.GetAsync("service/boards");

        throttled.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        (await throttled.Json())["error"]!.GetValue<string>().ShouldBe("ConnectWiseAPI");
    }
}
