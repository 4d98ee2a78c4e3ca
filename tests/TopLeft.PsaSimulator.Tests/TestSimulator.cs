using System.Net.Http.Headers;
using System.Text;

namespace TopLeft.PsaSimulator.Tests;

/// <summary>Starts a small simulator per test on a free port and hands out pre-authenticated clients.</summary>
public abstract class TestSimulator : IAsyncLifetime
{
    public const string ClientId = "0c6a1f3e-5b7d-4a2e-9c8f-1d2e3f4a5b6c";

    protected RunningSimulator Sim { get; private set; } = null!;

    public static SimulatorOptions SmallOptions(int seed = 7) => new()
    {
        Seed = seed,
        Anchor = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc),
        Companies = 8,
        Members = 6,
        Tickets = 150,
        Projects = 2,
        DeliveryTimeScale = 0.05,
    };

    public virtual async Task InitializeAsync() => Sim = await SimulatorApp.StartAsync(Options());

    public async Task DisposeAsync() => await Sim.DisposeAsync();

    protected virtual SimulatorOptions Options() => SmallOptions();

    protected HttpClient ConnectWise(string? publicKey = null, string? privateKey = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(Sim.ConnectWiseApiUrl) };
        var credentials = $"{Sim.Options.ConnectWiseCompanyId}+{publicKey ?? Sim.Options.ConnectWisePublicKey}:{privateKey ?? Sim.Options.ConnectWisePrivateKey}";
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        client.DefaultRequestHeaders.Add("clientId", ClientId);
        return client;
    }

    protected HttpClient Autotask()
    {
        var client = new HttpClient { BaseAddress = new Uri(Sim.AutotaskApiUrl) };
        client.DefaultRequestHeaders.Add("ApiIntegrationCode", Sim.Options.AutotaskIntegrationCode);
        client.DefaultRequestHeaders.Add("UserName", Sim.Options.AutotaskUserName);
        client.DefaultRequestHeaders.Add("Secret", Sim.Options.AutotaskSecret);
        return client;
    }

    protected HttpClient Admin() => new() { BaseAddress = new Uri(Sim.BaseUrl + "/_sim/") };
}
