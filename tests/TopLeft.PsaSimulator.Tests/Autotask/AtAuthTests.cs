using System.Net;

namespace TopLeft.PsaSimulator.Tests.Autotask;

public sealed class AtAuthTests : TestSimulator
{
    [Fact]
    public async Task A_wrong_secret_is_refused_with_the_errors_body()
    {
        using var client = Autotask();
        client.DefaultRequestHeaders.Remove("Secret");
        client.DefaultRequestHeaders.Add("Secret", "nope");

        using var response = await client.GetAsync("Tickets/entityInformation");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Json())["errors"]![0]!.GetValue<string>().ShouldBe("Authentication failed");
    }

    [Fact]
    public async Task Header_names_are_case_insensitive()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Sim.AutotaskApiUrl) };
        client.DefaultRequestHeaders.Add("APIIntegrationcode", Sim.Options.AutotaskIntegrationCode);
        client.DefaultRequestHeaders.Add("Username", Sim.Options.AutotaskUserName);
        client.DefaultRequestHeaders.Add("secret", Sim.Options.AutotaskSecret);

        using var response = await client.GetAsync("Tickets/entityInformation");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Zone_discovery_points_back_at_the_simulator()
    {
        using var client = new HttpClient();

        var zone = await client.GetJson($"{Sim.BaseUrl}/atservicesrest/v1.0/zoneInformation?user={Uri.EscapeDataString(Sim.Options.AutotaskUserName)}");
        var versions = await client.GetJson($"{Sim.BaseUrl}/atservicesrest/versioninformation");

        zone["url"]!.GetValue<string>().ShouldBe($"{Sim.BaseUrl}/ATServicesRest/");
        versions["apiVersions"]![0]!.GetValue<string>().ShouldBe("1.0");
    }
}
