using TopLeft.PsaSimulator.Delivery;
using TopLeft.PsaSimulator.Faults;
using TopLeft.PsaSimulator.Infrastructure;

namespace TopLeft.PsaSimulator;

/// <summary>
/// A simulator started by <see cref="SimulatorApp.StartAsync"/>: where it listens, the credentials it
/// accepts, its fault controls, request log and a full export of its data. Dispose to stop it.
/// </summary>
public sealed class RunningSimulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SimulatorState state;

    internal RunningSimulator(WebApplication app, SimulatorState state)
    {
        this.app = app;
        this.state = state;
    }

    /// <summary>Root URL, e.g. <c>http://127.0.0.1:53124</c> (no trailing slash).</summary>
    public string BaseUrl => state.BaseUrl;

    /// <summary>ConnectWise API root: <c>{BaseUrl}/v4_6_release/apis/3.0/</c>.</summary>
    public string ConnectWiseApiUrl => $"{state.BaseUrl}/v4_6_release/apis/3.0/";

    /// <summary>Autotask API root as zoneInformation returns it plus <c>V1.0/</c>: <c>{BaseUrl}/ATServicesRest/V1.0/</c>.</summary>
    public string AutotaskApiUrl => $"{state.BaseUrl}/ATServicesRest/V1.0/";

    /// <summary>The options the simulator runs with (a copy of those passed in).</summary>
    public SimulatorOptions Options => state.Options;

    /// <summary>Admin and data access, the same operations as the <c>/_sim</c> HTTP API.</summary>
    public SimulatorControl Control => new(state);

    /// <summary>
    /// An HttpClient for the ConnectWise API: base address <see cref="ConnectWiseApiUrl"/>, Basic auth with the
    /// configured keys and a clientId header. The caller disposes it.
    /// </summary>
    public HttpClient CreateConnectWiseClient(string clientId = "7d1c5a4e-2b3f-4e6a-9c8d-0a1b2c3d4e5f")
    {
        var client = new HttpClient { BaseAddress = new Uri(ConnectWiseApiUrl) };
        var o = state.Options;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{o.ConnectWiseCompanyId}+{o.ConnectWisePublicKey}:{o.ConnectWisePrivateKey}")));
        client.DefaultRequestHeaders.Add("clientId", clientId);
        return client;
    }

    /// <summary>
    /// An HttpClient for the Autotask API: base address <see cref="AutotaskApiUrl"/> and the ApiIntegrationCode,
    /// UserName and Secret headers. The caller disposes it.
    /// </summary>
    public HttpClient CreateAutotaskClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(AutotaskApiUrl) };
        var o = state.Options;
        client.DefaultRequestHeaders.Add("ApiIntegrationCode", o.AutotaskIntegrationCode);
        client.DefaultRequestHeaders.Add("UserName", o.AutotaskUserName);
        client.DefaultRequestHeaders.Add("Secret", o.AutotaskSecret);
        return client;
    }

    /// <summary>Adds a fault rule; returns it with its <see cref="FaultRule.Id"/> set.</summary>
    public FaultRule AddFault(FaultRule rule) => state.Faults.Add(rule);

    /// <summary>Removes every fault rule.</summary>
    public void ClearFaults() => state.Faults.Clear();

    /// <summary>Requests received so far (the most recent <see cref="RequestLog.Capacity"/>).</summary>
    public IReadOnlyList<RequestRecord> Requests => state.Requests.Recent();

    /// <summary>Callbacks and webhooks sent so far.</summary>
    public IReadOnlyList<DeliveryRecord> Deliveries => state.Deliveries.Snapshot();

    /// <summary>Stops the simulator.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        // The container owns the state and disposes it (and its senders) with the app.
        await app.DisposeAsync();
    }
}
