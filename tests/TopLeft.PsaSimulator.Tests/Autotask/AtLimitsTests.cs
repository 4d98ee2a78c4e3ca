using System.Net;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Tests.Autotask;

public sealed class AtLimitsTests : TestSimulator
{
    protected override SimulatorOptions Options()
    {
        var options = SmallOptions();
        options.AutotaskHourlyLimit = 20;
        return options;
    }

    [Fact]
    public async Task The_hourly_threshold_refuses_every_call_once_spent()
    {
        using var client = Autotask();
        for (var i = 0; i < 19; i++)
        {
            (await client.GetAsync("Tickets/entityInformation")).EnsureSuccessStatusCode();
        }

        var threshold = await client.GetJson("ThresholdInformation");
        using var refused = await client.GetAsync("Companies/entityInformation");

        threshold["currentTimeframeRequestCount"]!.GetValue<int>().ShouldBe(20);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.Json())["errors"]![0]!.GetValue<string>().ShouldContain("threshold");
    }

    [Fact]
    public async Task More_than_three_concurrent_calls_to_one_endpoint_are_rejected_with_the_thread_message()
    {
        Sim.AddFault(new FaultRule { Psa = FaultPsa.Autotask, Kind = FaultKind.Delay, Path = "*/Tickets/entityInformation", DelayMs = 3000 });
        using var client = Autotask();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.GetAsync("Tickets/entityInformation")));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(3);
        var rejected = responses.Where(r => r.StatusCode != HttpStatusCode.OK).ToList();
        rejected.Count.ShouldBe(2);
        foreach (var response in rejected)
        {
            ((int)response.StatusCode).ShouldNotBe(429);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Thread threshold exceeded");
        }
    }
}
